export type { DbCacheStore, ScanWithTrivyDbOptions, TrivyDbScan } from './db-cache.js';
export { scanWithTrivyDb, trivyDbCacheKey, trivyDbCacheKeys, trivyDbUpdateDue } from './db-cache.js';
export { DEFAULT_TRIVY_DB_REPOSITORIES, parseDbRepositories } from './db-repository.js';
export type { DatabaseProblem } from './errors.js';
export { DatabaseUnavailableError } from './errors.js';
export type { TrivyDbMetadata, TrivyDbStatus } from './trivy-db.js';
export { checkTrivyDb, formatAge, readTrivyDbMetadata, TRIVY_DB_SCHEMA, trivyDbDir } from './trivy-db.js';
