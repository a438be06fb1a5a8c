import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { STEPS, type PipelineOptions, type RunState, type StepName, type StepReport } from './run-state.js';
import { detectService } from './service.js';
import { buildStep, bumpStep, pruneStep, pushStep, sbomStep, scanStep, testStep } from './steps.js';

export { STEPS, type PipelineOptions, type StepName, type StepReport } from './run-state.js';

const RUNNERS: Record<StepName, (options: PipelineOptions, state: RunState) => Promise<string>> = {
  test: testStep,
  build: buildStep,
  scan: scanStep,
  sbom: sbomStep,
  push: pushStep,
  bump: bumpStep,
  prune: pruneStep,
};

/**
 * The service pipeline on this machine, with the same library code the actions run: every
 * selected step in order, stopping at the first failure (nothing after a failed step runs, so
 * nothing unverified is pushed or deployed).
 */
export async function runPipeline(options: PipelineOptions): Promise<{ reports: StepReport[]; ok: boolean }> {
  const service = detectService(options.serviceDir);
  if (!service) throw new ActionError(`${options.serviceDir} holds no go.mod, package.json or Dockerfile`, 'point the pipeline at a service directory');
  await mkdir(options.workDir, { recursive: true });
  const serviceName = basename(resolve(options.serviceDir));
  const state: RunState = { service, serviceName, repository: options.repository ?? `local/${serviceName}`, layoutDir: join(options.workDir, 'oci-layout') };
  const reports: StepReport[] = [];
  let failed = false;
  try {
    for (const step of STEPS) {
      if (failed || !options.steps.has(step)) {
        reports.push({ step, status: 'skipped', ms: 0, detail: failed ? 'an earlier step failed' : 'not selected' });
        continue;
      }
      const started = performance.now();
      try {
        const detail = await options.logger.group(step, () => RUNNERS[step](options, state));
        reports.push({ step, status: 'ok', ms: performance.now() - started, detail });
      } catch (error) {
        failed = true;
        reports.push({ step, status: 'failed', ms: performance.now() - started, detail: (error as Error).message });
      }
    }
  } finally {
    await state.registry?.stop();
  }
  return { reports, ok: !failed };
}
