import { readFile } from 'node:fs/promises';
import { ActionError } from '@service-pipeline/action-kit';
import { formatAge } from './db/trivy-db.js';
import { type Finding, parsePurl } from './findings/model.js';

/**
 * OpenVEX (github.com/openvex/spec, v0.2.0; the string-valued `vulnerability` of the 0.0.x
 * drafts is read too): statements of a supplier or the service team saying whether a
 * vulnerability affects a product. The gate honours them: `not_affected` with a justification
 * suppresses a matching finding (still reported, with the justification), `affected` never
 * lets a finding be suppressed, `fixed` and `under_investigation` change nothing.
 */
export const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export type VexStatus = (typeof VEX_STATUSES)[number];
export const VEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

export interface VexProduct {
  /** `@id` and identifiers (purl, cpe) as written. */
  ids: string[];
  /** sha-256 hashes (hex) of the product. */
  sha256: string[];
  /** Subcomponent purls the statement is about; empty: the whole product. */
  subcomponents: string[];
}

export interface VexStatement {
  file: string;
  /** Position in the document's `statements` (0-based), for messages. */
  index: number;
  vulnerability: string;
  aliases: string[];
  products: VexProduct[];
  status: VexStatus;
  justification?: string;
  impactStatement?: string;
  actionStatement?: string;
}

/** The VEX document cannot be relied on (malformed or past its review age); names the file. */
export class VexError extends ActionError {
  constructor(
    readonly file: string,
    what: string,
    fix: string,
  ) {
    super(`VEX document ${file} ${what}`, fix);
    this.name = 'VexError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function time(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function component(value: unknown): { ids: string[]; sha256: string[] } {
  if (typeof value === 'string') return { ids: [value], sha256: [] };
  if (!isObject(value)) return { ids: [], sha256: [] };
  const identifiers = isObject(value['identifiers']) ? Object.values(value['identifiers']).filter((v): v is string => typeof v === 'string') : [];
  const hashes = isObject(value['hashes']) ? value['hashes'] : {};
  const sha256 = [hashes['sha-256'], hashes['sha256']].filter((v): v is string => typeof v === 'string').map((h) => h.toLowerCase());
  return { ids: [...(typeof value['@id'] === 'string' ? [value['@id']] : []), ...identifiers], sha256 };
}

export interface VexOptions {
  now: Date;
  /** A document whose `last_updated` (else `timestamp`) is older than this is expired. */
  maxAgeMs: number;
}

/**
 * Reads one OpenVEX document and checks what the spec requires (document `@context`, `@id`,
 * `author`, `timestamp`, `version`; per statement a vulnerability, a status label, a product, a
 * justification or impact statement for `not_affected`, an action statement for `affected`).
 * A document older than `maxAgeMs` is expired: its claims need a review before they hide
 * anything again. Any problem is a VexError naming the file and the statement.
 */
export function parseVexDocument(text: string, file: string, options: VexOptions): VexStatement[] {
  const malformed = (what: string): VexError =>
    new VexError(file, `is not valid OpenVEX: ${what}`, 'fix the document (see https://github.com/openvex/spec), or remove it from vex');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw malformed(`not JSON (${(error as Error).message})`);
  }
  if (!isObject(doc)) throw malformed('not a JSON object');
  if (typeof doc['@context'] !== 'string' || !doc['@context'].startsWith('https://openvex.dev/ns'))
    throw malformed('@context is not an https://openvex.dev/ns/... URL');
  for (const field of ['@id', 'author']) if (typeof doc[field] !== 'string' || doc[field] === '') throw malformed(`${field} is missing`);
  const issued = time(doc['timestamp']);
  if (!issued) throw malformed('timestamp is missing or not a date');
  if (!(typeof doc['version'] === 'number' || (typeof doc['version'] === 'string' && /^\d+$/.test(doc['version'])))) throw malformed('version is missing');
  const updated = time(doc['last_updated']) ?? issued;
  // A minute of clock skew between the author's machine and this one is not a forgery.
  if (updated.getTime() > options.now.getTime() + 60_000) throw malformed(`it is dated in the future (${updated.toISOString()})`);
  const age = options.now.getTime() - updated.getTime();
  if (age > options.maxAgeMs) {
    throw new VexError(
      file,
      `expired: last issued ${updated.toISOString()}, ${formatAge(age)} ago, more than vex-max-age ${formatAge(options.maxAgeMs)}`,
      'review its statements and re-issue it with a new timestamp, or remove it from vex',
    );
  }
  if (!Array.isArray(doc['statements']) || doc['statements'].length === 0) throw malformed('it has no statements');
  return doc['statements'].map((raw, index) => {
    const at = `statements[${index}]`;
    if (!isObject(raw)) throw malformed(`${at} is not an object`);
    const vuln = raw['vulnerability'];
    const name = typeof vuln === 'string' ? vuln : isObject(vuln) && typeof vuln['name'] === 'string' ? vuln['name'] : '';
    if (name === '') throw malformed(`${at}.vulnerability has no name`);
    const status = raw['status'];
    if (!(VEX_STATUSES as readonly unknown[]).includes(status))
      throw malformed(`${at}.status ${JSON.stringify(status)} is not one of ${VEX_STATUSES.join(', ')}`);
    const justification = typeof raw['justification'] === 'string' ? raw['justification'] : undefined;
    if (justification !== undefined && !(VEX_JUSTIFICATIONS as readonly string[]).includes(justification))
      throw malformed(`${at}.justification "${justification}" is not one of ${VEX_JUSTIFICATIONS.join(', ')}`);
    const impactStatement = typeof raw['impact_statement'] === 'string' && raw['impact_statement'].trim() !== '' ? raw['impact_statement'].trim() : undefined;
    const actionStatement = typeof raw['action_statement'] === 'string' && raw['action_statement'].trim() !== '' ? raw['action_statement'].trim() : undefined;
    if (status === 'not_affected' && !justification && !impactStatement) throw malformed(`${at} says not_affected without a justification or impact_statement`);
    if (status === 'affected' && !actionStatement) throw malformed(`${at} says affected without an action_statement`);
    if (raw['timestamp'] !== undefined && !time(raw['timestamp'])) throw malformed(`${at}.timestamp is not a date`);
    const products = (Array.isArray(raw['products']) ? raw['products'] : []).map((p) => ({
      ...component(p),
      subcomponents: (isObject(p) && Array.isArray(p['subcomponents']) ? p['subcomponents'] : []).flatMap((s) => component(s).ids),
    }));
    if (products.length === 0 || products.some((p) => p.ids.length === 0 && p.sha256.length === 0))
      throw malformed(`${at} names no product (an @id, identifier or hash per product)`);
    return {
      file,
      index,
      vulnerability: name,
      aliases: isObject(vuln) ? strings(vuln['aliases']) : [],
      products,
      status: status as VexStatus,
      ...(justification ? { justification } : {}),
      ...(impactStatement ? { impactStatement } : {}),
      ...(actionStatement ? { actionStatement } : {}),
    };
  });
}

/** Reads each VEX file; the first problem fails with the file's name. */
export async function readVexFiles(files: readonly string[], options: VexOptions): Promise<VexStatement[]> {
  const statements: VexStatement[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new VexError(
        file,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        'check the path in vex (relative to the workspace)',
      );
    }
    statements.push(...parseVexDocument(text, file, options));
  }
  return statements;
}

/** Same package: purl type, namespace and name; the version too when the VEX purl names one. Qualifiers are ignored. */
function samePackage(vexPurl: string, purl: string | undefined): boolean {
  const want = parsePurl(vexPurl);
  const have = purl ? parsePurl(purl) : undefined;
  if (!want || !have) return false;
  const key = (p: NonNullable<ReturnType<typeof parsePurl>>): string => `${p.type}/${(p.namespace ?? '').toLowerCase()}/${p.name.toLowerCase()}`;
  return key(want) === key(have) && (want.version === undefined || want.version === have.version);
}

/** The product is the scanned image: its digest as a purl version (`pkg:oci/...@sha256:...`), in an id, or as its sha-256 hash. */
function isImage(product: VexProduct, imageDigest: string | undefined): boolean {
  if (!imageDigest) return false;
  const hex = imageDigest.replace(/^sha256:/, '');
  return product.sha256.includes(hex) || product.ids.some((id) => id.includes(imageDigest) || id.includes(encodeURIComponent(imageDigest)));
}

/** Whether the statement is about this finding: the vulnerability (or an alias) and the image or one of the affected packages. */
export function vexApplies(statement: VexStatement, finding: Finding, imageDigest?: string): boolean {
  const ids = new Set([finding.id, ...finding.aliases].map((id) => id.toUpperCase()));
  if (![statement.vulnerability, ...statement.aliases].some((id) => ids.has(id.toUpperCase()))) return false;
  const purls = finding.packages.map((p) => p.purl);
  return statement.products.some((product) => {
    const isProduct = isImage(product, imageDigest) || product.ids.some((id) => purls.some((purl) => samePackage(id, purl)));
    return isProduct && (product.subcomponents.length === 0 || product.subcomponents.some((sub) => purls.some((purl) => samePackage(sub, purl))));
  });
}

/**
 * What VEX says about a finding: the `not_affected` statement that suppresses it, unless any
 * matching statement says `affected` (VEX cannot hide what a supplier says is exploitable).
 */
export function vexVerdict(
  statements: readonly VexStatement[],
  finding: Finding,
  imageDigest?: string,
): { suppressedBy?: VexStatement; affectedBy?: VexStatement } {
  const matching = statements.filter((s) => vexApplies(s, finding, imageDigest));
  const affectedBy = matching.find((s) => s.status === 'affected');
  if (affectedBy) return { affectedBy };
  const suppressedBy = matching.find((s) => s.status === 'not_affected');
  return suppressedBy ? { suppressedBy } : {};
}

/** How a suppression reads in a summary: the justification label, then the impact statement. */
export function vexReason(statement: Pick<VexStatement, 'justification' | 'impactStatement'>): string {
  return [statement.justification, statement.impactStatement].filter(Boolean).join(': ');
}
