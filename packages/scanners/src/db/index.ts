export { DatabaseUnavailableError } from './errors.js';
export type { DatabaseProblem } from './errors.js';
export { checkTrivyDb, formatAge, readTrivyDbMetadata, TRIVY_DB_SCHEMA, trivyDbDir } from './trivy-db.js';
export type { TrivyDbMetadata, TrivyDbStatus } from './trivy-db.js';
export { DEFAULT_TRIVY_DB_REPOSITORIES, parseDbRepositories } from './db-repository.js';
export { prepareTrivyDb, trivyDbCacheKey, trivyDbCacheKeys } from './db-cache.js';
export type { DbCacheStore, PrepareTrivyDbOptions, PreparedTrivyDb } from './db-cache.js';
