import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { Plan } from '@service-pipeline/plan';
import { type PipelineOptions, type RunState, STEPS, type StepName, type StepReport } from './run-state.js';
import { NotScannedError, scanStep } from './scan-step.js';
import { detectService } from './service.js';
import { buildStep, bumpStep, pruneStep, pushStep, releaseStep, sbomStep, testStep } from './steps.js';

export { DEFAULT_STEPS, type PipelineOptions, STEPS, type StepName, type StepReport } from './run-state.js';

/** The steps a plan runs (the workflow's jobs, on one machine). */
export function planSteps(plan: Plan): Set<StepName> {
  const runs: Record<StepName, boolean> = {
    test: plan.test,
    build: plan.build,
    scan: plan.scan,
    sbom: plan.sbom,
    push: plan.push,
    bump: plan.bump !== null,
    release: plan.release,
    prune: plan.prune || plan.cleanupPatterns.length > 0,
  };
  return new Set(STEPS.filter((step) => runs[step]));
}

const RUNNERS: Record<StepName, (options: PipelineOptions, state: RunState) => Promise<string>> = {
  test: testStep,
  build: buildStep,
  scan: scanStep,
  sbom: sbomStep,
  push: pushStep,
  bump: bumpStep,
  release: releaseStep,
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
  const planned = options.plan ? planSteps(options.plan) : undefined;
  let failed = false;
  try {
    for (const step of STEPS) {
      if (failed || !options.steps.has(step) || (planned && !planned.has(step))) {
        const why = failed ? 'an earlier step failed' : !options.steps.has(step) ? 'not selected' : `not in the ${options.plan!.kind} plan`;
        reports.push({ step, status: 'skipped', ms: 0, detail: why });
        continue;
      }
      const started = performance.now();
      try {
        const detail = await options.logger.group(step, () => RUNNERS[step](options, state));
        reports.push({ step, status: 'ok', ms: performance.now() - started, detail });
      } catch (error) {
        if (error instanceof NotScannedError) {
          reports.push({ step, status: 'not-scanned', ms: performance.now() - started, detail: error.reason });
          continue;
        }
        failed = true;
        reports.push({ step, status: 'failed', ms: performance.now() - started, detail: (error as Error).message });
      }
    }
  } finally {
    await state.registry?.stop();
  }
  return { reports, ok: !failed };
}
