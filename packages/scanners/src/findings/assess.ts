import { evaluateGate, type GatePolicy, type GateResult } from './gate.js';
import { mergeFindings } from './merge.js';
import type { Finding, ParsedReport } from './model.js';
import { buildScanReport, type ScanReport } from './report.js';
import { type SarifOptions, type SarifTruncation, toSarif } from './sarif.js';

export interface Assessment {
  findings: Finding[];
  gate: GateResult;
  report: ScanReport;
  /** The SARIF document as written (serialised once, since its size is what GitHub limits). */
  sarif: { json: string; truncated: SarifTruncation[] };
}

/** Parsed reports in, everything the scan action publishes out: merge, gate, report and SARIF. */
export function assessReports(input: {
  target: string;
  reports: ParsedReport[];
  policy: GatePolicy;
  sarif: Pick<SarifOptions, 'artifactUri' | 'category'>;
}): Assessment {
  const findings = mergeFindings(input.reports);
  const gate = evaluateGate(findings, input.policy);
  const report = buildScanReport({ target: input.target, reports: input.reports, findings, gate, policy: input.policy });
  const versions = Object.fromEntries(input.reports.flatMap((r) => (r.scannerVersion ? [[r.scanner, r.scannerVersion]] : [])));
  const { json, truncated } = toSarif(findings, { ...input.sarif, scanners: input.reports.map((r) => r.scanner), scannerVersions: versions });
  return { findings, gate, report, sarif: { json, truncated } };
}
