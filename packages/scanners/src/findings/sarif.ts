import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type Finding, type ScannerName, SEVERITIES, type Severity } from './model.js';

/** GitHub code scanning's hard limits for one upload (docs: "SARIF results exceed hard limit"). */
export const GITHUB_SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
  gzipBytes: 10 * 1024 * 1024,
} as const;

// Only the first 100 locations of a result are displayed, so more are noise in the upload.
const DISPLAYED_LOCATIONS = 100;

const TOOLS: Record<ScannerName, { name: string; informationUri: string }> = {
  trivy: { name: 'Trivy', informationUri: 'https://github.com/aquasecurity/trivy' },
  grype: { name: 'Grype', informationUri: 'https://github.com/anchore/grype' },
};

// GitHub maps security-severity to its levels: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, < 4 low.
const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', unknown: undefined };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', unknown: 'note' };

export interface SarifOptions {
  scanners: ScannerName[];
  scannerVersions?: Partial<Record<ScannerName, string>>;
  /** Where alerts point: a file path in the repository (e.g. the Dockerfile) or the image name. */
  artifactUri: string;
  /** Prefix of each run's automationDetails.id; the scanner name is appended, so categories differ. */
  category: string;
  limits?: Partial<Record<keyof typeof GITHUB_SARIF_LIMITS, number>>;
}

export interface SarifTruncation {
  scanner: ScannerName;
  kept: number;
  omitted: Record<Severity, number>;
}

export interface SarifDocument {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: { name: string; version?: string; informationUri: string; rules: SarifRule[] } };
  automationDetails: { id: string };
  results: SarifResult[];
  properties?: Record<string, unknown>;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  properties: { tags: string[]; 'security-severity'?: string; precision: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[];
  partialFingerprints: Record<string, string>;
}

/**
 * One run per scanner (its own automationDetails category, so GitHub keeps each scanner's alerts
 * apart), one rule per vulnerability id, one result per finding the scanner reported. When a run
 * would exceed GitHub's limits, the lowest severities are dropped first and the run says so in
 * its properties; `truncated` lists what was left out.
 */
export function toSarif(findings: Finding[], options: SarifOptions): { sarif: SarifDocument; json: string; truncated: SarifTruncation[] } {
  const limits: Record<keyof typeof GITHUB_SARIF_LIMITS, number> = { ...GITHUB_SARIF_LIMITS, ...options.limits };
  if (options.scanners.length > limits.runsPerFile)
    throw new Error(`SARIF allows ${limits.runsPerFile} runs per file, got ${options.scanners.length} scanners`);
  // Findings arrive highest severity first (mergeFindings' order), so a prefix keeps the worst.
  const perRun = new Map(options.scanners.map((s) => [s, findings.filter((f) => f.scanners.includes(s))]));
  let cap = Math.min(limits.resultsPerRun, limits.rulesPerRun);
  for (;;) {
    const runs = options.scanners.map((scanner) => buildRun(scanner, perRun.get(scanner)!.slice(0, cap), perRun.get(scanner)!.length, options));
    const sarif: SarifDocument = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
    const json = JSON.stringify(sarif);
    const gzipped = gzipSync(json).length;
    const largest = Math.max(0, ...runs.map((r) => r.results.length));
    if (gzipped <= limits.gzipBytes || largest === 0) {
      const truncated = options.scanners.flatMap((scanner) => {
        const all = perRun.get(scanner)!;
        if (all.length <= cap) return [];
        return [{ scanner, kept: cap, omitted: countBySeverity(all.slice(cap)) }];
      });
      return { sarif, json, truncated };
    }
    // Shrink in proportion to the overshoot, with a margin so this converges in a few passes.
    cap = Math.min(largest - 1, Math.floor(largest * (limits.gzipBytes / gzipped) * 0.9));
  }
}

function buildRun(scanner: ScannerName, kept: Finding[], total: number, options: SarifOptions): SarifRun {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results = kept.map((finding): SarifResult => {
    let index = ruleIndex.get(finding.id);
    if (index === undefined) {
      index = rules.push(ruleFor(finding)) - 1;
      ruleIndex.set(finding.id, index);
    }
    const packages = finding.packages.filter((p) => p.scanners.includes(scanner));
    return {
      ruleId: finding.id,
      ruleIndex: index,
      level: LEVEL[finding.severity],
      message: { text: messageFor(finding, packages) },
      locations: packages.slice(0, DISPLAYED_LOCATIONS).map((p) => ({
        physicalLocation: { artifactLocation: { uri: options.artifactUri }, region: { startLine: 1 } },
        message: { text: `${p.purl ?? `${p.type}/${p.name}`}${p.layer?.diffId ? ` in layer ${p.layer.diffId}` : ''}` },
      })),
      // Stable across runs so GitHub tracks one alert per vulnerability and source package.
      partialFingerprints: {
        'servicePipelineFinding/v1': createHash('sha256').update(`${finding.id}\0${finding.source}\0${options.artifactUri}`).digest('hex'),
      },
    };
  });
  const version = options.scannerVersions?.[scanner];
  const run: SarifRun = {
    tool: { driver: { name: TOOLS[scanner].name, ...(version ? { version } : {}), informationUri: TOOLS[scanner].informationUri, rules } },
    automationDetails: { id: `${options.category}/${scanner}/` },
    results,
  };
  if (kept.length < total) {
    run.properties = {
      'service-pipeline/truncated': { total, kept: kept.length, reason: 'GitHub code scanning upload limits; lowest severities omitted first' },
    };
  }
  return run;
}

function ruleFor(finding: Finding): SarifRule {
  const fix = finding.fixedVersion ? `Upgrade to ${finding.fixedVersion}.` : `No fixed version (${finding.fixState}).`;
  const aliases = finding.aliases.length > 0 ? ` Also known as ${finding.aliases.join(', ')}.` : '';
  const securitySeverity = SECURITY_SEVERITY[finding.severity];
  return {
    id: finding.id,
    name: finding.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: finding.title },
    ...(finding.url ? { helpUri: finding.url } : {}),
    help: {
      text: `${finding.title}. Severity ${finding.severity}. ${fix}${aliases}`,
      markdown: `**${finding.id}** (${finding.severity}): ${finding.title}\n\n${fix}${aliases}${finding.url ? `\n\n[${finding.url}](${finding.url})` : ''}`,
    },
    properties: {
      tags: ['security', 'vulnerability', finding.severity],
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
      precision: 'very-high',
    },
  };
}

function messageFor(finding: Finding, packages: Finding['packages']): string {
  const list = packages.map((p) => `${p.name} ${p.installedVersion}`).join(', ');
  const fix = finding.fixedVersion ? `fixed in ${finding.fixedVersion}` : `no fix (${finding.fixState})`;
  return `${finding.id} (${finding.severity}) in ${list}: ${fix}. ${finding.title}`;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}
