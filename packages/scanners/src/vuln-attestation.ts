import { ActionError } from '@service-pipeline/action-kit';
import { IN_TOTO_STATEMENT_V1, imageSubject, type Statement } from '@service-pipeline/oci';
import type { ParsedReport, ScannerName } from './findings/model.js';
import type { ScanReport } from './findings/report.js';

/** in-toto Vulnerabilities predicate v0.2 (github.com/in-toto/attestation, spec/predicates/vulns_02.md). */
export const VULNS_PREDICATE_V02 = 'https://in-toto.io/attestation/vulns/v0.2';

const SCANNER_URIS: Record<ScannerName, string> = { trivy: 'pkg:github/aquasecurity/trivy', grype: 'pkg:github/anchore/grype' };

export interface VulnsPredicate {
  scanner: {
    uri: string;
    version?: string;
    db: { lastUpdate: string };
    result: { id: string; severity: { method: string; score: string }[]; annotations: Record<string, unknown> }[];
  };
  metadata: { scanStartedOn: string; scanFinishedOn: string };
  /** Extension (`<vendor>_<field>`): what the gate decided, and every scanner whose findings were merged. */
  servicepipeline_gate: { verdict: string; failOn: string; onlyFixed: boolean; reasons: string[] };
  servicepipeline_scanners: { name: string; version?: string }[];
}

function gateState(finding: ScanReport['findings'][number]): string {
  if (finding.suppressedBy) return 'not_affected';
  if (finding.ignoredBy) return 'accepted';
  return finding.blocking ? 'blocking' : 'reported';
}

/**
 * The scan report as a vulnerability attestation about the scanned image's digest: every
 * finding (suppressed and accepted ones included, marked as such), our merged severity and each
 * scanner's, the DB's last update, and the gate's verdict as an extension field.
 */
export function vulnerabilityStatement(options: {
  image: string;
  digest: string;
  report: ScanReport;
  reports: readonly ParsedReport[];
  startedOn: Date;
  finishedOn: Date;
}): Statement<VulnsPredicate> {
  const primary = options.reports[0];
  if (!primary) throw new ActionError('there is no scanner report to attest', 'run at least one scanner');
  const dbTimes = options.reports.flatMap((r) => (r.database ? [r.database.updatedAt.getTime()] : []));
  if (dbTimes.length === 0)
    throw new ActionError(
      `${primary.scanner} did not say when its vulnerability DB was updated`,
      'scan with trivy (its DB metadata is read) or a grype whose report names its DB',
    );
  const { report } = options;
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [imageSubject(options.image, options.digest)],
    predicateType: VULNS_PREDICATE_V02,
    predicate: {
      scanner: {
        uri: `${SCANNER_URIS[primary.scanner]}${primary.scannerVersion ? `@v${primary.scannerVersion.replace(/^v/, '')}` : ''}`,
        ...(primary.scannerVersion ? { version: primary.scannerVersion } : {}),
        // The oldest DB of the merged scanners: the report is as current as that.
        db: { lastUpdate: new Date(Math.min(...dbTimes)).toISOString() },
        result: report.findings.map((f) => ({
          id: f.id,
          severity: [
            { method: 'service-pipeline', score: f.severity },
            ...Object.entries(f.severityByScanner).map(([method, score]) => ({ method, score: String(score) })),
          ],
          annotations: {
            aliases: f.aliases,
            packages: f.packages.map((p) => p.purl ?? `${p.type}/${p.name}@${p.installedVersion}`),
            fixState: f.fixState,
            ...(f.fixedVersion ? { fixedVersion: f.fixedVersion } : {}),
            gate: gateState(f),
            ...(f.suppressedBy
              ? {
                  vex: {
                    justification: f.suppressedBy.justification ?? '',
                    impactStatement: f.suppressedBy.impactStatement ?? '',
                    document: f.suppressedBy.file,
                  },
                }
              : {}),
          },
        })),
      },
      metadata: { scanStartedOn: options.startedOn.toISOString(), scanFinishedOn: options.finishedOn.toISOString() },
      servicepipeline_gate: { verdict: report.gate.verdict, failOn: report.gate.failOn, onlyFixed: report.gate.onlyFixed, reasons: report.gate.reasons },
      servicepipeline_scanners: report.scanners,
    },
  };
}
