import {
  defaultUrl,
  type FixState,
  highestSeverity,
  type Layer,
  normaliseSeverity,
  type ParsedReport,
  packageKey,
  type RawFinding,
  type Severity,
} from './model.js';
import { aliasesFromReferences, child, firstSentence, type JsonObject, MalformedReportError, objects, reportObject, strings, text } from './report-json.js';

// Trivy's Result.Type (the analyser) -> purl type, for packages Trivy gave no purl for.
const PURL_TYPES: Record<string, string> = {
  debian: 'deb',
  ubuntu: 'deb',
  alpine: 'apk',
  wolfi: 'apk',
  chainguard: 'apk',
  redhat: 'rpm',
  centos: 'rpm',
  rocky: 'rpm',
  alma: 'rpm',
  amazon: 'rpm',
  oracle: 'rpm',
  photon: 'rpm',
  suse: 'rpm',
  'cbl-mariner': 'rpm',
  azurelinux: 'rpm',
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  'node-pkg': 'npm',
  gomod: 'golang',
  gobinary: 'golang',
  jar: 'maven',
  pom: 'maven',
  gradle: 'maven',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  uv: 'pypi',
  'python-pkg': 'pypi',
  cargo: 'cargo',
  rustbinary: 'cargo',
  composer: 'composer',
  bundler: 'gem',
  gemspec: 'gem',
  nuget: 'nuget',
  'dotnet-core': 'nuget',
};

// Trivy's vulnerability Status values (pkg/types/vulnerability.go) -> our fix states.
const STATUSES: Record<string, FixState> = {
  fixed: 'fixed',
  affected: 'not-fixed',
  fix_deferred: 'not-fixed',
  under_investigation: 'unknown',
  will_not_fix: 'wont-fix',
  end_of_life: 'wont-fix',
  unknown: 'unknown',
};

// Trivy's VendorSeverity numbers (0 unknown .. 4 critical).
const VENDOR_SEVERITY = ['unknown', 'low', 'medium', 'high', 'critical'] as const;

/** Reads a Trivy `--format json` report (SchemaVersion 2). */
export function parseTrivyReport(input: string | unknown): ParsedReport {
  const report = reportObject('trivy', input);
  if (report.SchemaVersion !== 2) {
    throw new MalformedReportError('trivy', `SchemaVersion is ${JSON.stringify(report.SchemaVersion)}, expected 2`);
  }
  if (report.Results !== undefined && !Array.isArray(report.Results)) throw new MalformedReportError('trivy', 'Results is not an array');

  const sources = new Map<string, string>();
  const findings: RawFinding[] = [];
  for (const result of objects(report, 'Results')) {
    const fallbackType = PURL_TYPES[text(result, 'Type')] ?? (text(result, 'Type') || 'generic');
    // Packages are listed (with their source package) by `--list-all-pkgs`, the default for JSON.
    const sourceByUid = new Map<string, string>();
    for (const pkg of objects(result, 'Packages')) {
      const srcName = text(pkg, 'SrcName');
      if (!srcName) continue;
      const identifier = child(pkg, 'Identifier');
      const purl = text(identifier, 'PURL');
      sources.set(packageKey({ name: text(pkg, 'Name'), type: fallbackType, ...(purl ? { purl } : {}) }), srcName);
      if (text(identifier, 'UID')) sourceByUid.set(text(identifier, 'UID'), srcName);
      if (text(pkg, 'ID')) sourceByUid.set(text(pkg, 'ID'), srcName);
    }
    for (const vuln of objects(result, 'Vulnerabilities')) findings.push(toRawFinding(vuln, fallbackType, sourceByUid));
  }
  const version = text(child(report, 'Trivy'), 'Version');
  return { scanner: 'trivy', ...(version ? { scannerVersion: version } : {}), findings, sources };
}

function toRawFinding(vuln: JsonObject, fallbackType: string, sourceByUid: Map<string, string>): RawFinding {
  const id = text(vuln, 'VulnerabilityID');
  const name = text(vuln, 'PkgName');
  if (!id || !name) throw new MalformedReportError('trivy', `a vulnerability lacks VulnerabilityID or PkgName (${JSON.stringify(vuln).slice(0, 120)})`);
  const identifier = child(vuln, 'PkgIdentifier');
  const purl = text(identifier, 'PURL');
  const sourceName = sourceByUid.get(text(identifier, 'UID')) ?? sourceByUid.get(text(vuln, 'PkgID'));
  const fixedVersions = splitVersions(text(vuln, 'FixedVersion'));
  const status = STATUSES[text(vuln, 'Status')] ?? 'unknown';
  const description = text(vuln, 'Description');
  const url = text(vuln, 'PrimaryURL') || defaultUrl(id);
  return {
    scanner: 'trivy',
    id,
    aliases: aliasesOf(id, vuln),
    severity: severityOf(vuln),
    // A fixed version outranks a missing Status: Trivy builds before 0.35 leave Status empty.
    fixState: fixedVersions.length > 0 ? 'fixed' : status,
    fixedVersions,
    title: text(vuln, 'Title') || firstSentence(description) || id,
    ...(url ? { url } : {}),
    package: {
      name,
      type: purl ? (purl.slice(4).split('/')[0] ?? fallbackType) : fallbackType,
      version: text(vuln, 'InstalledVersion'),
      ...(purl ? { purl } : {}),
      ...(sourceName ? { sourceName } : {}),
    },
    ...layerOf(child(vuln, 'Layer')),
  };
}

// Trivy's Severity follows its preferred vendor; only when that says UNKNOWN do the other
// vendors' ratings count, and then the highest wins (the same rule as between scanners).
function severityOf(vuln: JsonObject): Severity {
  const stated = normaliseSeverity(text(vuln, 'Severity'));
  if (stated !== 'unknown') return stated;
  const vendors = child(vuln, 'VendorSeverity');
  return highestSeverity(Object.values(vendors).map((n) => (typeof n === 'number' ? (VENDOR_SEVERITY[n] ?? 'unknown') : 'unknown')));
}

// VendorIDs holds the GHSA of a CVE from GitHub's advisory feed, but also distro advisories
// (DSA-, RHSA-) that cover many CVEs: only CVE and GHSA ids there are aliases.
function aliasesOf(id: string, vuln: JsonObject): string[] {
  const vendorIds = strings(vuln, 'VendorIDs').filter((v) => v !== id && /^(CVE-\d{4}-\d+|GHSA(-[23456789cfghjmpqrvwx]{4}){3})$/.test(v));
  return [...new Set([...vendorIds, ...aliasesFromReferences(id, strings(vuln, 'References'))])];
}

// Language ecosystems list several fixed releases ("2.15.0, 2.12.2"); OS packages give one.
function splitVersions(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function layerOf(layer: JsonObject): { layer?: Layer } {
  const digest = text(layer, 'Digest');
  const diffId = text(layer, 'DiffID');
  if (!digest && !diffId) return {};
  return { layer: { ...(digest ? { digest } : {}), ...(diffId ? { diffId } : {}) } };
}
