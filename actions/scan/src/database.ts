import type { DbCacheStore } from '@service-pipeline/scanners';

/**
 * @actions/cache as the DB module's store; undefined outside a runner with the cache service.
 * Loaded when the scan runs, not when the action starts (it is the largest part of the bundle).
 */
export async function actionsCacheStore(): Promise<DbCacheStore | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    save: async (paths, key) => {
      await cache.saveCache(paths, key);
    },
  };
}
