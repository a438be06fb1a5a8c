import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { parseImageConfig } from '../src/image-config.js';
import { writeImage, writeImageOrIndex, writeLayer } from '../src/image-writer.js';
import { MediaType } from '../src/media-types.js';
import { OciLayout, OciLayoutError } from '../src/oci-layout.js';
import { openImage, PlatformNotFoundError, parseImageLocation } from '../src/open-image.js';
import { pushImage } from '../src/push-image.js';
import { RegistryClient } from '../src/registry-client.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageConfig: the one place an image config is read', () => {
  const valid = {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [DIGEST] },
    config: { User: '65532', Env: ['A=1'], Entrypoint: null, Cmd: null },
  };

  test('accepts OCI and Docker configs (null Entrypoint/Cmd as Docker writes them are dropped)', () => {
    const config = parseImageConfig(JSON.stringify(valid));
    assert.equal(config.config?.User, '65532');
    assert.equal('Entrypoint' in config.config!, false);
  });

  const cases: [string, unknown, RegExp][] = [
    ['not JSON', '{', /is not valid JSON/],
    ['an array', [], /is not a JSON object/],
    ['no os', { ...valid, os: undefined }, /: os is missing/],
    ['no rootfs', { ...valid, rootfs: undefined }, /: rootfs\.type is not "layers"/],
    ['diff_ids not digests', { ...valid, rootfs: { type: 'layers', diff_ids: ['x'] } }, /diff_ids is not a list of digests/],
    ['Env not a list', { ...valid, config: { Env: 'A=1' } }, /config\.Env is not a list of strings/],
    ['User a number', { ...valid, config: { User: 0 } }, /config\.User is not a string/],
    ['Labels with a number', { ...valid, config: { Labels: { a: 1 } } }, /config\.Labels is not a map of strings/],
    ['config a string', { ...valid, config: 'x' }, /: config is not an object/],
  ];
  for (const [name, value, message] of cases) {
    test(`refuses ${name}`, () => {
      assert.throws(() => parseImageConfig(typeof value === 'string' ? value : JSON.stringify(value), 'config X'), message);
    });
  }
});

describe('parseImageLocation', () => {
  const cases: [string, object][] = [
    ['oci-layout:/tmp/l', { kind: 'layout', dir: '/tmp/l' }],
    ['oci-layout:/tmp/l:nonroot', { kind: 'layout', dir: '/tmp/l', ref: 'nonroot' }],
    ['oci-layout:/tmp/a:b/c', { kind: 'layout', dir: '/tmp/a:b/c' }],
    ['127.0.0.1:5000/a/b:1', { kind: 'registry', reference: { registry: '127.0.0.1:5000', repository: 'a/b', tag: '1', notes: [] } }],
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(parseImageLocation(text), expected));
  test('a bad reference is refused by the reference parser', () => assert.throws(() => parseImageLocation('Bad Ref'), /not a valid image reference/));
});

describe('openImage from an OCI layout', () => {
  let dir: string;
  let single: { digest: string };
  let multi: { digest: string };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'open-image-'));
    const layout = await OciLayout.create(dir);
    const layer = await writeLayer(layout, [{ path: 'app/server', type: 'file', content: Buffer.from('x') }]);
    const amd64 = await writeImage(layout, { layers: [layer], platform: { os: 'linux', architecture: 'amd64' } });
    const arm64 = await writeImage(layout, { layers: [layer], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
    // An attestation manifest as buildx adds one: platform unknown/unknown.
    const attestation = {
      ...(await layout.writeJson(MediaType.ociManifest, {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: await layout.writeJson(MediaType.ociEmpty, {}),
        layers: [],
      })),
      platform: { os: 'unknown', architecture: 'unknown' },
    };
    single = await writeImageOrIndex(layout, [amd64], { refName: 'single' });
    multi = await writeImageOrIndex(layout, [amd64, arm64, attestation], { refName: 'multi' });
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('by ref name: root, platforms without the attestation, checked configs, platform digests', async () => {
    const image = await openImage(`oci-layout:${dir}:multi`);
    assert.equal(image.root.digest, multi.digest);
    assert.equal(image.layout?.dir, dir);
    const platforms = await image.platforms();
    assert.deepEqual(
      platforms.map((p) => p.platform),
      ['linux/amd64', 'linux/arm64/v8'],
    );
    assert.ok(platforms.every((p) => p.config.rootfs.diff_ids.length === 1));
    assert.equal((await image.platform('linux/arm64')).platform, 'linux/arm64/v8', 'arm64 means arm64/v8');
    assert.deepEqual(Object.keys(await image.platformDigests()), ['linux/amd64', 'linux/arm64/v8']);
    await assert.rejects(
      image.platform('linux/s390x'),
      (error: unknown) => error instanceof PlatformNotFoundError && /has no linux\/s390x variant \(it has linux\/amd64, linux\/arm64\/v8\)/.test(error.message),
    );
  });

  test('a single image gets its platform from its config', async () => {
    const image = await openImage({ kind: 'layout', dir, ref: 'single' });
    assert.deepEqual(await image.platformDigests(), { 'linux/amd64': single.digest });
  });

  test('by digest, and a ref checked against a digest', async () => {
    assert.equal((await openImage({ kind: 'layout', dir, digest: single.digest })).root.digest, single.digest);
    assert.equal((await openImage({ kind: 'layout', dir, ref: 'multi', digest: multi.digest })).root.digest, multi.digest);
    await assert.rejects(
      openImage({ kind: 'layout', dir, ref: 'multi', digest: single.digest }),
      (error: unknown) => error instanceof OciLayoutError && error.reason === 'digest' && /holds sha256:\w+ under "multi", not sha256:/.test(error.message),
    );
    await assert.rejects(openImage({ kind: 'layout', dir, digest: DIGEST }), (error: unknown) => error instanceof OciLayoutError && error.reason === 'digest');
    await assert.rejects(openImage({ kind: 'layout', dir }), (error: unknown) => error instanceof OciLayoutError && error.reason === 'ambiguous');
    await assert.rejects(
      openImage({ kind: 'layout', dir: join(dir, 'nope') }),
      (error: unknown) => error instanceof OciLayoutError && error.reason === 'missing',
    );
  });

  test('a config that is not an image config is refused when the platforms are read', async () => {
    const other = await mkdtemp(join(tmpdir(), 'open-image-bad-'));
    try {
      const layout = await OciLayout.create(other);
      const config = await layout.writeJson(MediaType.ociConfig, { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: 'nope' } });
      const manifest = await layout.writeJson(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers: [] });
      await layout.addToIndex(manifest, 'bad');
      const image = await openImage({ kind: 'layout', dir: other });
      await assert.rejects(image.platforms(), /config sha256:\w+ of oci-layout:.*: rootfs\.diff_ids is not a list of digests; the image is damaged/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('openImage from a private registry', () => {
  for (const auth of ['htpasswd', 'token'] as const) {
    describe(`${auth} auth`, () => {
      let registry: TestRegistry;
      let dir: string;
      let digest: string;
      let credentials: { username: string; password: string };
      before(async () => {
        registry = await startRegistry({ auth });
        const [username, password] = Object.entries(registry.users)[0]!;
        credentials = { username, password };
        dir = await mkdtemp(join(tmpdir(), 'open-image-registry-'));
        const layout = await OciLayout.create(join(dir, 'layout'));
        const layer = await writeLayer(layout, [{ path: 'etc/passwd', type: 'file', content: Buffer.from('nonroot:x:65532:65532::/:/sbin/nologin\n') }]);
        const root = await writeImage(layout, { layers: [layer], platform: { os: 'linux', architecture: 'amd64' }, refName: 'base' });
        digest = root.digest;
        await pushImage({
          source: (await openImage({ kind: 'layout', dir: layout.dir })).source,
          root,
          client: new RegistryClient(registry.host, { credentials }),
          repository: 'private/base',
          tags: ['nonroot'],
        });
      });
      after(async () => {
        await registry?.stop();
        await rm(dir, { recursive: true, force: true });
      });

      test('with the given credentials', async () => {
        const image = await openImage(`${registry.host}/private/base:nonroot`, { credentials });
        assert.equal(image.root.digest, digest);
        assert.deepEqual(await image.platformDigests(), { 'linux/amd64': digest });
        assert.equal(image.registry?.repository, 'private/base');
      });

      test('with the credentials docker login stored, when none are given', async () => {
        const config = join(dir, 'docker');
        await rm(config, { recursive: true, force: true });
        await mkdir(config);
        await writeFile(
          join(config, 'config.json'),
          JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64') } } }),
        );
        const saved = process.env.DOCKER_CONFIG;
        process.env.DOCKER_CONFIG = config;
        try {
          assert.equal((await openImage(`${registry.host}/private/base:nonroot`)).root.digest, digest);
        } finally {
          if (saved === undefined) delete process.env.DOCKER_CONFIG;
          else process.env.DOCKER_CONFIG = saved;
        }
      });

      test('anonymously it is refused, naming the registry', async () => {
        const saved = process.env.DOCKER_CONFIG;
        process.env.DOCKER_CONFIG = join(dir, 'no-docker-config');
        try {
          await assert.rejects(openImage(`${registry.host}/private/base:nonroot`), new RegExp(`registry ${registry.host.replace(/\./g, '\\.')} answered 401`));
        } finally {
          if (saved === undefined) delete process.env.DOCKER_CONFIG;
          else process.env.DOCKER_CONFIG = saved;
        }
      });
    });
  }
});
