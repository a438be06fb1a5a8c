import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  layoutSource,
  OciLayout,
  openImage,
  parseImageConfig,
  pushImage,
  RegistryClient,
  writeImage,
  writeIndex,
  writeLayer,
} from '@service-pipeline/oci';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { appendBuild, openBaseImage, parseArtifacts } from '../src/append.js';
import { distrolessCheck } from '../src/distroless-check.js';

const EPOCH = 1_700_000_000;

describe('append mode', () => {
  let work: string;
  let baseDir: string;
  let registry: TestRegistry;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'append-'));
    // A distroless-like base for two platforms: passwd with nonroot, /tmp, no shell.
    baseDir = join(work, 'base');
    const layout = await OciLayout.create(baseDir);
    const manifests: Descriptor[] = [];
    for (const architecture of ['amd64', 'arm64']) {
      const layer = await writeLayer(layout, [
        {
          path: 'etc/passwd',
          type: 'file',
          content: Buffer.from(`root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n# ${architecture}\n`),
        },
        { path: 'tmp', type: 'directory', mode: 0o1777 },
      ]);
      manifests.push(
        await writeImage(layout, {
          layers: [layer],
          platform: { os: 'linux', architecture },
          config: { User: '65532', Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], Cmd: ['/base-default'] },
        }),
      );
    }
    await writeIndex(layout, manifests, { refName: 'nonroot' });
    registry = await startRegistry({ auth: 'none' });
    const index = await layout.resolve('nonroot');
    await pushImage({
      source: layoutSource(layout),
      root: index,
      client: new RegistryClient(registry.host),
      repository: 'distroless/static',
      tags: ['nonroot'],
    });

    await mkdir(join(work, 'ctx', 'dist', 'arm64'), { recursive: true });
    await mkdir(join(work, 'ctx', 'public', 'css'), { recursive: true });
    await writeFile(join(work, 'ctx', 'dist', 'server'), 'amd64 binary');
    await writeFile(join(work, 'ctx', 'dist', 'arm64', 'server'), 'arm64 binary');
    await chmod(join(work, 'ctx', 'dist', 'server'), 0o700);
    await chmod(join(work, 'ctx', 'dist', 'arm64', 'server'), 0o700);
    await writeFile(join(work, 'ctx', 'public', 'index.html'), '<h1>hi</h1>');
    await writeFile(join(work, 'ctx', 'public', 'css', 'site.css'), 'h1{}');
    await symlink('index.html', join(work, 'ctx', 'public', 'home.html'));
  });
  after(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  const build = async (layoutDir: string, base: string, platforms = ['linux/amd64', 'linux/arm64']) =>
    appendBuild({
      base: await openBaseImage(base),
      platforms,
      artifacts: parseArtifacts(['linux/amd64 dist/server=/app/server', 'linux/arm64 dist/arm64/server=/app/server', 'public=/app/public'], join(work, 'ctx')),
      config: {
        entrypoint: ['/app/server'],
        env: { PORT: '8080' },
        user: '65532:65532',
        ports: ['8080'],
        workdir: '/app',
        labels: { 'org.opencontainers.image.source': 'https://github.com/acme/shop' },
      },
      annotations: { 'org.opencontainers.image.revision': 'abc' },
      sourceDateEpoch: EPOCH,
      layoutDir,
      refName: 'build',
    });

  test('builds a multi-platform image from a registry base, reproducibly', async () => {
    const base = `${registry.host}/distroless/static:nonroot`;
    const first = await build(join(work, 'out1'), base);
    const second = await build(join(work, 'out2'), base);
    assert.equal(first.root.digest, second.root.digest, 'two builds of the same inputs give one digest');
    assert.deepEqual(Object.keys(first.platformDigests), ['linux/amd64', 'linux/arm64']);

    const layout = await OciLayout.open(join(work, 'out1'));
    assert.equal((await layout.resolve('build')).digest, first.root.digest);
    const index = (await layout.readManifest(first.root)) as ImageIndex;
    assert.equal(index.annotations?.['org.opencontainers.image.base.digest'], first.baseDigest);
    const amd64 = index.manifests.find((m) => m.platform?.architecture === 'amd64')!;
    const manifest = (await layout.readManifest(amd64)) as ImageManifest;
    assert.equal(manifest.layers.length, 2, 'base layer + one artifact layer');
    assert.equal(manifest.annotations?.['org.opencontainers.image.base.name'], base);
    const config = parseImageConfig(await layout.readBlob(manifest.config));
    assert.equal(config.created, new Date(EPOCH * 1000).toISOString());
    assert.deepEqual(config.config?.Entrypoint, ['/app/server']);
    assert.equal(config.config?.Cmd, undefined, 'a new entrypoint drops the base CMD');
    assert.equal(config.config?.User, '65532:65532');
    assert.deepEqual(config.config?.Env, ['PATH=/usr/local/bin:/usr/bin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt', 'PORT=8080']);
    assert.deepEqual(config.config?.ExposedPorts, { '8080/tcp': {} });
    assert.equal(config.rootfs.diff_ids.length, 2);
    assert.deepEqual(await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, digest: first.root.digest })), []);

    // umoci, an independent implementation, unpacks it; files keep modes and links.
    const bundle = join(work, 'bundle');
    // umoci 0.4 cannot unpack through an index ("tag is ambiguous"): name the amd64 manifest.
    await layout.addToIndex(amd64, 'amd64');
    execFileSync('umoci', ['unpack', '--rootless', '--image', `${join(work, 'out1')}:amd64`, bundle]);
    assert.equal(await readFile(join(bundle, 'rootfs', 'app', 'server'), 'utf8'), 'amd64 binary');
    assert.equal(execFileSync('stat', ['-c', '%a', join(bundle, 'rootfs', 'app', 'server')], { encoding: 'utf8' }).trim(), '755');
    assert.equal(execFileSync('stat', ['-c', '%a', join(bundle, 'rootfs', 'app', 'public', 'index.html')], { encoding: 'utf8' }).trim(), '644');
    assert.equal(execFileSync('readlink', [join(bundle, 'rootfs', 'app', 'public', 'home.html')], { encoding: 'utf8' }).trim(), 'index.html');

    // The layout pushes as is: every base blob was copied into it.
    const report = await pushImage({
      source: layoutSource(layout),
      root: first.root,
      client: new RegistryClient(registry.host),
      repository: 'acme/shop',
      tags: ['v1'],
    });
    assert.equal(report.digest, first.root.digest);
  });

  test('builds from a local OCI layout base for a single platform', async () => {
    const result = await build(join(work, 'out3'), `oci-layout:${baseDir}:nonroot`, ['linux/amd64']);
    const layout = await OciLayout.open(join(work, 'out3'));
    const manifest = (await layout.readManifest(result.root)) as ImageManifest;
    assert.equal(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(Object.keys(result.platformDigests).length, 1);
  });

  test('bad artifacts, platforms and bases fail with the fix', async () => {
    const lines: [string, RegExp][] = [
      ['dist/server', /is not <source>=<destination>/],
      ['dist/server=app/server', /relative destination "app\/server"/],
      ['dist/server=/app/../etc/passwd', /not a clean absolute path/],
      ['linux/AMD64 dist/server=/app/server', /invalid platform "linux\/AMD64"/],
      ['a b c=/d', /more than a platform and a mapping/],
    ];
    for (const [line, pattern] of lines) {
      assert.throws(
        () => parseArtifacts([line], work),
        (error: Error & { fix?: string }) => {
          assert.match(error.message, pattern, line);
          assert.match(error.fix ?? '', /\[<os>\/<arch>/);
          return true;
        },
      );
    }
    const base = await openBaseImage(`oci-layout:${baseDir}:nonroot`);
    const common = { base, config: { user: '65532' }, annotations: {}, sourceDateEpoch: EPOCH, layoutDir: join(work, 'bad'), refName: 'x' };
    await assert.rejects(
      appendBuild({ ...common, platforms: ['linux/amd64'], artifacts: parseArtifacts(['missing/file=/app/x'], work) }),
      /artifact .*missing\/file does not exist/,
    );
    await assert.rejects(
      appendBuild({ ...common, platforms: ['linux/s390x'], artifacts: parseArtifacts(['ctx=/app'], work) }),
      /has no linux\/s390x variant \(it has linux\/amd64, linux\/arm64\)/,
    );
    await assert.rejects(
      appendBuild({ ...common, platforms: ['linux/amd64', 'linux/arm64'], artifacts: parseArtifacts(['linux/amd64 ctx=/app'], work) }),
      /no artifact is listed for linux\/arm64/,
    );
    await assert.rejects(
      openBaseImage(`${registry.host}/distroless/missing:nonroot`),
      /base image .* cannot be resolved: .*answered 404.*; check the base-image name/,
    );
    await assert.rejects(openBaseImage(`oci-layout:${join(work, 'nope')}`), /is not an OCI image layout/);
  });
});
