/**
 * The registry client's one request loop against a real registry, with faults injected by a
 * proxy or by killing the registry: how many attempts each kind of failure gets (never wall
 * time: bench/unreachable.bench.ts measures how fast failures are reported), Retry-After
 * beyond the limit, and chunked uploads resumed from the offset the registry reports.
 */

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { isUnreachableError } from '@service-pipeline/action-kit/retry';
import { digestOf, layoutSource, pushImage, RegistryClient, RegistryError } from '@service-pipeline/oci';
import { startFaultProxy, when } from '../../../test/helpers/fault-proxy.js';
import { type FixtureImage, makeImage } from '../../../test/helpers/images.js';
import { freePort } from '../../../test/helpers/ports.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const FAST_RETRY = { baseDelayMs: 20, maxDelayMs: 200 };

function attemptsOf(error: unknown): number | undefined {
  assert.ok(error instanceof RegistryError, String(error));
  return error.details.attempts;
}

describe('an unreachable registry is named after a few quick attempts', () => {
  test('connection refused: 3 attempts, the registry and the fix named', async () => {
    const host = `127.0.0.1:${await freePort()}`;
    const client = new RegistryClient(host);
    await assert.rejects(client.getManifest('acme/shop', 'v1'), (error: unknown) => {
      assert.equal(attemptsOf(error), 3);
      assert.match(
        (error as Error).message,
        new RegExp(
          `^registry ${host.replace(/\./g, '\\.')} could not be reached to answer the API version check: .*ECONNREFUSED.* \\(3 attempts\\); check that ${host.replace(/\./g, '\\.')} is reachable`,
        ),
      );
      return true;
    });
  });

  test('refused connections and unresolvable names are told from dropped ones', () => {
    const fetchFailure = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']) assert.equal(isUnreachableError(fetchFailure(code)), true, code);
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'ETIMEDOUT']) assert.equal(isUnreachableError(fetchFailure(code)), false, code);
  });

  test('a registry killed in the middle of a push: the push fails after 3 refused connections', async () => {
    const registry = await startRegistry({ auth: 'none' });
    const image = await makeImage({ layerSizes: [200_000, 200_000, 200_000, 200_000] });
    try {
      let killed: Promise<void> | undefined;
      const logger = {
        info: (line: string) => {
          if (line.startsWith('uploaded')) killed ??= registry.process.stop(0);
        },
        debug: () => undefined,
        warning: () => undefined,
        error: () => undefined,
        group: <T>(_: string, fn: () => Promise<T>) => fn(),
      };
      const client = new RegistryClient(registry.host, { retry: FAST_RETRY });
      const error = await pushImage({
        source: layoutSource(image.layout),
        root: image.root,
        client,
        repository: 'acme/killed',
        tags: ['v1'],
        concurrency: 1,
        logger,
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(killed, 'the registry was killed after the first upload');
      // The request in flight when the registry died may first see a reset connection, then the 3 refusals.
      assert.ok([3, 4].includes(attemptsOf(error)!), String(error));
      assert.match(String(error), /could not be reached/);
    } finally {
      await registry.stop();
      await rm(image.dir, { recursive: true, force: true });
    }
  });
});

describe('retries through a faulty proxy', () => {
  let registry: TestRegistry;
  let image: FixtureImage;
  before(async () => {
    registry = await startRegistry({ auth: 'token' });
    image = await makeImage({ layerSizes: [5_000] });
  });
  after(async () => {
    await registry?.stop();
    await rm(image.dir, { recursive: true, force: true });
  });
  const credentials = { username: 'tester', password: 'secret-pass' };

  test('a Retry-After longer than the policy allows fails at once, the API version check included', async () => {
    for (const path of ['/v2/', '/v2/acme/shop/manifests/v1']) {
      const proxy = await startFaultProxy(
        registry.url,
        when((r) => r.path === path, { kind: 'status', status: 503, retryAfter: '3600' }),
      );
      try {
        const client = new RegistryClient(proxy.host, { retry: FAST_RETRY, credentials });
        await assert.rejects(client.getManifest('acme/shop', 'v1'), (error: unknown) => attemptsOf(error) === 1 && /answered 503/.test(String(error)));
        assert.equal(proxy.stats.faults.length, 1, `${path}: one request, no retry`);
      } finally {
        await proxy.stop();
      }
    }
  });

  test('a failing upload POST is tried as often as the policy says, not once per restart', async () => {
    const proxy = await startFaultProxy(
      registry.url,
      when((r) => r.method === 'POST', { kind: 'status', status: 503 }),
    );
    try {
      const client = new RegistryClient(proxy.host, { retry: { ...FAST_RETRY, attempts: 4 }, credentials });
      await assert.rejects(
        pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/post', tags: ['v1'], concurrency: 1 }),
        (error: unknown) => attemptsOf(error) === 4,
      );
      assert.equal(proxy.stats.faults.filter((f) => f.method === 'POST').length, 4);
    } finally {
      await proxy.stop();
    }
  });
});

describe('chunked uploads resume after a dropped connection', () => {
  const MiB = 1024 * 1024;
  const size = 5 * MiB + 12_345;
  const blob = randomBytes(size);
  const descriptor = { digest: digestOf(blob), size };
  const open = async () => Readable.from([blob.subarray(0, 3 * MiB), blob.subarray(3 * MiB)]);
  let registry: TestRegistry;
  before(async () => {
    registry = await startRegistry({ auth: 'none' });
  });
  after(async () => {
    await registry?.stop();
  });

  test('the connection cut in the third chunk: the upload resumes at the offset the registry reports', async () => {
    const cutAt = 300 * 1024;
    let patches = 0;
    const proxy = await startFaultProxy(registry.url, (r) => (r.method === 'PATCH' && ++patches === 3 ? { kind: 'cut', afterBytes: cutAt } : undefined));
    try {
      const client = new RegistryClient(proxy.host, { retry: FAST_RETRY });
      assert.equal(await client.uploadBlob('acme/resume', descriptor, open, { chunkSize: MiB }), 'uploaded');
      assert.deepEqual(await client.getBlobBytes('acme/resume', descriptor), blob);

      const sent = proxy.stats.bodyBytes;
      const restart = 2 * MiB + cutAt + size;
      assert.ok(sent >= size + cutAt && sent < size + MiB, `sent ${sent} bytes for a ${size}-byte blob`);
      assert.ok(sent < restart, `resuming sent ${sent} bytes, a restart would send ${restart}`);
      const uploads = proxy.stats.forwarded.filter((r) => r.path.includes('/blobs/uploads/'));
      assert.equal(uploads.filter((r) => r.method === 'POST').length, 1, 'one upload session');
      assert.equal(uploads.filter((r) => r.method === 'GET').length, 1, 'one status query');
      console.log(`# resumed upload: ${sent} bytes sent for ${size} (a restart: ${restart})`);
    } finally {
      await proxy.stop();
    }
  });

  test('when the registry no longer knows the session, the upload starts over in a new one', async () => {
    let patches = 0;
    const proxy = await startFaultProxy(registry.url, (r) => {
      if (r.method === 'PATCH' && ++patches === 2) return { kind: 'cut', afterBytes: 1024 };
      if (r.method === 'GET' && r.path.includes('/blobs/uploads/'))
        return { kind: 'status', status: 404, body: JSON.stringify({ errors: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'blob upload unknown' }] }) };
      return undefined;
    });
    try {
      const client = new RegistryClient(proxy.host, { retry: FAST_RETRY });
      assert.equal(await client.uploadBlob('acme/restart', descriptor, open, { chunkSize: MiB }), 'uploaded');
      assert.deepEqual(await client.getBlobBytes('acme/restart', descriptor), blob);
      assert.equal(proxy.stats.forwarded.filter((r) => r.method === 'POST').length, 2, 'a second session');
    } finally {
      await proxy.stop();
    }
  });
});
