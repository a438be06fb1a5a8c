import * as cache from '@actions/cache';
import type { DbCacheStore } from '@service-pipeline/scanners';

/** @actions/cache as the DB module's store; undefined outside a runner with the cache service. */
export function actionsCacheStore(): DbCacheStore | undefined {
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    save: async (paths, key) => {
      await cache.saveCache(paths, key);
    },
  };
}
