import type { Logger } from '@service-pipeline/action-kit';
import type { RunResult } from '@service-pipeline/action-kit/exec';
import { isLoopbackRegistry, parseReference } from '@service-pipeline/oci';
import { type DatabaseProblem, DatabaseUnavailableError } from '../db/errors.js';
import { plainLines, runScanner } from './process.js';
import type { ScanTarget } from './target.js';

export type TrivyReport = { kind: 'vulnerabilities' } | { kind: 'sbom'; format: 'cyclonedx' | 'spdx-json' };

export interface TrivyOptions {
  binary: string;
  target: ScanTarget;
  report: TrivyReport;
  /** File the report is written to. */
  output: string;
  /** Trivy's cache: the vulnerability DB (`db/trivy.db` + `metadata.json`) and layer analysis. */
  cacheDir: string;
  /** Where the vulnerability DB comes from (the `TrivyDbFlags` of the db module fit here). */
  db?: {
    /** OCI repositories of the DB, tried in order (mirror first). */
    repositories?: readonly string[];
    /** Use the DB already in `cacheDir`; fail if there is none. */
    skipUpdate?: boolean;
  };
  /** Make no network requests beyond the target itself (no Maven Central lookups, no DB). */
  offline?: boolean;
  /** `os/arch` of the image to pick from a multi-platform target. */
  platform?: string;
  logger: Logger;
  /** Base environment; default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Command-line arguments: the subcommand, target and report; everything else goes through the environment. */
export function trivyArgs(options: Pick<TrivyOptions, 'target' | 'report' | 'output' | 'platform'>): string[] {
  const format =
    options.report.kind === 'vulnerabilities' ? ['--format', 'json', '--scanners', 'vuln', '--list-all-pkgs'] : ['--format', options.report.format];
  const common = [...format, '--output', options.output, ...(options.platform ? ['--platform', options.platform] : [])];
  const target = options.target;
  switch (target.kind) {
    case 'oci-layout':
      return ['image', ...common, '--input', target.digest ? `${target.dir}@${target.digest}` : target.dir];
    case 'image':
      // Only the registry: there is no Docker daemon to ask, and probing for one costs seconds.
      return ['image', ...common, '--image-src', 'remote', target.ref];
    case 'sbom':
      return ['sbom', ...common, target.path];
    case 'directory':
      return ['filesystem', ...common, target.path];
  }
}

/**
 * Environment variables rather than flags for the settings, because trivy ignores variables
 * it does not know while it rejects unknown flags: one runner works across trivy versions.
 */
export function trivyEnv(options: Pick<TrivyOptions, 'target' | 'cacheDir' | 'db' | 'offline' | 'env'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    TRIVY_CACHE_DIR: options.cacheDir,
    TRIVY_NO_PROGRESS: 'true',
    TRIVY_SKIP_VERSION_CHECK: 'true',
    TRIVY_DISABLE_VEX_NOTICE: 'true',
  };
  if (options.db?.repositories?.length) env['TRIVY_DB_REPOSITORY'] = options.db.repositories.join(',');
  if (options.db?.skipUpdate || options.offline) {
    env['TRIVY_SKIP_DB_UPDATE'] = 'true';
    env['TRIVY_SKIP_JAVA_DB_UPDATE'] = 'true';
  }
  if (options.offline) env['TRIVY_OFFLINE_SCAN'] = 'true';
  if (options.target.kind === 'image' && isLoopbackRegistry(parseReference(options.target.ref).registry)) env['TRIVY_INSECURE'] = 'true';
  return env;
}

const TRIVY_DB_FAILURES: [RegExp, DatabaseProblem][] = [
  [/cannot skip downloading DB/i, 'missing'],
  [/db (file )?does not exist/i, 'missing'],
  [/failed to download (vulnerability|the) DB/i, 'missing'],
  [/(too old|outdated|stale)/i, 'stale'],
  [/schema/i, 'schema'],
  [/DB error|failed to open( the)? DB/i, 'unreadable'],
];
const TRIVY_DB_PROGRESS = /(Need to update DB|Downloading DB|DB Repository:)/;

/**
 * The error line without its log prefix; where it ends in "N error(s) occurred:" (Go's multierror),
 * the `* cause` lines under it are what says why (no such host, refused, 401), so they are kept.
 */
function withCauses(line: string, lines: string[]): string {
  const text = line.replace(/^\S+\s+(FATAL|ERROR)\s+/, '').trim();
  if (!/errors? occurred:$/.test(text)) return text;
  const causes: string[] = [];
  for (const next of lines.slice(lines.indexOf(line) + 1)) {
    const cause = /^\s*\*\s+(.*)$/.exec(next);
    if (!cause) break;
    causes.push(cause[1]!.trim());
  }
  return causes.length ? `${text} ${causes.join('; ')}` : text;
}

/**
 * Decides whether a failed trivy run failed on its DB: an explicit DB error anywhere, or the
 * log stopping while the DB was being fetched (some builds exit without printing the cause).
 */
export function classifyTrivyFailure(result: Pick<RunResult, 'tail'>): DatabaseUnavailableError | undefined {
  const lines = plainLines(result.tail).filter((line) => line.trim() !== '');
  const repository = lines.map((line) => /DB Repository:\s*(\S+)/.exec(line)?.[1]).find(Boolean);
  const fix = `restore a cached DB before the scan, or let trivy download it (network access to ${repository ?? 'the DB repository'}, or list a reachable mirror first)`;
  const dbLines = lines.filter((line) => /\bDB\b|database/i.test(line));
  for (const [pattern, problem] of TRIVY_DB_FAILURES) {
    const line = dbLines.find((text) => pattern.test(text));
    if (line) return new DatabaseUnavailableError('trivy', problem, `is unavailable: ${withCauses(line, lines)}`, fix);
  }
  const last = lines.at(-1);
  if (last && TRIVY_DB_PROGRESS.test(last)) {
    return new DatabaseUnavailableError(
      'trivy',
      'missing',
      `could not be downloaded${repository ? ` from ${repository}` : ''} (trivy stopped while fetching it)`,
      fix,
    );
  }
  return undefined;
}

export interface ScannerRun {
  output: string;
  durationMs: number;
}

export async function runTrivy(options: TrivyOptions): Promise<ScannerRun> {
  const started = performance.now();
  await runScanner({
    scanner: 'trivy',
    binary: options.binary,
    args: trivyArgs(options),
    env: trivyEnv(options),
    logger: options.logger,
    outputs: [options.output],
    classify: classifyTrivyFailure,
  });
  return { output: options.output, durationMs: performance.now() - started };
}
