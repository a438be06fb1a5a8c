import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidValueError, silentLogger } from '@service-pipeline/action-kit';
import {
  checkTrivyDb,
  DatabaseUnavailableError,
  DEFAULT_TRIVY_DB_REPOSITORIES,
  formatAge,
  parseDbRepositories,
  prepareTrivyDb,
  readTrivyDbMetadata,
  trivyDbCacheKey,
  trivyDbCacheKeys,
  type DbCacheStore,
} from '../../src/index.js';
import { tempDir } from '../temp-dir.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-03-10T12:00:00Z');

/** Writes the two files trivy keeps in `<cache-dir>/db`, as trivy itself writes metadata.json. */
async function writeDb(cacheDir: string, updatedAt: Date, metadata: Record<string, unknown> = {}): Promise<void> {
  await mkdir(join(cacheDir, 'db'), { recursive: true });
  await writeFile(join(cacheDir, 'db', 'trivy.db'), `db built ${updatedAt.toISOString()}`);
  const fields = { Version: 2, NextUpdate: new Date(updatedAt.getTime() + 6 * HOUR).toISOString(), UpdatedAt: updatedAt.toISOString(), DownloadedAt: updatedAt.toISOString(), ...metadata };
  await writeFile(join(cacheDir, 'db', 'metadata.json'), JSON.stringify(fields));
}

test('reads metadata.json: absent is undefined, malformed is DatabaseUnavailableError', async (t) => {
  const dir = await tempDir(t, 'trivy-meta-');
  assert.equal(await readTrivyDbMetadata(dir), undefined);
  await writeDb(dir, NOW);
  assert.deepEqual(await readTrivyDbMetadata(dir), { version: 2, updatedAt: NOW, nextUpdate: new Date(NOW.getTime() + 6 * HOUR), downloadedAt: NOW });
  await writeDb(dir, NOW, { DownloadedAt: undefined });
  assert.equal((await readTrivyDbMetadata(dir))?.downloadedAt, undefined);
  for (const bad of ['{', '[]', '{"Version":2}', '{"Version":"2","UpdatedAt":"2026-01-01T00:00:00Z","NextUpdate":"2026-01-01T00:00:00Z"}', '{"Version":2,"UpdatedAt":"yesterday","NextUpdate":"2026-01-01T00:00:00Z"}']) {
    await writeFile(join(dir, 'db', 'metadata.json'), bad);
    await assert.rejects(readTrivyDbMetadata(dir), (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'unreadable' && /delete .*\/db so trivy downloads/.test(error.message), bad);
  }
});

test('max-db-age: the age counts from UpdatedAt, older is stale, missing is missing', async (t) => {
  const dir = await tempDir(t, 'trivy-age-');
  await assert.rejects(checkTrivyDb(dir, { maxAgeMs: DAY, now: NOW }), (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'missing');
  // Downloaded just now, but built 30 hours ago: a restored old DB is as old as its content.
  await writeDb(dir, new Date(NOW.getTime() - 30 * HOUR), { DownloadedAt: NOW.toISOString() });
  const status = await checkTrivyDb(dir, { maxAgeMs: 2 * DAY, now: NOW });
  assert.equal(status.ageMs, 30 * HOUR);
  await assert.rejects(checkTrivyDb(dir, { maxAgeMs: DAY, now: NOW }), (error: unknown) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.equal(error.problem, 'stale');
    assert.equal(error.scanner, 'trivy');
    assert.match(error.message, /is 1d 6h old \(updated 2026-03-09T06:00:00\.000Z\), more than max-db-age 1d 0h; .*raise max-db-age/);
    return true;
  });
});

test('formats ages', () => {
  const cases: [number, string][] = [[0, '0m'], [59_999, '0m'], [42 * 60_000, '42m'], [5 * HOUR + 12 * 60_000, '5h 12m'], [3 * DAY + 4 * HOUR + 59 * 60_000, '3d 4h'], [-5, '0m']];
  for (const [ms, text] of cases) assert.equal(formatAge(ms), text, String(ms));
});

test('db-repository: mirror first by default, entries kept as written, other schema tags refused', () => {
  assert.deepEqual(parseDbRepositories([]), ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']);
  assert.deepEqual(DEFAULT_TRIVY_DB_REPOSITORIES, ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']);
  const pinned = `ghcr.io/aquasecurity/trivy-db@sha256:${'a'.repeat(64)}`;
  assert.deepEqual(parseDbRepositories([' registry.internal:5000/mirror/trivy-db', 'ghcr.io/aquasecurity/trivy-db:2', pinned]), ['registry.internal:5000/mirror/trivy-db', 'ghcr.io/aquasecurity/trivy-db:2', pinned]);
  const bad: [string, RegExp][] = [
    ['ghcr.io/aquasecurity/trivy-db:1', /the trivy DB repository list asks for tag 1 .* reads DB schema 2; use the tag :2 or no tag/],
    ['https://ghcr.io/aquasecurity/trivy-db', /the trivy DB repository list has an invalid repository .*URL scheme/],
    ['ghcr.io/Aqua Security/trivy-db', /the trivy DB repository list has an invalid repository/],
  ];
  for (const [entry, message] of bad) assert.throws(() => parseDbRepositories([entry]), (error: unknown) => error instanceof InvalidValueError && message.test(error.message), entry);
});

test('cache keys are dated by UTC day with the schema prefix as restore key', () => {
  assert.deepEqual(trivyDbCacheKeys(new Date('2026-03-10T23:59:59Z')), { key: 'trivy-db-2-2026-03-10', restoreKeys: ['trivy-db-2-'] });
  assert.equal(trivyDbCacheKey(new Date('2026-03-11T00:00:00Z')), 'trivy-db-2-2026-03-11');
});

/**
 * A cache kept in a directory with the service's matching rules: the exact key first, then
 * the newest entry whose key starts with a restore key.
 */
function directoryCache(root: string): DbCacheStore & { keys: string[] } {
  const keys: string[] = [];
  const entryDir = (key: string, i: number): string => join(root, key, String(i));
  return {
    keys,
    async restore(paths, primaryKey, restoreKeys) {
      const hit = keys.includes(primaryKey) ? primaryKey : restoreKeys.map((prefix) => keys.findLast((k) => k.startsWith(prefix))).find((k) => k !== undefined);
      if (!hit) return undefined;
      for (const [i, path] of paths.entries()) await cp(entryDir(hit, i), path, { recursive: true });
      return hit;
    },
    async save(paths, key) {
      if (keys.includes(key)) throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
      for (const [i, path] of paths.entries()) await cp(path, entryDir(key, i), { recursive: true });
      keys.push(key);
    },
  };
}

test('prepareTrivyDb: restores the newest cached DB, refreshes it and saves it under its UpdatedAt day once', async (t) => {
  const work = await tempDir(t, 'trivy-prepare-');
  const store = directoryCache(join(work, 'cache-service'));
  const seed = join(work, 'seed');
  await writeDb(seed, new Date('2026-03-08T06:00:00Z'));
  await store.save([join(seed, 'db')], 'trivy-db-2-2026-03-08');

  // Run 1: yesterday's entry is restored, trivy downloads today's DB, it is saved under today's key.
  const run1 = join(work, 'run1');
  let updates = 0;
  const first = await prepareTrivyDb({
    cacheDir: run1,
    maxAgeMs: DAY,
    store,
    now: () => NOW,
    logger: silentLogger,
    update: async () => {
      updates++;
      assert.ok((await readTrivyDbMetadata(run1))?.updatedAt.getTime() === new Date('2026-03-08T06:00:00Z').getTime(), 'the cached DB is in place before trivy updates it');
      await writeDb(run1, new Date('2026-03-10T06:00:00Z'));
    },
  });
  assert.equal(updates, 1);
  assert.equal(first.restoredKey, 'trivy-db-2-2026-03-08');
  assert.equal(first.savedKey, 'trivy-db-2-2026-03-10');
  assert.equal(first.ageMs, 6 * HOUR);

  // Run 2 the same day: exact hit, trivy finds nothing newer, nothing is saved again.
  const run2 = join(work, 'run2');
  const second = await prepareTrivyDb({ cacheDir: run2, maxAgeMs: DAY, store, now: () => NOW, logger: silentLogger, update: async () => {} });
  assert.equal(second.restoredKey, 'trivy-db-2-2026-03-10');
  assert.equal(second.savedKey, undefined);
  assert.deepEqual(store.keys, ['trivy-db-2-2026-03-08', 'trivy-db-2-2026-03-10']);
});

test('prepareTrivyDb: a failed download falls back to a young cached DB, never to a stale or missing one', async (t) => {
  const work = await tempDir(t, 'trivy-fallback-');
  const offline = async (): Promise<void> => {
    throw new Error('GET https://mirror.gcr.io/v2/aquasec/trivy-db/manifests/2: connection refused');
  };
  const warnings: string[] = [];
  const logger = { ...silentLogger, warning: (message: string) => warnings.push(message) };

  await assert.rejects(prepareTrivyDb({ cacheDir: join(work, 'none'), maxAgeMs: DAY, now: () => NOW, logger, update: offline }), (error: unknown) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.equal(error.problem, 'missing');
    assert.match(error.message, /could not be downloaded and none is cached: GET https:\/\/mirror\.gcr\.io.*connection refused; make one of the db-repository entries reachable/);
    return true;
  });

  const store = directoryCache(join(work, 'cache-service'));
  const seed = join(work, 'seed');
  await writeDb(seed, new Date(NOW.getTime() - 20 * HOUR));
  await store.save([join(seed, 'db')], trivyDbCacheKey(new Date(NOW.getTime() - 20 * HOUR)));
  const young = await prepareTrivyDb({ cacheDir: join(work, 'young'), maxAgeMs: DAY, store, now: () => NOW, logger, update: offline });
  assert.equal(young.ageMs, 20 * HOUR);
  assert.match(young.updateError ?? '', /connection refused/);
  assert.match(warnings.join('\n'), /updating the trivy DB failed, using the one in .*young\/db: GET https:\/\/mirror/);

  await assert.rejects(
    prepareTrivyDb({ cacheDir: join(work, 'stale'), maxAgeMs: 12 * HOUR, store, now: () => NOW, logger, update: offline }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'stale',
  );
});

test('prepareTrivyDb: cache outages only warn; without update the DB is used as it is', async (t) => {
  const dir = await tempDir(t, 'trivy-cache-outage-');
  await writeDb(dir, new Date(NOW.getTime() - HOUR));
  const warnings: string[] = [];
  const broken: DbCacheStore = {
    restore: async () => {
      throw new Error('Cache service responded with 503');
    },
    save: async () => {
      throw new Error('Cache service responded with 503');
    },
  };
  const prepared = await prepareTrivyDb({ cacheDir: dir, maxAgeMs: DAY, store: broken, now: () => NOW, logger: { ...silentLogger, warning: (m) => warnings.push(m) } });
  assert.equal(prepared.ageMs, HOUR);
  assert.equal(prepared.savedKey, undefined);
  assert.deepEqual(warnings.map((w) => w.replace(/:.*/, '')), ['restoring the trivy DB from the cache failed', 'saving the trivy DB to the cache under trivy-db-2-2026-03-10 failed']);
});
