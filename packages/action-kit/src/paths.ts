import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `$RUNNER_TEMP/service-pipeline/<parts>`: where the steps of one job hand files to each other
 * (the build writes the OCI layout that scan, sbom and push read by default). RUNNER_TEMP is
 * emptied at the end of every job; outside a runner the system temp dir stands in.
 */
export function pipelineDir(...parts: string[]): string {
  return join(process.env['RUNNER_TEMP'] || tmpdir(), 'service-pipeline', ...parts);
}

/** The OCI layout build writes and scan, sbom and push read when no `oci-layout` is given. */
export const defaultLayoutDir = (): string => pipelineDir('oci-layout');

/** One trivy cache per job: scan's vulnerability DB and the layer analysis sbom reuses. */
export const trivyCacheDir = (): string => pipelineDir('scanner-cache', 'trivy');

/** The page of this workflow run on GitHub, or undefined outside a run (no repository or run id). */
export function workflowRunUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env['GITHUB_REPOSITORY'] || !env['GITHUB_RUN_ID']) return undefined;
  return `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`;
}
