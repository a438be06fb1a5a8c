import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Logger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { ComputedTags } from '@service-pipeline/build';
import { isLoopbackRegistry, type Descriptor } from '@service-pipeline/oci';
import type { FailOn, SbomFile } from '@service-pipeline/scanners';
import { startLocalRegistry, type LocalRegistry } from './local-registry.js';
import { detectService, type ServiceLayout } from './service.js';
import { NotScannedError, scanStep } from './scan-step.js';
import { buildStep, bumpStep, pruneStep, pushStep, sbomStep, testStep } from './steps.js';

export const STEPS = ['test', 'build', 'scan', 'sbom', 'push', 'bump', 'prune'] as const;
export type StepName = (typeof STEPS)[number];

export interface PipelineOptions {
  serviceDir: string;
  /** Where the run keeps its layout, base, registry storage, SBOMs and config repo. */
  workDir: string;
  /** Repository part of the image name, default `local/<service dir name>`. */
  repository?: string;
  /** Push target `host[:port]`; default: a docker-registry started on 127.0.0.1 for the run. */
  registry?: string;
  /** Base image reference or `oci-layout:<dir>[:ref]`; default: the embedded static nonroot base. */
  baseImage?: string;
  platforms: string[];
  steps: ReadonlySet<StepName>;
  /** A trivy binary to use as is; default: the pinned release (PATH or download). */
  trivy?: string;
  /** trivy DB repositories (mirror first); default the public ones. */
  dbRepositories?: string[];
  failOn: FailOn;
  /**
   * An image the scan could not check (no vulnerability DB) fails the run. Default: when the
   * image goes beyond this machine (a registry not on loopback, or a named config repo).
   */
  requireScan?: boolean;
  /** Config repository (path or git URL); default: a bare repo in the work dir, created on first use. */
  configRepo?: string;
  /** Files to bump in the config repo (targets syntax); default the seeded Deployment. */
  configTargets?: string;
  logger: Logger;
}

export interface StepReport {
  step: StepName;
  /** `not-scanned`: the scan could not be made (no DB), and the image stays on this machine. */
  status: 'ok' | 'skipped' | 'failed' | 'not-scanned';
  ms: number;
  detail: string;
}

/** What the steps hand to each other. */
export interface RunState {
  service: ServiceLayout;
  serviceName: string;
  repository: string;
  layoutDir: string;
  computed?: ComputedTags;
  root?: Descriptor;
  /** Set once the scan gate passed. */
  scanned?: boolean;
  sbomFiles?: SbomFile[];
  /** in-toto statements about the built image (provenance, scan report), attached at push. */
  evidence?: string[];
  registryHost?: string;
  registry?: LocalRegistry;
  /** `<registry>/<repository>` once pushed, and the pushed digest. */
  image?: string;
  pushedDigest?: string;
}

/** The registry this run pushes to: the given one, or the embedded one started on first use. */
export async function registryHost(options: PipelineOptions, state: RunState): Promise<string> {
  if (options.registry) return options.registry;
  if (!state.registry) {
    const dir = join(options.workDir, 'registry');
    state.registry = await startLocalRegistry(dir);
    options.logger.info(`started docker-registry on ${state.registry.host} (pid ${state.registry.pid}, storage ${dir})`);
  }
  return state.registry.host;
}

/** Nothing unscanned leaves this machine: without a passed scan, only loopback registries take a push. */
export function assertMayPush(options: PipelineOptions, state: RunState, host: string): void {
  if (state.scanned || isLoopbackRegistry(host)) return;
  throw new ActionError(`the image was not scanned, and ${host} is not a local registry`, 'include the scan step (with a trivy DB available), or push to a registry on 127.0.0.1');
}

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
