import type { SummarySection } from '@service-pipeline/action-kit';
import { type VexStatement, vexReason } from '../vex.js';
import type { GatePolicy, GateResult } from './gate.js';
import type { IgnoreEntry } from './ignore-file.js';
import { type Finding, type ParsedReport, SEVERITIES, type Severity } from './model.js';
import { countBySeverity } from './sarif.js';

export const REPORT_SCHEMA = 'service-pipeline/scan-report@1';

type EntryRef = Pick<IgnoreEntry, 'id' | 'reason' | 'file' | 'line'> & { package?: string; expires?: string };

export interface ReportedFinding extends Finding {
  /** Fails the gate. */
  blocking: boolean;
  /** The ignore entry that accepted it, when one did. */
  ignoredBy?: EntryRef;
  /** The VEX statement that says the image is not affected, when one does. */
  suppressedBy?: VexRef;
  /** The VEX statement that says the image is affected, when one does (never suppressed). */
  affectedBy?: VexRef;
}

type VexRef = { file: string; statement: number; status: string; justification?: string; impactStatement?: string; actionStatement?: string };

function vexRef(s: VexStatement): VexRef {
  return {
    file: s.file,
    statement: s.index,
    status: s.status,
    ...(s.justification ? { justification: s.justification } : {}),
    ...(s.impactStatement ? { impactStatement: s.impactStatement } : {}),
    ...(s.actionStatement ? { actionStatement: s.actionStatement } : {}),
  };
}

/** The normalised JSON the `report` output points at: every finding, and the verdict with its reasons. */
export interface ScanReport {
  schema: typeof REPORT_SCHEMA;
  target: string;
  scanners: { name: string; version?: string }[];
  /** Every finding, ignored ones included: counts describe the image, not the policy. */
  counts: Record<Severity, number>;
  fixable: number;
  gate: {
    verdict: GateResult['verdict'];
    failOn: GatePolicy['failOn'];
    onlyFixed: boolean;
    reasons: string[];
    expired: EntryRef[];
    unused: EntryRef[];
  };
  findings: ReportedFinding[];
}

export function buildScanReport(input: { target: string; reports: ParsedReport[]; findings: Finding[]; gate: GateResult; policy: GatePolicy }): ScanReport {
  const blocking = new Set(input.gate.blocking);
  const ignored = new Map(input.gate.ignored.map(({ finding, entry }) => [finding, entry]));
  const suppressed = new Map(input.gate.suppressed.map(({ finding, statement }) => [finding, statement]));
  const affected = new Map(input.gate.affected.map(({ finding, statement }) => [finding, statement]));
  return {
    schema: REPORT_SCHEMA,
    target: input.target,
    scanners: input.reports.map((r) => ({ name: r.scanner, ...(r.scannerVersion ? { version: r.scannerVersion } : {}) })),
    counts: countBySeverity(input.findings),
    fixable: input.findings.filter((f) => f.fixState === 'fixed').length,
    gate: {
      verdict: input.gate.verdict,
      failOn: input.policy.failOn,
      onlyFixed: input.policy.onlyFixed,
      reasons: input.gate.reasons,
      expired: input.gate.expired.map(entryRef),
      unused: input.gate.unused.map(entryRef),
    },
    findings: input.findings.map((finding) => {
      const entry = ignored.get(finding);
      const notAffected = suppressed.get(finding);
      const isAffected = affected.get(finding);
      return {
        ...finding,
        blocking: blocking.has(finding),
        ...(entry ? { ignoredBy: entryRef(entry) } : {}),
        ...(notAffected ? { suppressedBy: vexRef(notAffected) } : {}),
        ...(isAffected ? { affectedBy: vexRef(isAffected) } : {}),
      };
    }),
  };
}

function entryRef(entry: IgnoreEntry): EntryRef {
  const { id, reason, file, line } = entry;
  return { id, reason, file, line, ...(entry.package ? { package: entry.package } : {}), ...(entry.expires ? { expires: entry.expires } : {}) };
}

/** The step summary: verdict, counts per severity, and the worst fixable findings as a table. */
export function scanSummary(report: ScanReport, top = 10): SummarySection {
  const fixable = report.findings.filter((f) => f.fixState === 'fixed').slice(0, top);
  const paragraphs = [
    `Gate: **${report.gate.verdict}** (fail-on \`${report.gate.failOn}\`${report.gate.onlyFixed ? ', only fixable findings' : ''}); scanned by ${report.scanners.map((s) => `${s.name}${s.version ? ` ${s.version}` : ''}`).join(' and ')}.`,
    ...report.gate.reasons.map((r) => `- ${r}`),
  ];
  const ignored = report.findings.filter((f) => f.ignoredBy).length;
  if (ignored > 0) paragraphs.push(`${ignored} finding${ignored === 1 ? ' is' : 's are'} accepted by the ignore file (counted below, not gated).`);
  const notAffected = report.findings.filter((f) => f.suppressedBy);
  if (notAffected.length > 0)
    paragraphs.push(`${notAffected.length} finding${notAffected.length === 1 ? ' is' : 's are'} not affecting the image by VEX (counted below, not gated).`);
  return {
    heading: `Vulnerability scan of ${report.target}`,
    paragraphs,
    tables: [
      {
        caption: 'Findings by severity',
        headers: ['Severity', 'Findings', 'Fixable'],
        rows: SEVERITIES.map((s) => [s, report.counts[s], report.findings.filter((f) => f.severity === s && f.fixState === 'fixed').length]),
      },
      ...(fixable.length > 0
        ? [
            {
              caption: `Top ${fixable.length} fixable findings`,
              headers: ['Vulnerability', 'Severity', 'Package', 'Installed', 'Fixed in', 'Scanners'],
              rows: fixable.map((f) => [
                f.url ? `[${f.id}](${f.url})` : f.id,
                f.severity,
                f.packages.map((p) => p.name).join(', '),
                [...new Set(f.packages.map((p) => p.installedVersion))].join(', '),
                f.fixedVersion ?? '',
                f.scanners.join(', '),
              ]),
            },
          ]
        : []),
      ...(notAffected.length > 0
        ? [
            {
              caption: 'Not affected, by VEX',
              headers: ['Vulnerability', 'Severity', 'Package', 'Justification', 'VEX document'],
              rows: notAffected.map((f) => [
                f.id,
                f.severity,
                f.packages.map((p) => p.name).join(', '),
                vexReason(f.suppressedBy!),
                `\`${f.suppressedBy!.file}\` (statement ${f.suppressedBy!.statement + 1})`,
              ]),
            },
          ]
        : []),
    ],
  };
}
