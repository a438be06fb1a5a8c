import {
  defaultUrl,
  FIX_STATES,
  type FixState,
  highestSeverity,
  normaliseSeverity,
  type ParsedReport,
  packageKey,
  type RawFinding,
  type Severity,
} from './model.js';
import { child, firstSentence, type JsonObject, MalformedReportError, objects, reportObject, strings, text } from './report-json.js';

// Grype's artifact.type (Syft package types) -> purl type, for artifacts without a purl.
const PURL_TYPES: Record<string, string> = {
  deb: 'deb',
  apk: 'apk',
  rpm: 'rpm',
  npm: 'npm',
  'go-module': 'golang',
  'java-archive': 'maven',
  'jenkins-plugin': 'maven',
  python: 'pypi',
  'rust-crate': 'cargo',
  gem: 'gem',
  dotnet: 'nuget',
  'php-composer': 'composer',
};

/** Reads a Grype `-o json` report. */
export function parseGrypeReport(input: string | unknown): ParsedReport {
  const report = reportObject('grype', input);
  if (!Array.isArray(report.matches)) throw new MalformedReportError('grype', 'it has no "matches" array');

  const sources = new Map<string, string>();
  const findings: RawFinding[] = [];
  for (const match of objects(report, 'matches')) {
    const finding = toRawFinding(match);
    if (finding.package.sourceName) sources.set(packageKey(finding.package), finding.package.sourceName);
    findings.push(finding);
  }
  const version = text(child(report, 'descriptor'), 'version');
  // grype 0.8x reports descriptor.db.built; grype with the v6 DB (0.88+) descriptor.db.status.built.
  const db = child(child(report, 'descriptor'), 'db');
  const built = new Date(text(db, 'built') || text(child(db, 'status'), 'built'));
  return {
    scanner: 'grype',
    ...(version ? { scannerVersion: version } : {}),
    ...(Number.isNaN(built.getTime()) ? {} : { database: { updatedAt: built } }),
    findings,
    sources,
  };
}

function toRawFinding(match: JsonObject): RawFinding {
  const vuln = child(match, 'vulnerability');
  const artifact = child(match, 'artifact');
  const id = text(vuln, 'id');
  const name = text(artifact, 'name');
  if (!id || !name) throw new MalformedReportError('grype', `a match lacks vulnerability.id or artifact.name (${JSON.stringify(match).slice(0, 120)})`);
  const related = objects(match, 'relatedVulnerabilities');
  const fix = child(vuln, 'fix');
  const fixedVersions = strings(fix, 'versions');
  const state = text(fix, 'state');
  const purl = text(artifact, 'purl');
  // Grype matches Debian/RPM/Alpine packages through their source package, listed as the upstream.
  const sourceName = text(objects(artifact, 'upstreams')[0] ?? {}, 'name');
  const layerId = objects(artifact, 'locations')
    .map((l) => text(l, 'layerID'))
    .find((l) => l !== '');
  const description = text(vuln, 'description') || related.map((r) => text(r, 'description')).find((d) => d !== '') || '';
  const url = text(vuln, 'dataSource') || defaultUrl(id);
  return {
    scanner: 'grype',
    id,
    aliases: [...new Set(related.map((r) => text(r, 'id')).filter((r) => r !== '' && r !== id))],
    severity: severityOf(vuln, related),
    fixState: fixedVersions.length > 0 ? 'fixed' : (FIX_STATES as readonly string[]).includes(state) ? (state as FixState) : 'unknown',
    fixedVersions,
    title: firstSentence(description) || id,
    ...(url ? { url } : {}),
    package: {
      name,
      type: purl ? (purl.slice(4).split('/')[0] ?? 'generic') : (PURL_TYPES[text(artifact, 'type')] ?? (text(artifact, 'type') || 'generic')),
      version: text(artifact, 'version'),
      ...(purl ? { purl } : {}),
      ...(sourceName ? { sourceName } : {}),
    },
    // Syft's layerID is the layer's diffID (uncompressed digest), not the blob digest.
    ...(layerId ? { layer: { diffId: layerId } } : {}),
  };
}

// Distro feeds often leave severity Unknown while NVD rates the CVE: the related records then
// count, highest first (the same rule as between scanners).
function severityOf(vuln: JsonObject, related: JsonObject[]): Severity {
  const stated = normaliseSeverity(text(vuln, 'severity'));
  return stated !== 'unknown' ? stated : highestSeverity(related.map((r) => normaliseSeverity(text(r, 'severity'))));
}
