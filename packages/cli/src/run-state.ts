import { join } from 'node:path';
import type { Logger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { ComputedTags } from '@service-pipeline/build';
import { type Descriptor, isLoopbackRegistry } from '@service-pipeline/oci';
import type { Plan } from '@service-pipeline/plan';
import type { FailOn, SbomFile } from '@service-pipeline/scanners';
import { type LocalRegistry, startLocalRegistry } from './local-registry.js';
import type { ServiceLayout } from './service.js';

export const STEPS = ['test', 'build', 'scan', 'sbom', 'push', 'bump', 'release', 'prune'] as const;
export type StepName = (typeof STEPS)[number];
/** Without a plan (no --event), a run does everything but release: a laptop run tags no version. */
export const DEFAULT_STEPS: readonly StepName[] = STEPS.filter((step) => step !== 'release');

export interface PipelineOptions {
  serviceDir: string;
  /** Where the run keeps its layout, base, registry storage, SBOMs and config repo. */
  workDir: string;
  /** Repository part of the image name, default `local/<service dir name>`. */
  repository?: string;
  /** Push target `host[:port]`; default: a docker-registry started on 127.0.0.1 for the run. */
  registry?: string;
  /** Base image reference or `oci-layout:<dir>[:ref]`; default: an embedded base (static nonroot, or Node). */
  baseImage?: string;
  /** Build this Dockerfile (with buildah) instead of the service's own way; default SERVICE_DIR/Dockerfile for Dockerfile services. */
  dockerfile?: string;
  /** Dockerfile builds: `--build-arg` values. */
  buildArgs?: Record<string, string>;
  /** Dockerfile builds: a private buildah storage instead of buildah's default. */
  buildahStorage?: { root: string; runroot: string; driver: 'vfs' | 'overlay' };
  /** Node services: the Node binary the embedded Node base carries; default the one running this. */
  nodeBinary?: string;
  platforms: string[];
  steps: ReadonlySet<StepName>;
  /** A trivy binary to use as is; default: the one `pnpm run tools` built, the dev dependency's, else the pinned release. */
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
  /** The plan this run follows (`--event`/`--ref`); its tags, environment, bump mode and version decide. */
  plan?: Plan;
  /** GitHub repository (owner/name) of the config repo, where a promotion opens its pull request. */
  prRepository?: string;
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
export function assertMayPush(state: RunState, host: string): void {
  if (state.scanned || isLoopbackRegistry(host)) return;
  throw new ActionError(
    `the image was not scanned, and ${host} is not a local registry`,
    'include the scan step (with a trivy DB available), or push to a registry on 127.0.0.1',
  );
}
