import type { Logger } from '@service-pipeline/action-kit';
import type { RunResult } from '@service-pipeline/action-kit/exec';
import { isLoopbackRegistry, parseReference } from '@service-pipeline/oci';
import { type DatabaseProblem, DatabaseUnavailableError } from '../db/errors.js';
import { plainLines, runScanner } from './process.js';
import type { ScanTarget } from './target.js';
import type { ScannerRun } from './trivy.js';

export interface GrypeOptions {
  binary: string;
  target: ScanTarget;
  /** File the JSON report is written to. */
  output: string;
  /** Where grype keeps its vulnerability DB. */
  cacheDir: string;
  /** URL of the DB listing (a mirror); default grype's. */
  dbUpdateUrl?: string;
  /** Use the DB already in `cacheDir`; fail if there is none. */
  skipDbUpdate?: boolean;
  /** Refuse a DB built longer ago than this (grype's own check); default grype's (5 days). */
  maxDbAgeHours?: number;
  platform?: string;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
}

/** grype's source scheme for each target kind. */
export function grypeSource(target: ScanTarget): string {
  switch (target.kind) {
    case 'oci-layout':
      return `oci-dir:${target.dir}`;
    case 'image':
      return `registry:${target.ref}`;
    case 'sbom':
      return `sbom:${target.path}`;
    case 'directory':
      return `dir:${target.path}`;
  }
}

export function grypeArgs(options: Pick<GrypeOptions, 'target' | 'output' | 'platform'>): string[] {
  return [grypeSource(options.target), '--output', 'json', '--file', options.output, ...(options.platform ? ['--platform', options.platform] : [])];
}

export function grypeEnv(options: Pick<GrypeOptions, 'target' | 'cacheDir' | 'dbUpdateUrl' | 'skipDbUpdate' | 'maxDbAgeHours' | 'env'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    GRYPE_DB_CACHE_DIR: options.cacheDir,
    GRYPE_CHECK_FOR_APP_UPDATE: 'false',
  };
  if (options.dbUpdateUrl) env['GRYPE_DB_UPDATE_URL'] = options.dbUpdateUrl;
  if (options.skipDbUpdate) env['GRYPE_DB_AUTO_UPDATE'] = 'false';
  if (options.maxDbAgeHours !== undefined) {
    env['GRYPE_DB_VALIDATE_AGE'] = 'true';
    env['GRYPE_DB_MAX_ALLOWED_BUILT_AGE'] = `${options.maxDbAgeHours}h`;
  }
  if (options.target.kind === 'image' && isLoopbackRegistry(parseReference(options.target.ref).registry)) env['GRYPE_REGISTRY_INSECURE_USE_HTTP'] = 'true';
  return env;
}

const GRYPE_DB_FAILURES: [RegExp, DatabaseProblem][] = [
  [/was built \d+ days ago|max allowed age|too old|stale/i, 'stale'],
  [/schema/i, 'schema'],
  [/unable to (update|download|check for)|failed to (download|update)|no vulnerability database|does not exist|not found/i, 'missing'],
  [/.*/, 'unreadable'],
];

/** A failed grype run whose output blames the vulnerability DB. */
export function classifyGrypeFailure(result: Pick<RunResult, 'tail'>): DatabaseUnavailableError | undefined {
  const line = plainLines(result.tail).find((text) => /vulnerability (db|database)|\bdb\b/i.test(text));
  if (!line) return undefined;
  const problem = GRYPE_DB_FAILURES.find(([pattern]) => pattern.test(line))![1];
  const fix = 'restore a cached grype DB before the scan, or let grype download it (network access to its DB listing, or set a reachable mirror)';
  return new DatabaseUnavailableError('grype', problem, `is unavailable: ${line.replace(/^\s*\[\d+\]\s*|^\s*(ERROR|FATAL)\s*/i, '').trim()}`, fix);
}

export async function runGrype(options: GrypeOptions): Promise<ScannerRun> {
  const started = performance.now();
  await runScanner({
    scanner: 'grype',
    binary: options.binary,
    args: grypeArgs(options),
    env: grypeEnv(options),
    logger: options.logger,
    outputs: [options.output],
    classify: classifyGrypeFailure,
  });
  return { output: options.output, durationMs: performance.now() - started };
}
