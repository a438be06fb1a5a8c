import { ActionError } from '@service-pipeline/action-kit';
import { isDigest, parseReference } from '@service-pipeline/oci';

/**
 * What a bump commit records about each image it changed, in git trailers, so a later run can
 * tell from the config repo's history alone which image is the newest that landed for an
 * environment. One commit can carry several records (several images bumped together).
 */
export interface BumpRecord {
  /** Image name without tag or digest, e.g. `ghcr.io/acme/shop`. */
  image: string;
  environment: string;
  service: string;
  tag?: string;
  digest?: string;
  /** RFC 3339 creation (build) time of the image; the primary ordering key. */
  created?: string;
  sourceRepository?: string;
  sourceCommit?: string;
  runUrl?: string;
}

const TRAILER_KEYS: [keyof BumpRecord, string][] = [
  ['image', 'Image'],
  ['tag', 'Image-Tag'],
  ['digest', 'Image-Digest'],
  ['created', 'Image-Created'],
  ['environment', 'Environment'],
  ['service', 'Service'],
  ['sourceRepository', 'Source-Repository'],
  ['sourceCommit', 'Source-Commit'],
  ['runUrl', 'Run-URL'],
];
const FIELD_OF_KEY = new Map(TRAILER_KEYS.map(([field, key]) => [key, field]));

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/** Environment and service name the pull-request branch `service-pipeline/<environment>/<service>`. */
const BRANCH_PART = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;
/** Whether `value` can name an environment or a service: one segment of the bot branch `service-pipeline/<environment>/<service>`. */
export function isBranchPart(value: string): boolean {
  return BRANCH_PART.test(value) && !value.endsWith('.lock') && !value.includes('..');
}

/** Whether `value` is an RFC 3339 time (at most nanoseconds) that parses. */
export function isRfc3339Time(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

/** A build time further ahead than this is a wrong clock or a forgery: it would block every later deploy. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const MAX_VALUE = 512;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The first reason `value` cannot be written as one trailer or commit-message value, if any. */
export function singleLineProblem(value: string, max = MAX_VALUE): string | undefined {
  if (/[\r\n\u2028\u2029\u0085]/.test(value)) return 'contains a line break';
  if (CONTROL.test(value)) return 'contains a control character';
  if (value !== value.trim()) return 'starts or ends with white space';
  if (value.length > max) return `is longer than ${max} characters`;
  return undefined;
}

function linesProblems(record: Partial<BumpRecord>): [keyof BumpRecord, string][] {
  const problems: [keyof BumpRecord, string][] = [];
  for (const [field] of TRAILER_KEYS) {
    const value = record[field];
    if (value === undefined) continue;
    const line = singleLineProblem(value, field === 'runUrl' ? 2048 : MAX_VALUE);
    if (line) problems.push([field, line]);
  }
  return problems;
}

/** Every reason a record could not have been written by us; empty when it is valid. */
export function recordProblems(record: Partial<BumpRecord>, now = Date.now()): [keyof BumpRecord, string][] {
  const problems = linesProblems(record);
  if (problems.length > 0) return problems;
  if (!record.image) problems.push(['image', 'is missing']);
  else if (!isImageName(record.image)) problems.push(['image', 'is not a valid image name without tag or digest']);
  for (const field of ['environment', 'service'] as const) {
    const value = record[field];
    if (!value) problems.push([field, 'is missing']);
    else if (!isBranchPart(value)) problems.push([field, 'is not a valid name (letters, digits, ".", "_" and "-"; it names a git branch)']);
  }
  if (record.tag !== undefined && !TAG.test(record.tag)) problems.push(['tag', 'is not a valid image tag']);
  if (record.digest !== undefined && !isDigest(record.digest)) problems.push(['digest', 'is not a valid digest']);
  if (record.created !== undefined) {
    if (!isRfc3339Time(record.created)) problems.push(['created', 'is not a valid RFC 3339 time']);
    else if (Date.parse(record.created) > now + MAX_CLOCK_SKEW_MS) problems.push(['created', 'is more than a day in the future']);
  }
  if (record.tag === undefined && record.digest === undefined) problems.push(['tag', 'and digest are both missing']);
  return problems;
}

function isImageName(name: string): boolean {
  try {
    const parsed = parseReference(name, { lowercaseGhcr: false });
    return parsed.tag === undefined && parsed.digest === undefined;
  } catch {
    return false;
  }
}

/** Refuses a record we would not write, naming the field (`source.commit` etc. as BumpOptions spell it). */
export function checkBumpRecord(record: BumpRecord, label: (field: keyof BumpRecord) => string = String, options: { linesOnly?: boolean } = {}): void {
  const [problem] = options.linesOnly ? linesProblems(record) : recordProblems(record);
  if (!problem) return;
  const [field, what] = problem;
  const value = record[field];
  throw new ActionError(
    `${label(field)} ${what}${value !== undefined ? ` (${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value)})` : ''}`,
    "pass a single-line value: it is recorded in the config repository's history, where later bumps read it",
  );
}

/**
 * The trailer block of a bump commit: the only place trailers are written. One record after
 * another, each starting with `Image:`; values are checked first, so no value can add a line.
 */
export function bumpTrailers(records: readonly BumpRecord[]): string {
  if (records.length === 0) throw new Error('bumpTrailers: no record');
  for (const record of records) checkBumpRecord(record);
  return records
    .flatMap((record) =>
      TRAILER_KEYS.filter(([field]) => record[field] !== undefined && record[field] !== '').map(([field, key]) => `${key}: ${record[field]}`),
    )
    .join('\n');
}

/**
 * The records of a bump commit, read only from a trailer block exactly as `bumpTrailers`
 * writes it: the last paragraph of a message that has a subject, every line one of our keys,
 * each key once per record, every value valid. Anything else (trailers quoted in the body, a
 * foreign tool's block, an injected or repeated line) is not ours, and yields no record.
 */
export function readBumpRecords(message: string, now = Date.now()): BumpRecord[] {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/);
  if (paragraphs.length < 2) return [];
  const records: Partial<BumpRecord>[] = [];
  for (const line of paragraphs.at(-1)!.split('\n')) {
    const match = /^([A-Za-z-]+): (.*)$/.exec(line);
    const field = match ? FIELD_OF_KEY.get(match[1]!) : undefined;
    if (!match || !field) return [];
    if (field === 'image') records.push({});
    const record = records.at(-1);
    if (!record || record[field] !== undefined) return [];
    record[field] = match[2]!;
  }
  if (records.some((record) => recordProblems(record, now).length > 0)) return [];
  return records as BumpRecord[];
}

export type BumpOrder = 'newer' | 'same' | 'older' | 'unordered';

/**
 * Orders an incoming bump against the newest landed one for the same image and environment:
 * by image creation time when both carry one, else by semantic version of the tags when both
 * are versions. The same digest (or, without digests, the same tag) is `same`.
 */
export function compareBumps(incoming: BumpRecord, landed: BumpRecord): BumpOrder {
  const sameDigest = incoming.digest !== undefined && incoming.digest === landed.digest;
  const sameTagOnly = incoming.digest === undefined && landed.digest === undefined && incoming.tag !== undefined && incoming.tag === landed.tag;
  if (sameDigest || sameTagOnly) return 'same';
  const a = incoming.created === undefined ? Number.NaN : Date.parse(incoming.created);
  const b = landed.created === undefined ? Number.NaN : Date.parse(landed.created);
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b ? 'newer' : 'older';
  const byVersion = compareSemver(incoming.tag, landed.tag);
  if (byVersion !== undefined && byVersion !== 0) return byVersion > 0 ? 'newer' : 'older';
  return 'unordered';
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Semantic-version precedence (build metadata ignored); undefined when either is not a version. */
export function compareSemver(a: string | undefined, b: string | undefined): number | undefined {
  const x = a === undefined ? null : SEMVER.exec(a);
  const y = b === undefined ? null : SEMVER.exec(b);
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return Math.sign(d);
  }
  const pa = x[4];
  const pb = y[4];
  if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
  const ia = pa.split('.');
  const ib = pb.split('.');
  for (let i = 0; i < Math.max(ia.length, ib.length); i++) {
    const p = ia[i];
    const q = ib[i];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    if (p === q) continue;
    const np = /^\d+$/.test(p);
    const nq = /^\d+$/.test(q);
    if (np && nq) return Math.sign(Number(p) - Number(q));
    if (np !== nq) return np ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}
