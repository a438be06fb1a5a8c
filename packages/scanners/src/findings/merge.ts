import {
  type AffectedPackage,
  type Finding,
  highestSeverity,
  type ParsedReport,
  packageKey,
  type RawFinding,
  SCANNERS,
  type ScannerName,
  severityRank,
  strongestFixState,
} from './model.js';

/**
 * Merges the reports of one or more scanners into one finding per vulnerability and source
 * package. Three kinds of duplicates collapse:
 * - the same vulnerability on the same package reported by both scanners;
 * - aliases: a GHSA in one report and its CVE in the other (any id linked through a report's
 *   alias list or advisory links joins the same group; the CVE becomes the id);
 * - binary packages built from one source (Debian `libc6` and `libc-bin` from `glibc`): one
 *   finding listing every affected package, since one source upgrade fixes them all.
 * The output order depends only on the content, never on report or finding order.
 */
export function mergeFindings(reports: ParsedReport[]): Finding[] {
  const sources = new Map<string, string>();
  for (const report of [...reports].sort(byScanner)) for (const [key, source] of report.sources) if (!sources.has(key)) sources.set(key, source);

  const ids = new AliasGroups();
  for (const report of reports) for (const raw of report.findings) ids.link(raw.id, raw.aliases);

  // Each package key is needed three times; computed once, since purl parsing dominates otherwise.
  const groups = new Map<string, KeyedFinding[]>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const raw: KeyedFinding = { ...finding, packageKey: packageKey(finding.package) };
      const key = `${ids.canonical(raw.id)}\0${sourceKey(raw, sources)}`;
      const group = groups.get(key);
      if (group) group.push(raw);
      else groups.set(key, [raw]);
    }
  }
  const findings = [...groups.values()].map((raws) => toFinding(raws, ids, sources));
  return findings.sort(compareFindings);
}

type KeyedFinding = RawFinding & { packageKey: string };

/** Highest severity first, then fixable first, then by id and source: the order of every list we print. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    Number(b.fixState === 'fixed') - Number(a.fixState === 'fixed') ||
    compareIds(a.id, b.id) ||
    compareText(a.source, b.source)
  );
}

function toFinding(raws: KeyedFinding[], ids: AliasGroups, sources: Map<string, string>): Finding {
  const ordered = [...raws].sort((a, b) => byScanner(a, b) || compareText(a.title, b.title) || compareText(a.url ?? '', b.url ?? ''));
  const first = ordered[0]!;
  const id = ids.canonical(first.id);
  const severityByScanner: Partial<Record<ScannerName, ReturnType<typeof highestSeverity>>> = {};
  for (const scanner of SCANNERS) {
    const own = ordered.filter((r) => r.scanner === scanner);
    if (own.length > 0) severityByScanner[scanner] = highestSeverity(own.map((r) => r.severity));
  }
  const packages = mergePackages(ordered);
  const fixed = [...new Set(packages.flatMap((p) => p.fixedVersions))].sort(compareText);
  const titled = ordered.find((r) => r.title !== r.id && !ids.group(id).includes(r.title)) ?? first;
  const url = ordered.find((r) => r.id === id && r.url)?.url ?? ordered.find((r) => r.url)?.url;
  return {
    id,
    aliases: ids.group(id).filter((alias) => alias !== id),
    severity: highestSeverity(ordered.map((r) => r.severity)),
    severityByScanner,
    fixState: strongestFixState(ordered.map((r) => r.fixState)),
    ...(fixed.length > 0 ? { fixedVersion: fixed.join(', ') } : {}),
    title: titled.title,
    ...(url ? { url } : {}),
    source: first.package.sourceName ?? sources.get(first.packageKey) ?? first.package.name,
    packages,
    scanners: SCANNERS.filter((s) => ordered.some((r) => r.scanner === s)),
  };
}

function mergePackages(raws: KeyedFinding[]): AffectedPackage[] {
  const byKey = new Map<string, AffectedPackage>();
  for (const raw of raws) {
    const key = `${raw.packageKey}@${raw.package.version}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, {
        name: raw.package.name,
        ...(raw.package.purl ? { purl: raw.package.purl } : {}),
        type: raw.package.type,
        installedVersion: raw.package.version,
        fixedVersions: [...raw.fixedVersions],
        ...(raw.layer ? { layer: { ...raw.layer } } : {}),
        scanners: [raw.scanner],
      });
      continue;
    }
    if (!existing.purl && raw.package.purl) existing.purl = raw.package.purl;
    for (const v of raw.fixedVersions) if (!existing.fixedVersions.includes(v)) existing.fixedVersions.push(v);
    // Trivy knows the blob digest, Grype only the diffID: keep both.
    if (raw.layer) existing.layer = { ...raw.layer, ...existing.layer };
    if (!existing.scanners.includes(raw.scanner)) existing.scanners.push(raw.scanner);
  }
  const packages = [...byKey.values()];
  for (const p of packages) {
    p.fixedVersions.sort(compareText);
    p.scanners.sort((a, b) => SCANNERS.indexOf(a) - SCANNERS.indexOf(b));
  }
  return packages.sort((a, b) => compareText(a.type, b.type) || compareText(a.name, b.name) || compareText(a.installedVersion, b.installedVersion));
}

/** `type/source`: what one upgrade fixes. Unknown sources fall back to the package itself. */
function sourceKey(raw: KeyedFinding, sources: Map<string, string>): string {
  const key = raw.packageKey;
  const source = raw.package.sourceName ?? sources.get(key);
  return source ? `${key.split('/')[0]}/${source}` : key;
}

/** Union-find over vulnerability ids; each group's canonical id prefers a CVE, then a GHSA. */
class AliasGroups {
  readonly #parent = new Map<string, string>();
  readonly #members = new Map<string, string[]>();
  #sealed = false;

  link(id: string, aliases: string[]): void {
    this.#find(id);
    for (const alias of aliases) this.#union(id, alias);
  }

  canonical(id: string): string {
    return this.#groups().get(this.#find(id))![0]!;
  }

  /** Every id of the group, canonical first, the rest sorted. */
  group(id: string): string[] {
    return this.#groups().get(this.#find(id))!;
  }

  #groups(): Map<string, string[]> {
    if (!this.#sealed) {
      for (const id of this.#parent.keys()) {
        const root = this.#find(id);
        const members = this.#members.get(root);
        if (members) members.push(id);
        else this.#members.set(root, [id]);
      }
      for (const members of this.#members.values()) members.sort(compareIds);
      this.#sealed = true;
    }
    return this.#members;
  }

  #find(id: string): string {
    let root = this.#parent.get(id);
    if (root === undefined) {
      this.#parent.set(id, id);
      return id;
    }
    while (root !== this.#parent.get(root)) root = this.#parent.get(root)!;
    // Path compression keeps later lookups O(1) on 10,000-finding reports.
    let node = id;
    while (node !== root) {
      const next = this.#parent.get(node)!;
      this.#parent.set(node, root);
      node = next;
    }
    return root;
  }

  #union(a: string, b: string): void {
    const ra = this.#find(a);
    const rb = this.#find(b);
    if (ra !== rb) this.#parent.set(rb, ra);
  }
}

const ID_KIND = (id: string): number => (id.startsWith('CVE-') ? 0 : id.startsWith('GHSA-') ? 1 : 2);

/** CVEs first in numeric order (CVE-2024-9999 before CVE-2024-10000), then GHSAs, then the rest. */
function compareIds(a: string, b: string): number {
  const kind = ID_KIND(a) - ID_KIND(b);
  if (kind !== 0) return kind;
  // CVE-YYYY-N: the year has a fixed width, so only the sequence number needs a numeric compare.
  if (ID_KIND(a) === 0) return compareText(a.slice(4, 8), b.slice(4, 8)) || a.length - b.length || compareText(a, b);
  return compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byScanner(a: { scanner: ScannerName }, b: { scanner: ScannerName }): number {
  return SCANNERS.indexOf(a.scanner) - SCANNERS.indexOf(b.scanner);
}
