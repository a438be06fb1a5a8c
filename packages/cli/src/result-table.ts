import type { StepReport } from './run-state.js';

const MARKS: Record<StepReport['status'], string> = { ok: 'ok', failed: 'FAIL', skipped: 'skip', 'not-scanned': 'NOT SCANNED' };

/**
 * The last lines of a local run: each step, its time and result. An image the scan could not
 * check is said so in capitals, in the table and again below it, so nobody reads the run as a
 * scanned one.
 */
export function resultTable(reports: readonly StepReport[]): string {
  const width = Math.max(...reports.map((r) => MARKS[r.status].length));
  const lines = ['service pipeline'];
  for (const r of reports) {
    lines.push(
      `  ${MARKS[r.status].padEnd(width)} ${r.step.padEnd(6)} ${r.status === 'skipped' ? '' : `${(r.ms / 1000).toFixed(1).padStart(5)} s  `}${r.detail}`,
    );
  }
  const unscanned = reports.find((r) => r.status === 'not-scanned');
  if (unscanned) {
    lines.push(
      '',
      'NOT SCANNED: this image was not checked for vulnerabilities; it stays on this machine (the registry on',
      '127.0.0.1, the local config repo). Scan it (a reachable trivy DB, or --db-repository MIRROR) before it goes anywhere else.',
    );
  }
  return lines.join('\n');
}
