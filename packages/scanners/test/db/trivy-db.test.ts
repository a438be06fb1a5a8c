import assert from 'node:assert/strict';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { InvalidValueError, silentLogger } from '@service-pipeline/action-kit';
import {
  checkTrivyDb,
  DatabaseUnavailableError,
  type DbCacheStore,
  DEFAULT_TRIVY_DB_REPOSITORIES,
  formatAge,
  parseDbRepositories,
  readTrivyDbMetadata,
  scanWithTrivyDb,
  trivyDbCacheKey,
  trivyDbCacheKeys,
  trivyDbUpdateDue,
} from '../../src/index.js';
import { tempDir } from '../temp-dir.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-03-10T12:00:00Z');

/** Writes the two files trivy keeps in `<cache-dir>/db`, as trivy itself writes metadata.json. */
async function writeDb(cacheDir: string, updatedAt: Date, metadata: Record<string, unknown> = {}): Promise<void> {
  await mkdir(join(cacheDir, 'db'), { recursive: true });
  await writeFile(join(cacheDir, 'db', 'trivy.db'), `db built ${updatedAt.toISOString()}`);
  const fields = {
    Version: 2,
    NextUpdate: new Date(updatedAt.getTime() + 6 * HOUR).toISOString(),
    UpdatedAt: updatedAt.toISOString(),
    DownloadedAt: updatedAt.toISOString(),
    ...metadata,
  };
  await writeFile(join(cacheDir, 'db', 'metadata.json'), JSON.stringify(fields));
}

test('reads metadata.json: absent is undefined, malformed is DatabaseUnavailableError', async (t) => {
  const dir = await tempDir(t, 'trivy-meta-');
  assert.equal(await readTrivyDbMetadata(dir), undefined);
  await writeDb(dir, NOW);
  assert.deepEqual(await readTrivyDbMetadata(dir), { version: 2, updatedAt: NOW, nextUpdate: new Date(NOW.getTime() + 6 * HOUR), downloadedAt: NOW });
  await writeDb(dir, NOW, { DownloadedAt: undefined });
  assert.equal((await readTrivyDbMetadata(dir))?.downloadedAt, undefined);
  for (const bad of [
    '{',
    '[]',
    '{"Version":2}',
    '{"Version":"2","UpdatedAt":"2026-01-01T00:00:00Z","NextUpdate":"2026-01-01T00:00:00Z"}',
    '{"Version":2,"UpdatedAt":"yesterday","NextUpdate":"2026-01-01T00:00:00Z"}',
  ]) {
    await writeFile(join(dir, 'db', 'metadata.json'), bad);
    await assert.rejects(
      readTrivyDbMetadata(dir),
      (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'unreadable' && /delete .*\/db so trivy downloads/.test(error.message),
      bad,
    );
  }
});

test('max-db-age: the age counts from UpdatedAt, older is stale, missing is missing', async (t) => {
  const dir = await tempDir(t, 'trivy-age-');
  await assert.rejects(
    checkTrivyDb(dir, { maxAgeMs: DAY, now: NOW }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'missing',
  );
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
  const cases: [number, string][] = [
    [0, '0m'],
    [59_999, '0m'],
    [42 * 60_000, '42m'],
    [5 * HOUR + 12 * 60_000, '5h 12m'],
    [3 * DAY + 4 * HOUR + 59 * 60_000, '3d 4h'],
    [-5, '0m'],
  ];
  for (const [ms, text] of cases) assert.equal(formatAge(ms), text, String(ms));
});

test('db-repository: mirror first by default, entries kept as written, other schema tags refused', () => {
  assert.deepEqual(parseDbRepositories([]), ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']);
  assert.deepEqual(DEFAULT_TRIVY_DB_REPOSITORIES, ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']);
  const pinned = `ghcr.io/aquasecurity/trivy-db@sha256:${'a'.repeat(64)}`;
  assert.deepEqual(parseDbRepositories([' registry.internal:5000/mirror/trivy-db', 'ghcr.io/aquasecurity/trivy-db:2', pinned]), [
    'registry.internal:5000/mirror/trivy-db',
    'ghcr.io/aquasecurity/trivy-db:2',
    pinned,
  ]);
  const bad: [string, RegExp][] = [
    ['ghcr.io/aquasecurity/trivy-db:1', /the trivy DB repository list asks for tag 1 .* reads DB schema 2; use the tag :2 or no tag/],
    ['https://ghcr.io/aquasecurity/trivy-db', /the trivy DB repository list has an invalid repository .*URL scheme/],
    ['ghcr.io/Aqua Security/trivy-db', /the trivy DB repository list has an invalid repository/],
  ];
  for (const [entry, message] of bad)
    assert.throws(
      () => parseDbRepositories([entry]),
      (error: unknown) => error instanceof InvalidValueError && message.test(error.message),
      entry,
    );
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

/** A trivy stand-in: records what it was allowed to do; when allowed and given a DB date, it "downloads" that DB. */
function fakeScan(cacheDir: string, download?: Date | Error): { calls: boolean[]; scan: (update: boolean) => Promise<string> } {
  const calls: boolean[] = [];
  return {
    calls,
    scan: async (update) => {
      calls.push(update);
      if (update && download instanceof Error) throw download;
      if (update && download instanceof Date) await writeDb(cacheDir, download, { DownloadedAt: NOW.toISOString() });
      return 'report';
    },
  };
}

const OFFLINE = new DatabaseUnavailableError(
  'trivy',
  'missing',
  'could not be downloaded from mirror.gcr.io/aquasec/trivy-db (trivy stopped while fetching it)',
  'make a mirror reachable',
);

test('an update is due as trivy decides it: no DB, another schema, or past NextUpdate and not downloaded within the hour', () => {
  const fresh = { version: 2, updatedAt: new Date(NOW.getTime() - HOUR), nextUpdate: new Date(NOW.getTime() + 5 * HOUR) };
  assert.equal(trivyDbUpdateDue(undefined, NOW), true);
  assert.equal(trivyDbUpdateDue({ ...fresh, version: 1 }, NOW), true);
  assert.equal(trivyDbUpdateDue(fresh, NOW), false);
  const due = { ...fresh, nextUpdate: new Date(NOW.getTime() - HOUR) };
  assert.equal(trivyDbUpdateDue(due, NOW), true);
  assert.equal(trivyDbUpdateDue({ ...due, downloadedAt: new Date(NOW.getTime() - 30 * 60_000) }, NOW), false);
});

test('scanWithTrivyDb: restores the newest cached DB, lets the scan download a due one and saves it under its UpdatedAt day once', async (t) => {
  const work = await tempDir(t, 'trivy-prepare-');
  const store = directoryCache(join(work, 'cache-service'));
  const seed = join(work, 'seed');
  await writeDb(seed, new Date('2026-03-08T06:00:00Z'));
  await store.save([join(seed, 'db')], 'trivy-db-2-2026-03-08');

  // Run 1: yesterday's entry is restored, it is due, so the scan downloads today's DB; saved under today's key.
  const run1 = join(work, 'run1');
  const trivy1 = fakeScan(run1, new Date('2026-03-10T06:00:00Z'));
  const first = await scanWithTrivyDb({ cacheDir: run1, maxAgeMs: DAY, store, now: () => NOW, logger: silentLogger, scan: trivy1.scan });
  assert.deepEqual(trivy1.calls, [true], 'one trivy start, allowed to download');
  assert.equal(first.result, 'report');
  assert.equal(first.updated, true);
  assert.equal(first.restoredKey, 'trivy-db-2-2026-03-08');
  assert.equal(first.savedKey, 'trivy-db-2-2026-03-10');
  assert.equal(first.ageMs, 6 * HOUR);

  // Run 2 the same day: exact hit, the DB is fresh, the scan runs without a download, nothing is saved again.
  const run2 = join(work, 'run2');
  const trivy2 = fakeScan(run2);
  const second = await scanWithTrivyDb({ cacheDir: run2, maxAgeMs: DAY, store, now: () => NOW, logger: silentLogger, scan: trivy2.scan });
  assert.deepEqual(trivy2.calls, [false], 'one trivy start, with the DB fixed');
  assert.equal(second.restoredKey, 'trivy-db-2-2026-03-10');
  assert.equal(second.savedKey, undefined);
  assert.deepEqual(store.keys, ['trivy-db-2-2026-03-08', 'trivy-db-2-2026-03-10']);
});

test('scanWithTrivyDb: a failed download falls back to a young cached DB, never to a stale or missing one', async (t) => {
  const work = await tempDir(t, 'trivy-fallback-');
  const warnings: string[] = [];
  const logger = { ...silentLogger, warning: (message: string) => warnings.push(message) };

  const none = fakeScan(join(work, 'none'), OFFLINE);
  await assert.rejects(scanWithTrivyDb({ cacheDir: join(work, 'none'), maxAgeMs: DAY, now: () => NOW, logger, scan: none.scan }), (error: unknown) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.equal(error.problem, 'missing');
    assert.equal(error, OFFLINE, "trivy's own account of the failed download");
    return true;
  });
  assert.deepEqual(none.calls, [true]);

  const store = directoryCache(join(work, 'cache-service'));
  const seed = join(work, 'seed');
  await writeDb(seed, new Date(NOW.getTime() - 20 * HOUR));
  await store.save([join(seed, 'db')], trivyDbCacheKey(new Date(NOW.getTime() - 20 * HOUR)));
  const youngTrivy = fakeScan(join(work, 'young'), OFFLINE);
  const young = await scanWithTrivyDb({ cacheDir: join(work, 'young'), maxAgeMs: DAY, store, now: () => NOW, logger, scan: youngTrivy.scan });
  assert.deepEqual(youngTrivy.calls, [true, false], 'the download failed inside the scan; the scan ran again on the cached DB');
  assert.equal(young.ageMs, 20 * HOUR);
  assert.match(young.updateError ?? '', /could not be downloaded/);
  assert.match(warnings.join('\n'), /updating the trivy DB failed, scanning with the one in .*young\/db: trivy vulnerability database could not be downloaded/);

  const staleTrivy = fakeScan(join(work, 'stale'), OFFLINE);
  await assert.rejects(
    scanWithTrivyDb({ cacheDir: join(work, 'stale'), maxAgeMs: 12 * HOUR, store, now: () => NOW, logger, scan: staleTrivy.scan }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'stale',
  );
  assert.deepEqual(staleTrivy.calls, [true], 'no second start on a stale DB');

  const broken = fakeScan(join(work, 'broken'), new Error('trivy image failed (exit 1): unsupported media type'));
  await writeDb(join(work, 'broken'), new Date(NOW.getTime() - 20 * HOUR));
  await assert.rejects(scanWithTrivyDb({ cacheDir: join(work, 'broken'), maxAgeMs: DAY, now: () => NOW, logger, scan: broken.scan }), /unsupported media type/);
  assert.deepEqual(broken.calls, [true], 'a scan failure that is not about the DB is not retried');
});

test('scanWithTrivyDb: a cached DB older than max-db-age that is not due for an update fails before trivy starts', async (t) => {
  const dir = await tempDir(t, 'trivy-not-due-');
  // Downloaded 10 minutes ago from a mirror that serves a 5-day-old DB.
  await writeDb(dir, new Date(NOW.getTime() - 5 * DAY), { DownloadedAt: new Date(NOW.getTime() - 10 * 60_000).toISOString() });
  const trivy = fakeScan(dir);
  await assert.rejects(
    scanWithTrivyDb({ cacheDir: dir, maxAgeMs: DAY, now: () => NOW, logger: silentLogger, scan: trivy.scan }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'stale',
  );
  assert.deepEqual(trivy.calls, []);
});

test('scanWithTrivyDb: a DB the scan downloaded that is older than max-db-age throws the result away', async (t) => {
  const dir = await tempDir(t, 'trivy-stale-download-');
  const trivy = fakeScan(dir, new Date(NOW.getTime() - 4 * DAY));
  await assert.rejects(
    scanWithTrivyDb({ cacheDir: dir, maxAgeMs: DAY, now: () => NOW, logger: silentLogger, scan: trivy.scan }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'stale',
  );
  assert.deepEqual(trivy.calls, [true]);
});

test('scanWithTrivyDb: cache outages only warn; a fresh DB is used as it is', async (t) => {
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
  const trivy = fakeScan(dir);
  const scanned = await scanWithTrivyDb({
    cacheDir: dir,
    maxAgeMs: DAY,
    store: broken,
    now: () => NOW,
    logger: { ...silentLogger, warning: (m: string) => warnings.push(m) },
    scan: trivy.scan,
  });
  assert.deepEqual(trivy.calls, [false]);
  assert.equal(scanned.ageMs, HOUR);
  assert.equal(scanned.savedKey, undefined);
  assert.deepEqual(
    warnings.map((w) => w.replace(/:.*/, '')),
    ['restoring the trivy DB from the cache failed', 'saving the trivy DB to the cache under trivy-db-2-2026-03-10 failed'],
  );
});
