import { join } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { isLoopbackRegistry, writeStatement } from '@service-pipeline/oci';
import { assessReports, DatabaseUnavailableError, parseDbRepositories, runScanners, vulnerabilityStatement } from '@service-pipeline/scanners';
import type { PipelineOptions, RunState } from './run-state.js';
import { cliToolCacheDir, localTrivy } from './tool-cache.js';

const MAX_DB_AGE_MS = 3 * 24 * 3_600_000;

/**
 * The scan could not be made (no vulnerability DB to be had): its own outcome, never a pass.
 * The run goes on only where the image reaches nothing beyond this machine.
 */
export class NotScannedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NotScannedError';
  }
}

/**
 * Whether an unscanned image fails the run: when asked (`--require-scan`), and always when the
 * image goes beyond this machine (a registry not on loopback, or a config repo that was named).
 */
export function scanRequired(options: Pick<PipelineOptions, 'requireScan' | 'registry' | 'configRepo'>): boolean {
  return options.requireScan ?? ((options.registry !== undefined && !isLoopbackRegistry(options.registry)) || options.configRepo !== undefined);
}

export async function scanStep(options: PipelineOptions, state: RunState): Promise<string> {
  if (!state.root || !state.computed) throw new ActionError('there is no image from this run', 'include the build step');
  const { root, computed } = state;
  const startedOn = new Date();
  const label = `${state.repository}:${computed.immutableTag}`;
  let reports;
  try {
    const trivy = await localTrivy(options);
    reports = await runScanners(
      {
        scanners: ['trivy'],
        target: { kind: 'oci-layout', dir: state.layoutDir, digest: root.digest },
        tools: { trivy: { path: trivy.path } },
        toolCacheDir: cliToolCacheDir(),
        dbRepositories: parseDbRepositories(options.dbRepositories ?? []),
        maxDbAgeMs: MAX_DB_AGE_MS,
        cacheRoot: join(options.workDir, 'scanner-cache'),
        workDir: join(options.workDir, 'scan'),
        logger: options.logger,
      },
      label,
    );
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    if (scanRequired(options)) {
      throw new ActionError(
        `not scanned, and a scan is required (${options.requireScan ? '--require-scan' : 'the image goes beyond this machine'}): ${error.what}`,
        `${error.fix}; --db-repository names a mirror`,
      );
    }
    // One line in the final table: trivy's own message may carry tabs and line breaks.
    throw new NotScannedError(`${error.what.replace(/\s+/g, ' ')}; give trivy a DB: network access to its DB repositories, or --db-repository MIRROR`);
  }
  const { gate, report } = assessReports({
    target: label,
    reports,
    policy: { failOn: options.failOn, onlyFixed: false, ignore: [], imageDigest: root.digest, now: new Date() },
    sarif: { artifactUri: state.repository, category: 'local' },
  });
  const attestation = vulnerabilityStatement({ image: state.repository, digest: root.digest, report, reports, startedOn, finishedOn: new Date() });
  state.evidence = [...(state.evidence ?? []), await writeStatement(join(options.workDir, 'evidence', 'vulnerabilities.intoto.json'), attestation)];
  const counts = Object.entries(report.counts)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  if (gate.verdict === 'fail')
    throw new ActionError(`the scan gate failed (${counts}): ${gate.reasons.join('; ')}`, 'upgrade the affected packages or the base image');
  state.scanned = true;
  return `gate pass (fail-on ${options.failOn}): ${counts}`;
}
