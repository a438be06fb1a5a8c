import type { Logger } from '@service-pipeline/action-kit';
import { DatabaseUnavailableError } from './errors.js';
import { checkTrivyDb, formatAge, readTrivyDbMetadata, TRIVY_DB_SCHEMA, type TrivyDbMetadata, type TrivyDbStatus, trivyDbDir } from './trivy-db.js';

/**
 * The cache across workflow runs. The scan action implements it with @actions/cache
 * (restoreCache/saveCache); the library only decides keys and when to save, so it runs and
 * is tested without a runner.
 */
export interface DbCacheStore {
  /** Restores `paths`; returns the key of the entry restored, undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

const KEY_PREFIX = `trivy-db-${TRIVY_DB_SCHEMA}-`;

/** The cache key of a DB built on `date` (UTC day): one entry per upstream DB per day. */
export function trivyDbCacheKey(date: Date): string {
  return `${KEY_PREFIX}${date.toISOString().slice(0, 10)}`;
}

/** Today's key first, then the newest entry of the same schema (the service matches prefixes, newest first). */
export function trivyDbCacheKeys(now: Date): { key: string; restoreKeys: string[] } {
  return { key: trivyDbCacheKey(now), restoreKeys: [KEY_PREFIX] };
}

export interface ScanWithTrivyDbOptions<T> {
  cacheDir: string;
  maxAgeMs: number;
  /** Absent: no cache across runs (e.g. outside Actions). */
  store?: DbCacheStore;
  /**
   * The scan itself. `update` true: trivy may download a newer DB as part of this run (its
   * metadata says one is due); false: it must use the DB in `cacheDir` as it is.
   */
  scan: (update: boolean) => Promise<T>;
  now?: () => Date;
  logger: Logger;
}

export interface TrivyDbScan<T> extends TrivyDbStatus {
  result: T;
  /** Whether the scan was allowed to download (the DB in the cache was missing or due). */
  updated: boolean;
  /** The cache entry restored, if any. */
  restoredKey?: string;
  /** The key the DB was saved under, when this run saved it. */
  savedKey?: string;
  /** Why the download failed, when the scan then ran on the cached DB. */
  updateError?: string;
}

/** trivy downloads again only after upstream's NextUpdate, and not within an hour of the last download. */
const REDOWNLOAD_PAUSE_MS = 3_600_000;

/**
 * Whether trivy would fetch a DB, decided from metadata.json as trivy decides it, so a fresh
 * DB costs no network and no extra trivy start, and a due one is fetched by the scan itself.
 */
export function trivyDbUpdateDue(metadata: TrivyDbMetadata | undefined, now: Date): boolean {
  if (!metadata || metadata.version !== TRIVY_DB_SCHEMA) return true;
  if (metadata.downloadedAt && now.getTime() - metadata.downloadedAt.getTime() < REDOWNLOAD_PAUSE_MS) return false;
  return now.getTime() >= metadata.nextUpdate.getTime();
}

/**
 * Runs one trivy scan with the DB handled around it: restores the DB from the cache, lets the
 * scan download a newer one only when metadata.json says one is due, checks the DB the scan
 * used against max-db-age (a result from a too old DB is thrown away) and saves the DB under
 * the key of its UpdatedAt day when that entry does not exist yet. A failed download falls back
 * to the cached DB while it is young enough (the one case that costs a second trivy start);
 * cache trouble only warns, because the cache saves time and nothing else.
 */
export async function scanWithTrivyDb<T>(options: ScanWithTrivyDbOptions<T>): Promise<TrivyDbScan<T>> {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const paths = [trivyDbDir(options.cacheDir)];
  let restoredKey: string | undefined;
  if (options.store) {
    const { key, restoreKeys } = trivyDbCacheKeys(now());
    try {
      restoredKey = await options.store.restore(paths, key, restoreKeys);
      logger.info(restoredKey ? `trivy DB restored from cache entry ${restoredKey}` : `no cached trivy DB for ${key}`);
    } catch (error) {
      logger.warning(`restoring the trivy DB from the cache failed: ${(error as Error).message}`);
    }
  }
  const cached = await readTrivyDbMetadata(options.cacheDir);
  const updated = trivyDbUpdateDue(cached, now());
  // Without a due update the cached DB is what the scan will use: judge it before starting trivy.
  if (!updated) await checkTrivyDb(options.cacheDir, { maxAgeMs: options.maxAgeMs, now: now() });
  let result: T;
  let updateError: string | undefined;
  try {
    result = await options.scan(updated);
  } catch (error) {
    if (!updated || !(error instanceof DatabaseUnavailableError)) throw error;
    updateError = error.message;
    // Nothing cached to fall back on: trivy's own account of the failed download is the error.
    if (!(await readTrivyDbMetadata(options.cacheDir))) throw error;
    await checkTrivyDb(options.cacheDir, { maxAgeMs: options.maxAgeMs, now: now() });
    logger.warning(`updating the trivy DB failed, scanning with the one in ${paths[0]}: ${updateError}`);
    result = await options.scan(false);
  }
  const status = await checkTrivyDb(options.cacheDir, { maxAgeMs: options.maxAgeMs, now: now() });
  logger.info(`trivy DB updated ${status.metadata.updatedAt.toISOString()} (${formatAge(status.ageMs)} old)`);
  let savedKey: string | undefined;
  const key = trivyDbCacheKey(status.metadata.updatedAt);
  if (options.store && key !== restoredKey) {
    try {
      await options.store.save(paths, key);
      savedKey = key;
    } catch (error) {
      logger.warning(`saving the trivy DB to the cache under ${key} failed: ${(error as Error).message}`);
    }
  }
  return { result, updated, ...status, ...(restoredKey ? { restoredKey } : {}), ...(savedKey ? { savedKey } : {}), ...(updateError ? { updateError } : {}) };
}
