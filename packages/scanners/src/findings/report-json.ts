import { ActionError } from '@service-pipeline/action-kit';
import type { ScannerName } from './model.js';

/**
 * A scanner wrote something that is not the report it documents. Counts as a scanner failure:
 * such a report must never be read as "no vulnerabilities".
 */
export class MalformedReportError extends ActionError {
  constructor(scanner: ScannerName, what: string) {
    super(
      `the ${scanner} report is malformed: ${what}`,
      `check that the ${scanner} version writes its documented JSON format (\`--format json\` / \`-o json\`) and rerun`,
    );
    this.name = 'MalformedReportError';
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses text or passes an already-parsed document through; the top level must be an object. */
export function reportObject(scanner: ScannerName, input: string | unknown): JsonObject {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new MalformedReportError(scanner, `not JSON (${(error as Error).message})`);
    }
  }
  if (!isObject(value)) throw new MalformedReportError(scanner, 'the top level is not a JSON object');
  return value;
}

export function text(o: JsonObject, key: string): string {
  const value = o[key];
  return typeof value === 'string' ? value : '';
}

export function objects(o: JsonObject, key: string): JsonObject[] {
  const value = o[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function strings(o: JsonObject, key: string): string[] {
  const value = o[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

export function child(o: JsonObject, key: string): JsonObject {
  const value = o[key];
  return isObject(value) ? value : {};
}

/** A one-line title from a description: scanners often give only the latter. */
export function firstSentence(description: string, limit = 120): string {
  const line = description.trim().split(/\r?\n/)[0] ?? '';
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}

// GitHub advisory pages: the global database or a repository's security advisory.
const GHSA_URL = /github\.com\/(?:advisories|[^/]+\/[^/]+\/security\/advisories)\/(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})\b/;

const NVD_URL = /nvd\.nist\.gov\/vuln\/detail\/(CVE-\d{4}-\d+)\b/;

/**
 * Aliases a report states only through its reference links (Trivy has no alias field): the
 * GitHub advisory of a CVE, or the NVD entry of a GHSA. Other CVEs a CVE links to are related
 * vulnerabilities, not aliases, so only these two directions are read.
 */
export function aliasesFromReferences(id: string, references: string[]): string[] {
  const pattern = id.startsWith('CVE-') ? GHSA_URL : id.startsWith('GHSA-') ? NVD_URL : undefined;
  if (!pattern) return [];
  const found = new Set<string>();
  for (const ref of references) {
    const match = pattern.exec(ref);
    if (match && match[1] !== id) found.add(match[1]!);
  }
  return [...found];
}
