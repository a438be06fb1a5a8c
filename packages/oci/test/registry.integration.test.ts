import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import {
  digestOf,
  type ImageIndex,
  type ImageManifest,
  layoutSource,
  MediaType,
  OciLayout,
  pushImage,
  RegistryClient,
  RegistryError,
  referrersTag,
  registrySource,
} from '@service-pipeline/oci';
import { startFaultProxy } from '../../../test/helpers/fault-proxy.js';
import { makeImage } from '../../../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const execFileAsync = promisify(execFile);
const FAST_RETRY = { baseDelayMs: 20, maxDelayMs: 200 };

/** Every manifest and blob a tag reaches must be fetchable and match its digest. */
async function assertPullsCompletely(client: RegistryClient, repository: string, tag: string): Promise<string> {
  const top = await client.getManifest(repository, tag);
  const visit = async (digest: string): Promise<void> => {
    const fetched = await client.getManifest(repository, digest);
    const manifest = fetched.manifest;
    if ('manifests' in manifest) {
      for (const child of manifest.manifests) await visit(child.digest);
    } else {
      for (const blob of [manifest.config, ...manifest.layers]) {
        const bytes = await client.getBlobBytes(repository, blob);
        assert.equal(bytes.length, blob.size);
      }
    }
  };
  await visit(top.digest);
  return top.digest;
}

for (const auth of ['none', 'htpasswd', 'token'] as const) {
  describe(`registry client against distribution (${auth} auth)`, () => {
    let registry: TestRegistry;
    let client: RegistryClient;

    before(async () => {
      registry = await startRegistry({ auth });
      const [username, password] = Object.entries(registry.users)[0] ?? [];
      client = new RegistryClient(registry.host, { retry: FAST_RETRY, ...(auth === 'none' ? {} : { credentials: { username, password } }) });
    });
    after(async () => registry?.stop());

    test('pushes a multi-platform image, tags it last, and pulls it back verified', async () => {
      const image = await makeImage({ platforms: ['linux/amd64', 'linux/arm64'], layerSizes: [4096, 70_000] });
      try {
        const report = await pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/shop', tags: ['v1', 'latest'] });
        assert.equal(report.digest, image.root.digest);
        assert.deepEqual(report.tags, ['v1', 'latest']);
        assert.equal(report.blobs.uploaded.count, 4); // 2 layers + 2 configs (one per platform)
        assert.equal(report.platforms.length, 2);
        assert.equal(await assertPullsCompletely(client, 'acme/shop', 'latest'), image.root.digest);
        assert.deepEqual((await client.listTags('acme/shop')).sort(), ['latest', 'v1']);
        assert.equal((await client.headManifest('acme/shop', 'v1'))?.digest, image.root.digest);
        assert.equal(await client.headManifest('acme/shop', 'nope'), undefined);

        const again = await pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/shop', tags: ['v1'] });
        assert.equal(again.blobs.uploaded.bytes, 0);
        assert.equal(again.blobs.existing.count, 4);
        assert.equal(again.manifests.existing, 2);
      } finally {
        await rm(image.dir, { recursive: true, force: true });
      }
    });

    test('mounts blobs across repositories and copies registry to registry', async () => {
      const image = await makeImage({ layerSizes: [10_000] });
      try {
        await pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/base', tags: ['1'] });
        const report = await pushImage({ source: registrySource(client, 'acme/base'), root: image.root, client, repository: 'acme/promoted', tags: ['1'] });
        assert.equal(report.blobs.mounted.count, 2);
        assert.equal(report.blobs.uploaded.count, 0);
        assert.equal(await assertPullsCompletely(client, 'acme/promoted', '1'), image.root.digest);
      } finally {
        await rm(image.dir, { recursive: true, force: true });
      }
    });

    test('uploads in chunks and lists tags across pages', async () => {
      const image = await makeImage({ layerSizes: [2_500_000] });
      try {
        const tags = ['a', 'b', 'c', 'd', 'e'];
        const report = await pushImage({
          source: layoutSource(image.layout),
          root: image.root,
          client,
          repository: 'acme/chunked',
          tags,
          chunkSize: 1024 * 1024,
        });
        assert.equal(report.blobs.uploaded.count, 2);
        assert.equal(await assertPullsCompletely(client, 'acme/chunked', 'e'), image.root.digest);
        assert.deepEqual((await client.listTags('acme/chunked', 2)).sort(), tags);
        assert.deepEqual(await client.listTags('acme/does-not-exist'), []);
      } finally {
        await rm(image.dir, { recursive: true, force: true });
      }
    });
  });
}

describe('registry client: referrers, deletion and failures', () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  before(async () => {
    registry = await startRegistry({ auth: 'none' });
    client = new RegistryClient(registry.host, { retry: FAST_RETRY });
  });
  after(async () => registry?.stop());

  test('finds referrers through the sha256-<hex> tag when the registry has no referrers API', async () => {
    const image = await makeImage({ layerSizes: [100] });
    try {
      await pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/app', tags: ['v1'] });
      const sbom: ImageManifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        artifactType: 'application/vnd.cyclonedx+json',
        config: { mediaType: MediaType.ociEmpty, digest: (await emptyBlob(client)).digest, size: 2 },
        layers: [{ mediaType: MediaType.ociEmpty, digest: (await emptyBlob(client)).digest, size: 2 }],
        subject: { mediaType: image.root.mediaType, digest: image.root.digest, size: image.root.size },
      };
      const sbomBytes = Buffer.from(JSON.stringify(sbom));
      const sbomDigest = await client.putManifest('acme/app', digestOf(sbomBytes), sbomBytes, MediaType.ociManifest);
      const none = await client.referrers('acme/app', image.root.digest);
      assert.deepEqual(none, { manifests: [], via: 'tag-schema' });
      const index: ImageIndex = {
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: [{ mediaType: MediaType.ociManifest, digest: sbomDigest, size: sbomBytes.length, artifactType: sbom.artifactType! }],
      };
      await client.putManifest('acme/app', referrersTag(image.root.digest), Buffer.from(JSON.stringify(index)), MediaType.ociIndex);
      const found = await client.referrers('acme/app', image.root.digest);
      assert.equal(found.via, 'tag-schema');
      assert.deepEqual(
        found.manifests.map((m) => m.digest),
        [sbomDigest],
      );
      assert.deepEqual((await client.referrers('acme/app', image.root.digest, 'application/spdx+json')).manifests, []);

      assert.equal(await client.deleteManifest('acme/app', sbomDigest), true);
      assert.equal(await client.deleteManifest('acme/app', sbomDigest), false, 'a second delete is a 404, counted as done');
    } finally {
      await rm(image.dir, { recursive: true, force: true });
    }
  });

  test('explains a registry with deletion disabled', async () => {
    const locked = await startRegistry({ auth: 'none', deleteEnabled: false });
    try {
      const lockedClient = new RegistryClient(locked.host, { retry: FAST_RETRY });
      const image = await makeImage({ layerSizes: [100] });
      await pushImage({ source: layoutSource(image.layout), root: image.root, client: lockedClient, repository: 'acme/app', tags: ['v1'] });
      await assert.rejects(lockedClient.deleteManifest('acme/app', image.root.digest), (error: unknown) => {
        assert.ok(error instanceof RegistryError);
        assert.equal(error.status, 405);
        assert.match(error.message, /answered 405 .*to delete manifest sha256:/);
        assert.match(error.message, /deletion disabled \(distribution needs storage\.delete\.enabled: true/);
        return true;
      });
      await rm(image.dir, { recursive: true, force: true });
    } finally {
      await locked.stop();
    }
  });

  test('a corrupt layout blob is refused and nothing is tagged', async () => {
    const image = await makeImage({ layerSizes: [5000] });
    try {
      const layer = image.layers[0]!.descriptor;
      await writeFile(image.layout.blobPath(layer.digest), Buffer.alloc(layer.size, 1));
      await assert.rejects(
        pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/corrupt', tags: ['v1'] }),
        /content digest is sha256:[0-9a-f]+, expected|DIGEST_INVALID|corrupt/,
      );
      assert.equal(await client.headManifest('acme/corrupt', 'v1'), undefined);
    } finally {
      await rm(image.dir, { recursive: true, force: true });
    }
  });
});

describe('authentication failures are clear', () => {
  test('wrong Basic credentials name the registry and the fix', async () => {
    const registry = await startRegistry({ auth: 'htpasswd' });
    try {
      const client = new RegistryClient(registry.host, { retry: FAST_RETRY, credentials: { username: 'tester', password: 'wrong' } });
      await assert.rejects(client.listTags('acme/app'), (error: unknown) => {
        assert.ok(error instanceof RegistryError);
        assert.equal(error.status, 401);
        assert.match(error.message, new RegExp(`registry ${registry.host.replace(/\./g, '\\.')} answered 401`));
        assert.match(error.message, /check the username and password/);
        return true;
      });
      const anonymous = new RegistryClient(registry.host, { retry: FAST_RETRY });
      await assert.rejects(anonymous.listTags('acme/app'), /asks for Basic credentials and none were given/);
    } finally {
      await registry.stop();
    }
  });

  test('a token without push rights fails the push before any tag moves', async () => {
    const registry = await startRegistry({
      auth: 'token',
      grant: (user, repository, requested) => (user && repository === 'acme/app' ? requested.filter((a) => a === 'pull') : requested),
    });
    try {
      const client = new RegistryClient(registry.host, { retry: FAST_RETRY, credentials: { username: 'tester', password: 'secret-pass' } });
      const image = await makeImage({ layerSizes: [100] });
      await assert.rejects(
        pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/app', tags: ['v1'] }),
        (error: unknown) => {
          assert.ok(error instanceof RegistryError);
          assert.ok(error.status === 401 || error.status === 403, `status ${error.status}`);
          return true;
        },
      );
      const bad = new RegistryClient(registry.host, { retry: FAST_RETRY, credentials: { username: 'tester', password: 'nope' } });
      await assert.rejects(bad.listTags('acme/other'), /token service rejected the credentials/);
      assert.ok(registry.tokenServer!.requests.some((r) => r.scopes.includes('repository:acme/app:pull,push')));
      await rm(image.dir, { recursive: true, force: true });
    } finally {
      await registry.stop();
    }
  });
});

describe('pushing through a faulty network', () => {
  test('503s, 429 with Retry-After and dropped connections still give the same digest', async () => {
    const registry = await startRegistry({ auth: 'token' });
    let failures = 0;
    const proxy = await startFaultProxy(registry.url, (request) => {
      // Fault every third request of each kind the push makes, a bounded number of times.
      if (failures >= 9 || request.n % 3 !== 0) return undefined;
      failures++;
      if (request.method === 'PUT' || request.method === 'PATCH') return { kind: 'drop' };
      if (request.method === 'HEAD') return { kind: 'status', status: 429, retryAfter: '1' };
      return { kind: 'status', status: 503 };
    });
    const image = await makeImage({ platforms: ['linux/amd64', 'linux/arm64'], layerSizes: [300_000, 20_000, 5_000] });
    try {
      const client = new RegistryClient(proxy.host, { retry: { ...FAST_RETRY, attempts: 8 }, credentials: { username: 'tester', password: 'secret-pass' } });
      const report = await pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/flaky', tags: ['v1'] });
      assert.equal(report.digest, image.root.digest);
      const kinds = new Set(proxy.stats.faults.map((f) => (f.kind === 'status' ? String(f.status) : f.kind)));
      assert.ok(kinds.has('drop') && kinds.has('429') && kinds.has('503'), `faults injected: ${[...kinds].join(', ')}`);
      const direct = new RegistryClient(registry.host, { credentials: { username: 'tester', password: 'secret-pass' } });
      assert.equal(await assertPullsCompletely(direct, 'acme/flaky', 'v1'), image.root.digest);
    } finally {
      await proxy.stop();
      await registry.stop();
      await rm(image.dir, { recursive: true, force: true });
    }
  });
});

describe('interoperability with skopeo', () => {
  test('skopeo pulls what we pushed into an identical layout', async () => {
    const registry = await startRegistry({ auth: 'none' });
    const image = await makeImage({ layerSizes: [50_000, 10_000] });
    const out = await mkdtemp(join(tmpdir(), 'skopeo-out-'));
    try {
      const client = new RegistryClient(registry.host);
      await pushImage({ source: layoutSource(image.layout), root: image.root, client, repository: 'acme/interop', tags: ['v1'] });
      await execFileAsync('skopeo', ['copy', '--src-tls-verify=false', `docker://${registry.host}/acme/interop:v1`, `oci:${out}:v1`]);
      const pulled = await OciLayout.open(out);
      assert.equal((await pulled.resolve('v1')).digest, image.root.digest);
    } finally {
      await registry.stop();
      await rm(image.dir, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  });
});

async function emptyBlob(client: RegistryClient): Promise<{ digest: string }> {
  const bytes = Buffer.from('{}');
  const digest = digestOf(bytes);
  if ((await client.hasBlob('acme/app', digest)) === undefined) {
    await client.uploadBlob('acme/app', { digest, size: 2 }, async () => Readable.from([bytes]));
  }
  return { digest };
}
