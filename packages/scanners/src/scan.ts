import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@service-pipeline/action-kit';
import { installTool } from '@service-pipeline/tools';
import { type DbCacheStore, formatAge, scanWithTrivyDb } from './db/index.js';
import { type ParsedReport, parseGrypeReport, parseTrivyReport, type ScannerName } from './findings/index.js';
import { runGrype, runTrivy, type ScanTarget } from './runners/index.js';
import { readScannerOutput } from './runners/process.js';

export interface ScanOptions {
  scanners: readonly ScannerName[];
  target: ScanTarget;
  /** Per scanner: a pinned version other than the default, or a binary to use as is. */
  tools: Partial<Record<ScannerName, { version?: string; path?: string; baseUrl?: string }>>;
  /** Where scanners are installed and their install records kept; default RUNNER_TOOL_CACHE. */
  toolCacheDir?: string;
  /** trivy DB repositories, mirror first. */
  dbRepositories: string[];
  maxDbAgeMs: number;
  /** Scanner caches live in `<cacheRoot>/<scanner>` (trivy's is shared with SBOM generation). */
  cacheRoot: string;
  /** Reports are written here. */
  workDir: string;
  /** Registry credentials for an image target, handed to each scanner in its own variables. */
  credentials?: { username: string; password: string };
  /** The trivy DB cache across runs (@actions/cache in the action); absent locally. */
  dbStore?: DbCacheStore;
  logger: Logger;
}

/** Each scanner gets the registry credentials in its own variables only. */
function registryEnv(scanner: ScannerName, credentials: ScanOptions['credentials']): NodeJS.ProcessEnv {
  if (!credentials) return process.env;
  const { username, password } = credentials;
  return scanner === 'trivy'
    ? { ...process.env, TRIVY_USERNAME: username, TRIVY_PASSWORD: password }
    : { ...process.env, GRYPE_REGISTRY_AUTH_USERNAME: username, GRYPE_REGISTRY_AUTH_PASSWORD: password };
}

async function scanWith(scanner: ScannerName, options: ScanOptions): Promise<ParsedReport> {
  const { logger, target } = options;
  const tool = await installTool(scanner, { ...options.tools[scanner], ...(options.toolCacheDir ? { cacheDir: options.toolCacheDir } : {}), logger });
  logger.info(`${scanner} ${tool.version} (${tool.source}: ${tool.path})`);
  const output = join(options.workDir, `${scanner}.json`);
  const env = registryEnv(scanner, options.credentials);
  if (scanner === 'trivy') {
    const cacheDir = join(options.cacheRoot, 'trivy');
    await mkdir(cacheDir, { recursive: true });
    // One trivy start: a DB that is due is downloaded by the scan itself (mirror first).
    const db = await scanWithTrivyDb({
      cacheDir,
      maxAgeMs: options.maxDbAgeMs,
      ...(options.dbStore ? { store: options.dbStore } : {}),
      scan: (update) =>
        runTrivy({
          binary: tool.path,
          target,
          report: { kind: 'vulnerabilities' },
          output,
          cacheDir,
          db: update ? { repositories: options.dbRepositories } : { skipUpdate: true },
          env,
          logger,
        }),
      logger,
    });
    logger.info(
      `trivy DB from ${db.metadata.updatedAt.toISOString()}, ${formatAge(db.ageMs)} old${db.updated && !db.updateError ? ' (fetched by this scan)' : ''}`,
    );
    return { ...parseTrivyReport((await readScannerOutput('trivy', output)).toString('utf8')), database: { updatedAt: db.metadata.updatedAt } };
  }
  const maxDbAgeHours = Math.max(1, Math.round(options.maxDbAgeMs / 3_600_000));
  await runGrype({ binary: tool.path, target, output, cacheDir: join(options.cacheRoot, 'grype'), maxDbAgeHours, env, logger });
  return parseGrypeReport((await readScannerOutput('grype', output)).toString('utf8'));
}

/**
 * Runs each scanner on the target (installing the pinned binary, preparing its DB) and parses
 * its report. Any scanner or DB failure propagates: "could not scan" is never a verdict.
 */
export async function runScanners(options: ScanOptions, label: string): Promise<ParsedReport[]> {
  await mkdir(options.workDir, { recursive: true });
  const reports: ParsedReport[] = [];
  for (const scanner of options.scanners) reports.push(await options.logger.group(`Scanning ${label} with ${scanner}`, () => scanWith(scanner, options)));
  return reports;
}
