import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseUnavailableError } from './errors.js';

/**
 * The trivy-db schema the pinned trivy reads (trivy-db `db.SchemaVersion`): the tag of the DB
 * repositories (`...trivy-db:2`), the cache key prefix and metadata.json's `Version`.
 */
export const TRIVY_DB_SCHEMA = 2;

/** What metadata.json next to trivy.db says about the DB. */
export interface TrivyDbMetadata {
  version: number;
  /** When upstream built the DB: its age is counted from here. */
  updatedAt: Date;
  /** When upstream publishes the next one (trivy downloads again after it). */
  nextUpdate: Date;
  /** When this copy was downloaded; absent in DBs written by older trivy versions. */
  downloadedAt?: Date;
}

export interface TrivyDbStatus {
  metadata: TrivyDbMetadata;
  /** Milliseconds between `updatedAt` and now. */
  ageMs: number;
}

/** trivy keeps its vulnerability DB in `<cache-dir>/db` (trivy.db + metadata.json). */
export function trivyDbDir(cacheDir: string): string {
  return join(cacheDir, 'db');
}

function parseTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads `<cache-dir>/db/metadata.json`; undefined when there is no DB yet. */
export async function readTrivyDbMetadata(cacheDir: string): Promise<TrivyDbMetadata | undefined> {
  const path = join(trivyDbDir(cacheDir), 'metadata.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DatabaseUnavailableError('trivy', 'unreadable', `metadata ${path} cannot be read`, 'check the permissions of the trivy cache dir', {
      cause: error,
    });
  }
  const unreadable = (why: string): DatabaseUnavailableError =>
    new DatabaseUnavailableError('trivy', 'unreadable', `metadata ${path} ${why}`, `delete ${trivyDbDir(cacheDir)} so trivy downloads the DB again`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw unreadable('is not JSON');
  }
  if (typeof raw !== 'object' || raw === null) throw unreadable('is not a JSON object');
  const fields = raw as Record<string, unknown>;
  const updatedAt = parseTime(fields['UpdatedAt']);
  const nextUpdate = parseTime(fields['NextUpdate']);
  if (typeof fields['Version'] !== 'number' || !updatedAt || !nextUpdate) throw unreadable('lacks Version, UpdatedAt or NextUpdate');
  const downloadedAt = parseTime(fields['DownloadedAt']);
  return { version: fields['Version'], updatedAt, nextUpdate, ...(downloadedAt ? { downloadedAt } : {}) };
}

/** `3d 4h`, `5h 12m`, `42m`: enough precision to judge a DB's age. */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes % 60}m`;
  return `${minutes}m`;
}

/**
 * The DB in `cacheDir` as the scan will use it: present, of the schema trivy reads and not
 * older than `maxAgeMs` (counted from upstream's UpdatedAt, not from the download, so a DB
 * restored from an old cache entry is as old as its content). Anything else is
 * DatabaseUnavailableError.
 */
export async function checkTrivyDb(cacheDir: string, options: { maxAgeMs: number; now?: Date }): Promise<TrivyDbStatus> {
  const metadata = await readTrivyDbMetadata(cacheDir);
  if (!metadata) {
    throw new DatabaseUnavailableError(
      'trivy',
      'missing',
      `is not in ${trivyDbDir(cacheDir)}`,
      'let trivy download it (do not skip the DB update, and make one of the db-repository entries reachable) or restore it from the cache',
    );
  }
  if (metadata.version !== TRIVY_DB_SCHEMA) {
    throw new DatabaseUnavailableError(
      'trivy',
      'schema',
      `in ${trivyDbDir(cacheDir)} has schema ${metadata.version}, this trivy reads schema ${TRIVY_DB_SCHEMA}`,
      `download a trivy-db:${TRIVY_DB_SCHEMA} DB (db-repository entries must be tagged :${TRIVY_DB_SCHEMA})`,
    );
  }
  const ageMs = (options.now ?? new Date()).getTime() - metadata.updatedAt.getTime();
  if (ageMs > options.maxAgeMs) {
    throw new DatabaseUnavailableError(
      'trivy',
      'stale',
      `is ${formatAge(ageMs)} old (updated ${metadata.updatedAt.toISOString()}), more than max-db-age ${formatAge(options.maxAgeMs)}`,
      'let trivy update it (do not skip the DB update; check that a db-repository mirror is reachable) or raise max-db-age',
    );
  }
  return { metadata, ageMs };
}
