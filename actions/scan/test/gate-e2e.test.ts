/**
 * The gate end to end: the bundled scan action, the real trivy, a vulnerability DB built by
 * the tests and published in a local registry the way ghcr.io/aquasecurity/trivy-db:2 is,
 * an image with a package that DB marks vulnerable. Nothing about the verdict is faked.
 *
 * The cache test adds GitHub's cache service (@actions/cache 6.3.0, service v2: twirp JSON
 * at ACTIONS_RESULTS_URL plus signed blob URLs), the one hosted API here, as a small fake.
 */

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ActionRun, type RunActionOptions, runAction } from '../../../test/helpers/action-runner.js';
import { type GitHubFake, startGitHubFake } from '../../../test/helpers/github-fake.js';
import { freePort, listenOnLoopback } from '../../../test/helpers/ports.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { debianLikeImage, TRIVY_BINARY } from '../../../test/helpers/trivy.js';
import { buildTrivyDb, pushTrivyDb } from '../../../test/helpers/trivy-db.js';
import {
  CreateCacheEntryRequest,
  CreateCacheEntryResponse,
  FinalizeCacheEntryUploadRequest,
  FinalizeCacheEntryUploadResponse,
  GetCacheEntryDownloadURLRequest,
  GetCacheEntryDownloadURLResponse,
} from '../node_modules/@actions/cache/lib/generated/results/api/v1/cache.js';

const CVE = 'CVE-2099-4001';
const DAY = 86_400_000;

interface ReportedFinding {
  id: string;
  severity: string;
  fixState: string;
  fixedVersion?: string;
  packages: { name: string; installedVersion: string }[];
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
}

describe('scan gate end to end (real trivy, fixture DB from a local registry)', () => {
  let work: string;
  let registry: TestRegistry;
  let image: { dir: string };
  let repository: string;
  const publishedAt = new Date(Date.now() - 2 * 3600_000);
  const runTemps: string[] = [];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'scan-gate-e2e-'));
    registry = await startRegistry();
    // debianLikeImage has libssl3 3.0.11-1~deb12u2 built from the source package openssl.
    image = await debianLikeImage({ dir: join(work, 'layout') });
    const db = await buildTrivyDb({
      dir: join(work, 'published-db'),
      updatedAt: publishedAt,
      advisories: [
        { source: 'debian 12', package: 'openssl', id: CVE, severity: 'HIGH', fixedVersion: '3.0.15-1~deb12u1', title: 'openssl: planted by the gate test' },
      ],
    });
    repository = await pushTrivyDb(db, registry.host);
  });
  after(async () => {
    await registry.stop();
    await Promise.all([work, ...runTemps].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function scan(inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun & { report?: { findings: ReportedFinding[] } }> {
    const run = await runAction(
      'scan',
      { 'oci-layout': image.dir, scanners: 'trivy', 'trivy-path': TRIVY_BINARY, 'db-repository': repository, 'fail-on': 'high', ...inputs },
      { timeoutMs: 180_000, github: { workspace: work }, ...options, env: { RUNNER_TOOL_CACHE: dirname(TRIVY_BINARY), ...options.env }, keepTemp: true },
    );
    runTemps.push(dirname(run.runnerTemp));
    const path = run.outputs.report;
    return path ? { ...run, report: JSON.parse(await readFile(path, 'utf8')) as { findings: ReportedFinding[] } } : run;
  }

  async function ignoreFile(name: string, expires: string): Promise<string> {
    const file = join(work, name);
    await writeFile(
      file,
      `ignore:\n  - id: ${CVE}\n    package: libssl3\n    reason: the TLS code path is not reachable from the service\n    expires: ${expires}\n`,
    );
    return file;
  }

  test('gate=fail: the planted high finding with a fix blocks the image', async () => {
    const run = await scan({});
    assert.equal(run.outputs.gate, 'fail', run.stdout);
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.high, '1');
    assert.equal(run.outputs.critical, '0');
    assert.equal(run.outputs.fixable, '1');
    const finding = run.report?.findings.find((f) => f.id === CVE);
    assert.ok(finding, JSON.stringify(run.report));
    assert.equal(finding.severity, 'high');
    assert.equal(finding.fixState, 'fixed');
    assert.equal(finding.fixedVersion, '3.0.15-1~deb12u1');
    assert.deepEqual(
      finding.packages.map((p) => [p.name, p.installedVersion]),
      [['libssl3', '3.0.11-1~deb12u2']],
    );
    assert.match(run.errors.join('\n'), new RegExp(`gate failed .*${CVE}`));
    assert.match(run.summary, new RegExp(CVE));
  });

  test('gate=pass once the finding is ignored with a reason and a future expiry; still reported', async () => {
    const run = await scan({ 'ignore-file': await ignoreFile('accepted.yml', isoDay(30)) });
    assert.equal(run.outputs.gate, 'pass', run.stdout + run.errors.join('\n'));
    assert.equal(run.exitCode, 0);
    assert.equal(run.outputs.high, '1', 'ignored findings are still counted and reported');
    assert.ok(run.report?.findings.some((f) => f.id === CVE));
  });

  test('an expired ignore entry fails the gate again', async () => {
    const yesterday = isoDay(-1);
    const run = await scan({ 'ignore-file': await ignoreFile('expired.yml', yesterday) });
    assert.equal(run.outputs.gate, 'fail', run.stdout);
    assert.equal(run.exitCode, 1);
    assert.match(run.errors.join('\n'), new RegExp(`the ignore entry for ${CVE} \\(.*expired\\.yml:2\\) expired on ${yesterday}`));
  });

  test('a DB older than max-db-age is a database error, not a verdict', async () => {
    const stale = await buildTrivyDb({
      dir: join(work, 'stale-db'),
      updatedAt: new Date(Date.now() - 5 * DAY),
      advisories: [{ source: 'debian 12', package: 'openssl', id: CVE, severity: 'HIGH', fixedVersion: '3.0.15-1~deb12u1' }],
    });
    const staleRepository = await pushTrivyDb(stale, registry.host, 'stale/trivy-db');
    const run = await scan({ 'db-repository': staleRepository, 'max-db-age': '3d' });
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.gate, undefined, 'no verdict from a stale DB');
    assert.equal(run.outputs.report, undefined);
    assert.match(run.errors.join('\n'), /trivy vulnerability database is 5d 0h old .*more than max-db-age 3d 0h/);
  });

  test('no reachable DB repository and nothing cached: a database error, not "no vulnerabilities"', async () => {
    const run = await scan({ 'db-repository': `127.0.0.1:${await freePort()}/aquasecurity/trivy-db` });
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.gate, undefined);
    assert.match(run.errors.join('\n'), /trivy vulnerability database/);
  });

  describe('with the Actions cache service', () => {
    let cache: CacheServiceFake;
    before(async () => {
      cache = await startCacheServiceFake();
    });
    after(async () => {
      await cache.stop();
    });

    test('a later run on a fresh runner scans with the cached DB while the DB repository is down', async () => {
      // @actions/cache versions an entry by its paths, so both runs need the same RUNNER_TEMP
      // (as on hosted runners); emptying it in between makes the second run a fresh machine.
      const runnerTemp = join(work, 'runner-temp');
      await mkdir(runnerTemp);
      const first = await scan({}, { env: { ...cache.env(), RUNNER_TEMP: runnerTemp } });
      assert.equal(first.outputs.gate, 'fail', first.stdout);
      const today = new Date().toISOString().slice(0, 10);
      const dbDay = publishedAt.toISOString().slice(0, 10);
      assert.deepEqual([...cache.entries.keys()], [`trivy-db-2-${dbDay}`]);
      assert.deepEqual(
        cache.lookups[0]?.map((l) => [l.key, l.restoreKeys]),
        [[`trivy-db-2-${today}`, ['trivy-db-2-']]],
      );

      // The DB repository is unreachable; the fresh runner has only the cache.
      const down = `127.0.0.1:${await freePort()}/aquasecurity/trivy-db`;
      await rm(runnerTemp, { recursive: true });
      await mkdir(runnerTemp);
      const second = await scan({ 'db-repository': down }, { env: { ...cache.env(), RUNNER_TEMP: runnerTemp } });
      assert.equal(second.outputs.gate, 'fail', second.stdout + second.errors.join('\n'));
      assert.ok(
        second.report?.findings.some((f) => f.id === CVE),
        'the cached DB still finds the planted package',
      );
      assert.match(second.stdout, new RegExp(`trivy DB restored from cache entry trivy-db-2-${dbDay}`));
      // trivy skips refreshing a DB downloaded within the hour, so the dead repository is never asked.
      assert.deepEqual(second.warnings, []);
      assert.equal(cache.entries.size, 1, 'an unchanged DB is not saved again');
    });
  });
});

interface CacheServiceFake {
  entries: Map<string, { version: string; blob: string }>;
  /** The keys each restore asked for, per run. */
  lookups: GetCacheEntryDownloadURLRequest[][];
  env(): Record<string, string>;
  stop(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService';

/**
 * The part of protobuf-ts's MessageType the fake uses (the generated classes extend it; its
 * package is not resolvable for types from here under pnpm's strict layout).
 */
interface WireMessage<T> {
  fromJson(json: unknown): T;
  toJson(message: T, options: { useProtoFieldName: boolean }): unknown;
  create(value?: Partial<T>): T;
}

/**
 * GitHub's cache service as @actions/cache 6.3.0 talks to it (ACTIONS_CACHE_SERVICE_V2):
 * twirp JSON calls on the GitHub fake, archives PUT to and GET from a signed URL on a blob
 * server (Azure Blob Storage upstream; any non-Azure host is downloaded with plain GET).
 */
async function startCacheServiceFake(): Promise<CacheServiceFake> {
  const github: GitHubFake = await startGitHubFake({ tokens: ['runtime-token'] });
  const blobs = new Map<string, Buffer>();
  const blobServer: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        blobs.set(path, Buffer.concat(chunks));
        res.writeHead(201, { 'x-ms-request-id': 'fake', etag: '"1"' }).end();
      });
      return;
    }
    const blob = blobs.get(path);
    if (req.method === 'GET' && blob) res.writeHead(200, { 'content-length': String(blob.length), 'content-type': 'application/octet-stream' }).end(blob);
    else res.writeHead(404).end();
  });
  const blobUrl = `http://127.0.0.1:${await listenOnLoopback(blobServer)}`;
  const entries = new Map<string, { version: string; blob: string }>();
  const pending = new Map<string, string>();
  const lookups: GetCacheEntryDownloadURLRequest[][] = [];
  let run = -1;

  // The wire format is protobuf JSON with proto field names (restore_keys, signed_upload_url):
  // read and write it with @actions/cache's own generated message types.
  const reply = <T extends object>(type: WireMessage<T>, value: Partial<T>, status = 200) => ({
    status,
    body: type.toJson(type.create(value), { useProtoFieldName: true }),
  });
  const wire = {
    lookup: GetCacheEntryDownloadURLRequest as unknown as WireMessage<GetCacheEntryDownloadURLRequest>,
    lookupReply: GetCacheEntryDownloadURLResponse as unknown as WireMessage<GetCacheEntryDownloadURLResponse>,
    create: CreateCacheEntryRequest as unknown as WireMessage<CreateCacheEntryRequest>,
    createReply: CreateCacheEntryResponse as unknown as WireMessage<CreateCacheEntryResponse>,
    finalize: FinalizeCacheEntryUploadRequest as unknown as WireMessage<FinalizeCacheEntryUploadRequest>,
    finalizeReply: FinalizeCacheEntryUploadResponse as unknown as WireMessage<FinalizeCacheEntryUploadResponse>,
  };
  github.route('POST', `${TWIRP}/GetCacheEntryDownloadURL`, (req) => {
    const request = wire.lookup.fromJson(req.body);
    lookups[run]?.push(request);
    const keys = [...entries.keys()];
    const matched = keys.includes(request.key)
      ? request.key
      : request.restoreKeys.map((prefix) => keys.findLast((k) => k.startsWith(prefix))).find((k) => k !== undefined);
    const entry = matched === undefined ? undefined : entries.get(matched);
    if (!entry || entry.version !== request.version) return reply(wire.lookupReply, { ok: false });
    return reply(wire.lookupReply, { ok: true, signedDownloadUrl: `${blobUrl}${entry.blob}?sig=read`, matchedKey: matched! });
  });
  github.route('POST', `${TWIRP}/CreateCacheEntry`, (req) => {
    const request = wire.create.fromJson(req.body);
    if (entries.has(request.key)) return reply(wire.createReply, { ok: false, message: `cache entry ${request.key} already exists` }, 409);
    const blob = `/cacheaccount/caches/${encodeURIComponent(request.key)}`;
    pending.set(request.key, blob);
    return reply(wire.createReply, { ok: true, signedUploadUrl: `${blobUrl}${blob}?sig=write` });
  });
  github.route('POST', `${TWIRP}/FinalizeCacheEntryUpload`, (req) => {
    const request = wire.finalize.fromJson(req.body);
    const blob = pending.get(request.key);
    if (!blob || blobs.get(blob)?.length !== Number(request.sizeBytes)) return reply(wire.finalizeReply, { ok: false, message: 'upload incomplete' }, 400);
    entries.set(request.key, { version: request.version, blob });
    return reply(wire.finalizeReply, { ok: true, entryId: String(entries.size) });
  });

  return {
    entries,
    lookups,
    env() {
      run++;
      lookups[run] = [];
      return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: `${github.url}/`, ACTIONS_RUNTIME_TOKEN: 'runtime-token' };
    },
    async stop() {
      await github.stop();
      await new Promise<void>((resolve) => {
        blobServer.closeAllConnections();
        blobServer.close(() => resolve());
      });
    },
  };
}
