import type { Logger } from '@service-pipeline/action-kit';
import { DatabaseUnavailableError } from './errors.js';
import { checkTrivyDb, formatAge, readTrivyDbMetadata, TRIVY_DB_SCHEMA, trivyDbDir, type TrivyDbStatus } from './trivy-db.js';

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

export interface PrepareTrivyDbOptions {
  cacheDir: string;
  maxAgeMs: number;
  /** Absent: no cache across runs (e.g. outside Actions). */
  store?: DbCacheStore;
  /**
   * Downloads or refreshes the DB (trivy `--download-db-only`); absent when the DB must be
   * used as it is (skip-db-update).
   */
  update?: () => Promise<void>;
  now?: () => Date;
  logger: Logger;
}

export interface PreparedTrivyDb extends TrivyDbStatus {
  /** The cache entry restored, if any. */
  restoredKey?: string;
  /** The key the DB was saved under, when this run saved it. */
  savedKey?: string;
  /** Why the update failed, when the DB used is the cached one. */
  updateError?: string;
}

/**
 * Restores the DB from the cache, refreshes it, checks it against max-db-age and saves it
 * under the key of its UpdatedAt day when that entry does not exist yet. A failed refresh
 * falls back to the restored DB while it is young enough; cache trouble only warns, because
 * the cache saves time and nothing else.
 */
export async function prepareTrivyDb(options: PrepareTrivyDbOptions): Promise<PreparedTrivyDb> {
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
  let updateError: string | undefined;
  if (options.update) {
    try {
      await options.update();
    } catch (error) {
      updateError = (error as Error).message;
      if (!(await readTrivyDbMetadata(options.cacheDir))) {
        if (error instanceof DatabaseUnavailableError) throw error;
        throw new DatabaseUnavailableError('trivy', 'missing', `could not be downloaded and none is cached: ${updateError}`, 'make one of the db-repository entries reachable (a mirror first), or restore a DB from the cache', { cause: error });
      }
      logger.warning(`updating the trivy DB failed, using the one in ${paths[0]}: ${updateError}`);
    }
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
  return { ...status, ...(restoredKey ? { restoredKey } : {}), ...(savedKey ? { savedKey } : {}), ...(updateError ? { updateError } : {}) };
}
