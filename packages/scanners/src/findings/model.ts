/** The scanners whose reports the finding model understands. */
export const SCANNERS = ['trivy', 'grype'] as const;
export type ScannerName = (typeof SCANNERS)[number];

/** Highest first: the order every list of findings is sorted in. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FIX_STATES = ['fixed', 'not-fixed', 'wont-fix', 'unknown'] as const;
export type FixState = (typeof FIX_STATES)[number];

export interface Layer {
  /** Compressed blob digest as the manifest names it (Trivy reports it; Grype does not). */
  digest?: string;
  /** Uncompressed layer digest from the image config's rootfs.diff_ids. */
  diffId?: string;
}

export interface AffectedPackage {
  name: string;
  /** Package URL as the scanner reported it; absent when it gave none. */
  purl?: string;
  /** The purl type (deb, apk, npm, golang, maven, pypi, ...), the same for both scanners. */
  type: string;
  installedVersion: string;
  /** Versions that fix it, as the scanners wrote them, sorted. */
  fixedVersions: string[];
  layer?: Layer;
  scanners: ScannerName[];
}

/** One vulnerability in one source package, however many scanners, aliases and binary packages it appeared as. */
export interface Finding {
  /** The preferred identifier: a CVE when one is known, else the GHSA or vendor id. */
  id: string;
  /** Every other identifier of the same vulnerability (GHSA <-> CVE), sorted. */
  aliases: string[];
  severity: Severity;
  /** What each scanner said before the disagreement rule picked `severity`. */
  severityByScanner: Partial<Record<ScannerName, Severity>>;
  fixState: FixState;
  /** The distinct versions that fix the affected packages, comma-separated (absent when none is known). */
  fixedVersion?: string;
  title: string;
  url?: string;
  /** The source package the affected packages were built from (Debian/Alpine/RPM source, or the package itself). */
  source: string;
  /** Every binary or library package the vulnerability affects, sorted by type, name and version. */
  packages: AffectedPackage[];
  scanners: ScannerName[];
}

/** One scanner's statement "package P has vulnerability V", before merging. */
export interface RawFinding {
  scanner: ScannerName;
  id: string;
  aliases: string[];
  severity: Severity;
  fixState: FixState;
  fixedVersions: string[];
  title: string;
  url?: string;
  package: { name: string; purl?: string; type: string; version: string; sourceName?: string };
  layer?: Layer;
}

/** What one parsed report contributes: its findings and what it knows about source packages. */
export interface ParsedReport {
  scanner: ScannerName;
  scannerVersion?: string;
  /** The vulnerability DB the scanner used, when the run knows it (the trivy DB's metadata). */
  database?: { updatedAt: Date };
  findings: RawFinding[];
  /** `packageKey` -> source package name, learnt from package listings (Trivy) or upstreams (Grype). */
  sources: Map<string, string>;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/**
 * Maps a scanner's spelling to ours. Grype's "Negligible" is below low, so it counts as low:
 * the gate's lowest threshold then still sees it. Anything unrecognised is `unknown`, never dropped.
 */
export function normaliseSeverity(value: unknown): Severity {
  if (typeof value !== 'string') return 'unknown';
  const lower = value.trim().toLowerCase();
  if (lower === 'negligible') return 'low';
  if (lower === 'moderate') return 'medium';
  return (SEVERITIES as readonly string[]).includes(lower) ? (lower as Severity) : 'unknown';
}

/**
 * Disagreement rule: the highest severity any scanner reported wins, so a merge can never make
 * a finding look less serious than one scanner said. `unknown` loses to any real rating.
 */
export function highestSeverity(severities: Iterable<Severity>): Severity {
  let best: Severity = 'unknown';
  for (const s of severities) if (SEVERITY_RANK[s] > SEVERITY_RANK[best]) best = s;
  return best;
}

// Most informative first: a known fix beats a vendor's "won't fix", which beats "no fix yet".
const FIX_STATE_PRIORITY: Record<FixState, number> = { fixed: 3, 'wont-fix': 2, 'not-fixed': 1, unknown: 0 };

export function strongestFixState(states: Iterable<FixState>): FixState {
  let best: FixState = 'unknown';
  for (const s of states) if (FIX_STATE_PRIORITY[s] > FIX_STATE_PRIORITY[best]) best = s;
  return best;
}

/**
 * The identity of a package across scanners: the purl type plus namespace and name, without
 * version or qualifiers (Trivy names Maven packages `group:artifact`, Grype only `artifact`).
 */
export function packageKey(pkg: { name: string; purl?: string; type: string }): string {
  if (pkg.purl) {
    const parsed = parsePurl(pkg.purl);
    if (parsed) return `${parsed.type}/${parsed.namespace ? `${parsed.namespace}/` : ''}${parsed.name}`.toLowerCase();
  }
  return `${pkg.type}/${pkg.name}`.toLowerCase();
}

function decode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Splits `pkg:type/namespace/name@version?qualifiers#subpath`; undefined when it is not a purl. */
export function parsePurl(purl: string): { type: string; namespace?: string; name: string; version?: string } | undefined {
  if (!purl.startsWith('pkg:')) return undefined;
  const body = purl.slice(4).split('#')[0]!.split('?')[0]!;
  const at = body.lastIndexOf('@');
  const path = at >= 0 ? body.slice(0, at) : body;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length < 2) return undefined;
  const type = segments[0]!.toLowerCase();
  const name = decode(segments[segments.length - 1]!);
  const namespace = segments.slice(1, -1).map(decode).join('/');
  return { type, name, ...(namespace ? { namespace } : {}), ...(at >= 0 ? { version: decode(body.slice(at + 1)) } : {}) };
}

const VULNERABILITY_URLS: [RegExp, (id: string) => string][] = [
  [/^CVE-\d{4}-\d+$/, (id) => `https://nvd.nist.gov/vuln/detail/${id}`],
  [/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/, (id) => `https://github.com/advisories/${id}`],
];

/** A public page for the id when the scanner gave none. */
export function defaultUrl(id: string): string | undefined {
  for (const [pattern, url] of VULNERABILITY_URLS) if (pattern.test(id)) return url(id);
  return undefined;
}
