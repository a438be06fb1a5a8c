import type { Logger } from '@service-pipeline/action-kit';
import { isLoopbackRegistry, parseReference } from '@service-pipeline/oci';
import { grypeSource } from './grype.js';
import { runScanner } from './process.js';
import type { ScanTarget } from './target.js';

export interface SyftOptions {
  binary: string;
  target: ScanTarget;
  /** At least one output file. */
  outputs: { cyclonedx?: string; spdx?: string };
  platform?: string;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
}

export function syftArgs(options: Pick<SyftOptions, 'target' | 'outputs' | 'platform'>): string[] {
  const outputs: string[] = [];
  if (options.outputs.cyclonedx) outputs.push('--output', `cyclonedx-json=${options.outputs.cyclonedx}`);
  if (options.outputs.spdx) outputs.push('--output', `spdx-json=${options.outputs.spdx}`);
  if (outputs.length === 0) throw new Error('syftArgs: no output requested');
  // syft and grype share the source schemes (both build on stereoscope).
  return ['scan', grypeSource(options.target), ...outputs, ...(options.platform ? ['--platform', options.platform] : [])];
}

export function syftEnv(options: Pick<SyftOptions, 'target' | 'env'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), SYFT_CHECK_FOR_APP_UPDATE: 'false' };
  if (options.target.kind === 'image' && isLoopbackRegistry(parseReference(options.target.ref).registry)) env['SYFT_REGISTRY_INSECURE_USE_HTTP'] = 'true';
  return env;
}

/** syft needs no database: any failure is the tool's. */
export async function runSyft(options: SyftOptions): Promise<{ durationMs: number }> {
  const started = performance.now();
  await runScanner({
    scanner: 'syft',
    binary: options.binary,
    args: syftArgs(options),
    env: syftEnv(options),
    logger: options.logger,
    outputs: Object.values(options.outputs).filter((file): file is string => typeof file === 'string'),
    classify: () => undefined,
  });
  return { durationMs: performance.now() - started };
}
