/**
 * What a bump commit records about itself in git trailers, so a later run can tell from the
 * config repo's history alone which image is the newest that landed for an environment.
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

export function bumpTrailers(record: BumpRecord): string {
  return TRAILER_KEYS.filter(([field]) => record[field] !== undefined && record[field] !== '')
    .map(([field, key]) => `${key}: ${record[field]}`)
    .join('\n');
}

/** Reads a record back from the trailer block git prints for `%(trailers:only,unfold)`; undefined when it is not a bump commit. */
export function parseBumpTrailers(text: string): BumpRecord | undefined {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) values.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const record: Partial<BumpRecord> = {};
  for (const [field, key] of TRAILER_KEYS) {
    const value = values.get(key.toLowerCase());
    if (value !== undefined && value !== '') record[field] = value;
  }
  if (record.image === undefined || record.environment === undefined) return undefined;
  return { service: '', ...record } as BumpRecord;
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
