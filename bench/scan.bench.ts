/**
 * Scan benchmark: normalise, merge and gate a 10,000-finding Trivy + Grype report pair of one
 * image (Debian packages sharing source packages, npm and Go modules; Grype repeats most of
 * Trivy's findings, a share of them under their GHSA alias, and adds its own). Baselines in the
 * same run: `JSON.parse` of both reports (the floor: no work can be cheaper than reading them)
 * and a naive merge that compares every finding with every group found so far (O(n²)).
 *
 *   node_modules/.bin/tsx bench/scan.bench.ts [--runs 9]
 *
 * Times are medians of in-process runs after a warm-up; peak memory is the maximum RSS of a
 * fresh process running the case once (minus that process's RSS with the reports loaded).
 * Prints a Markdown table and writes bench/results/scan.json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assessReports, evaluateGate, mergeFindings, parseGrypeReport, parseTrivyReport, type RawFinding } from '@service-pipeline/scanners';
import { median, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 9);
const FINDINGS = 10_000;
const POLICY = { failOn: 'high' as const, onlyFixed: false, ignore: [], now: new Date('2026-11-21T00:00:00Z') };

/** mulberry32: the same reports every run, so runs compare. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pkg {
  name: string;
  version: string;
  kind: 'deb' | 'npm' | 'golang';
  source: string;
  purl: string;
  trivyType: string;
  grypeType: string;
}

/** Generates the report texts: Trivy with `FINDINGS` vulnerabilities, Grype with about as many matches. */
function generateReports(): { trivy: string; grype: string } {
  const rand = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const ghsaChars = '23456789cfghjmpqrvwx';
  const ghsa = (): string => `GHSA-${[0, 1, 2].map(() => Array.from({ length: 4 }, () => ghsaChars[Math.floor(rand() * 20)]).join('')).join('-')}`;
  const layers = Array.from({ length: 6 }, () => ({ Digest: `sha256:${hex(64)}`, DiffID: `sha256:${hex(64)}` }));
  const packages: Pkg[] = [];
  for (let s = 0; s < 500; s++) {
    const source = `src${s}`;
    const binaries = 1 + Math.floor(rand() * 4);
    for (let b = 0; b < binaries; b++) {
      const name = b === 0 ? source : `lib${source}-${b}`;
      const version = `${1 + (s % 9)}.${b}.${s % 13}-${1 + (s % 3)}+deb12u1`;
      packages.push({
        name,
        version,
        kind: 'deb',
        source,
        purl: `pkg:deb/debian/${name}@${encodeURIComponent(version)}?arch=amd64&distro=debian-12.5`,
        trivyType: 'debian',
        grypeType: 'deb',
      });
    }
  }
  for (let i = 0; i < 700; i++) {
    const name = i % 5 === 0 ? `@scope${i % 7}/pkg${i}` : `pkg${i}`;
    packages.push({
      name,
      version: `${i % 4}.${i % 17}.${i % 5}`,
      kind: 'npm',
      source: name,
      purl: `pkg:npm/${name.replace('@', '%40')}@${i % 4}.${i % 17}.${i % 5}`,
      trivyType: 'node-pkg',
      grypeType: 'npm',
    });
  }
  for (let i = 0; i < 300; i++) {
    const name = `example.com/org${i % 11}/mod${i}`;
    packages.push({
      name,
      version: `v0.${i % 30}.${i % 7}`,
      kind: 'golang',
      source: name,
      purl: `pkg:golang/${name}@v0.${i % 30}.${i % 7}`,
      trivyType: 'gobinary',
      grypeType: 'go-module',
    });
  }
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
  const weights = [0.05, 0.25, 0.4, 0.25, 0.05];
  const severity = (): string => {
    let r = rand();
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return severities[i]!;
    }
    return 'LOW';
  };

  const trivyVulns = new Map<string, object[]>();
  const matches: object[] = [];
  const bySource = new Map<string, Pkg[]>();
  for (const p of packages) bySource.set(`${p.kind}/${p.source}`, [...(bySource.get(`${p.kind}/${p.source}`) ?? []), p]);
  const sources = [...bySource.values()];
  let count = 0;
  let cve = 1000;
  while (count < FINDINGS) {
    const group = pick(sources);
    const id = `CVE-${2019 + (cve % 6)}-${cve++}`;
    const alias = group[0]!.kind === 'deb' ? undefined : ghsa();
    const sev = severity();
    const fixed = rand() < 0.6;
    const layer = pick(layers);
    const grypeSees = rand();
    for (const p of group) {
      if (count >= FINDINGS) break;
      const fixedVersion = fixed ? `${p.version.replace(/\d+$/, (d) => String(Number(d) + 1))}` : '';
      const vuln = {
        VulnerabilityID: id,
        PkgID: `${p.name}@${p.version}`,
        PkgName: p.name,
        PkgIdentifier: { PURL: p.purl, UID: hex(16) },
        InstalledVersion: p.version,
        ...(fixedVersion ? { FixedVersion: fixedVersion } : {}),
        Status: fixed ? 'fixed' : pick(['affected', 'will_not_fix', 'fix_deferred']),
        Layer: layer,
        SeveritySource: p.kind === 'deb' ? 'debian' : 'ghsa',
        PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
        DataSource: { ID: p.kind === 'deb' ? 'debian' : 'ghsa', Name: 'source', URL: 'https://example.test' },
        Title: `${p.source}: generated vulnerability ${id}`,
        Description: `A generated description of ${id} long enough to look like a real one. `.repeat(3),
        Severity: sev,
        VendorSeverity: { nvd: severities.length - 1 - severities.indexOf(sev), [p.kind === 'deb' ? 'debian' : 'ghsa']: 2 },
        ...(alias ? { VendorIDs: [alias] } : {}),
        References: [`https://nvd.nist.gov/vuln/detail/${id}`, `https://security-tracker.debian.org/tracker/${id}`],
        PublishedDate: '2024-01-01T00:00:00Z',
        LastModifiedDate: '2024-06-01T00:00:00Z',
      };
      trivyVulns.set(p.trivyType, [...(trivyVulns.get(p.trivyType) ?? []), vuln]);
      count++;
      // Grype sees 85% of Trivy's findings (a GHSA under its own id for language packages).
      if (grypeSees < 0.85) matches.push(grypeMatch(p, alias ?? id, alias ? id : undefined, sev, fixedVersion, layer.DiffID));
    }
    // ...and 1 in 10 vulnerabilities Trivy does not report.
    if (rand() < 0.1) {
      const p = pick(packages);
      matches.push(grypeMatch(p, `CVE-2025-${cve++}`, undefined, severity(), '', pick(layers).DiffID));
    }
  }

  function grypeMatch(p: Pkg, id: string, related: string | undefined, sev: string, fixedVersion: string, layerId: string): object {
    const title = (s: string): string => (s === 'UNKNOWN' ? (rand() < 0.5 ? 'Negligible' : 'Unknown') : s[0] + s.slice(1).toLowerCase());
    return {
      vulnerability: {
        id,
        dataSource: `https://example.test/${id}`,
        namespace: p.kind === 'deb' ? 'debian:distro:debian:12' : 'github:language:javascript',
        severity: title(sev),
        urls: [],
        description: `Generated ${id}`,
        cvss: [],
        fix: { versions: fixedVersion ? [fixedVersion] : [], state: fixedVersion ? 'fixed' : pick(['not-fixed', 'wont-fix', 'unknown']) },
        advisories: [],
      },
      relatedVulnerabilities: related
        ? [
            {
              id: related,
              dataSource: `https://nvd.nist.gov/vuln/detail/${related}`,
              namespace: 'nvd:cpe',
              severity: title(sev),
              urls: [],
              description: `Generated ${related}`,
              cvss: [],
            },
          ]
        : [],
      matchDetails: [{ type: 'exact-direct-match', matcher: 'bench', searchedBy: {}, found: {} }],
      artifact: {
        id: hex(16),
        name: p.name,
        version: p.version,
        type: p.grypeType,
        locations: [{ path: `/usr/share/doc/${p.name}/copyright`, layerID: layerId }],
        language: '',
        licenses: [],
        cpes: [],
        purl: p.purl,
        upstreams: p.kind === 'deb' && p.name !== p.source ? [{ name: p.source }] : [],
      },
    };
  }

  const trivy = {
    SchemaVersion: 2,
    CreatedAt: '2026-11-21T00:00:00Z',
    ArtifactName: 'bench',
    ArtifactType: 'container_image',
    Trivy: { Version: '0.69.2' },
    Results: [...trivyVulns].map(([type, vulns]) => ({
      Target: type,
      Class: type === 'debian' ? 'os-pkgs' : 'lang-pkgs',
      Type: type,
      ...(type === 'debian'
        ? {
            Packages: packages
              .filter((p) => p.kind === 'deb')
              .map((p) => ({
                ID: `${p.name}@${p.version}`,
                Name: p.name,
                Identifier: { PURL: p.purl },
                Version: p.version,
                SrcName: p.source,
                SrcVersion: p.version,
              })),
          }
        : {}),
      Vulnerabilities: vulns,
    })),
  };
  return { trivy: JSON.stringify(trivy, null, 2), grype: JSON.stringify({ matches, descriptor: { name: 'grype', version: '0.92.2' } }, null, 2) };
}

/** The baseline merge a first attempt would write: every finding against every group so far. */
function naiveMerge(raws: RawFinding[]): number {
  const groups: { ids: Set<string>; source: string }[] = [];
  const sourceOf = (r: RawFinding): string => `${r.package.type}/${r.package.sourceName ?? r.package.name}`;
  for (const raw of raws) {
    const ids = [raw.id, ...raw.aliases];
    const source = sourceOf(raw);
    const group = groups.find((g) => g.source === source && ids.some((id) => g.ids.has(id)));
    if (group) for (const id of ids) group.ids.add(id);
    else groups.push({ ids: new Set(ids), source });
  }
  return groups.length;
}

const CASES: Record<string, (r: { trivy: string; grype: string }) => unknown> = {
  'JSON.parse both reports (floor)': (r) => [JSON.parse(r.trivy), JSON.parse(r.grype)],
  'normalise + merge + gate': (r) => evaluateGate(mergeFindings([parseTrivyReport(r.trivy), parseGrypeReport(r.grype)]), POLICY),
  'normalise + naive O(n²) merge (baseline)': (r) => naiveMerge([...parseTrivyReport(r.trivy).findings, ...parseGrypeReport(r.grype).findings]),
  'everything the action writes (+ report, SARIF, gzip check)': (r) =>
    assessReports({
      target: 'bench',
      reports: [parseTrivyReport(r.trivy), parseGrypeReport(r.grype)],
      policy: POLICY,
      sarif: { artifactUri: 'Dockerfile', category: 'container-scan' },
    }),
};

/** Child mode: run one case once in a fresh process and print its peak RSS. */
async function child(dir: string, name: string): Promise<void> {
  const reports = { trivy: await readFile(join(dir, 'trivy.json'), 'utf8'), grype: await readFile(join(dir, 'grype.json'), 'utf8') };
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  CASES[name]!(reports);
  process.stdout.write(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024 }));
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-scan-'));
  try {
    const reports = generateReports();
    await writeFile(join(dir, 'trivy.json'), reports.trivy);
    await writeFile(join(dir, 'grype.json'), reports.grype);
    const trivyCount = parseTrivyReport(reports.trivy).findings.length;
    const grypeCount = parseGrypeReport(reports.grype).findings.length;
    const merged = mergeFindings([parseTrivyReport(reports.trivy), parseGrypeReport(reports.grype)]);
    console.log(
      `reports: trivy ${trivyCount} findings (${(reports.trivy.length / 1e6).toFixed(1)} MB), grype ${grypeCount} matches (${(reports.grype.length / 1e6).toFixed(1)} MB) -> ${merged.length} merged findings`,
    );

    const rows: { case: string; medianMs: number; runs: number; peakRssMB: number; peakOverLoadedMB: number }[] = [];
    for (const [name, fn] of Object.entries(CASES)) {
      const runs = name.includes('naive') ? Math.min(RUNS, 3) : RUNS;
      fn(reports);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        fn(reports);
        times.push(performance.now() - started);
      }
      const { stdout } = await execFileAsync(
        process.execPath,
        [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--child', dir, '--case', name],
        { maxBuffer: 1 << 20 },
      );
      const memory = JSON.parse(stdout) as { before: number; peak: number };
      rows.push({ case: name, medianMs: median(times), runs, peakRssMB: memory.peak / 2 ** 20, peakOverLoadedMB: (memory.peak - memory.before) / 2 ** 20 });
    }
    const floor = rows[0]!.medianMs;
    const naive = rows.find((r) => r.case.includes('naive'))!.medianMs;
    console.log('\n| case | median | vs JSON.parse | vs naive merge | peak RSS | peak over loaded reports |\n| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(
        `| ${r.case} | ${r.medianMs.toFixed(0)} ms (${r.runs} runs) | ${(r.medianMs / floor).toFixed(2)}x | ${(r.medianMs / naive).toFixed(3)}x | ${r.peakRssMB.toFixed(0)} MB | ${r.peakOverLoadedMB.toFixed(0)} MB |`,
      );
    }
    await writeResults('scan', {
      date: new Date().toISOString(),
      node: process.version,
      trivyFindings: trivyCount,
      grypeMatches: grypeCount,
      merged: merged.length,
      rows,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) await child(arg('--child')!, arg('--case')!);
else await main();
