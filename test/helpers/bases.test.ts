import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import {
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  imageFilesystem,
  isIndex,
  layoutSource,
  OciLayout,
  parseImageConfig,
  type TarHeader,
} from '@service-pipeline/oci';
import {
  type BaseImage,
  BUILDAH_BINARY,
  busyboxImage,
  createBuildahStorage,
  distrolessStaticImage,
  goBuilderImage,
  nodeBuilderImage,
  nodeRuntimeImage,
} from './bases.js';

const execFileAsync = promisify(execFile);

async function open(image: BaseImage): Promise<{ layout: OciLayout; manifest: ImageManifest; config: ImageConfig; files: Map<string, TarHeader> }> {
  const layout = await OciLayout.open(image.layoutDir);
  const root = await layout.resolve(image.ref);
  assert.equal(root.digest, image.digest);
  const manifest = (await layout.readManifest(root)) as ImageManifest;
  assert.ok(!isIndex(manifest));
  const config = parseImageConfig(await layout.readBlob(manifest.config));
  return { layout, manifest, config, files: await imageFilesystem(layoutSource(layout), manifest) };
}

const buildahInstalled = await execFileAsync(BUILDAH_BINARY, ['--version']).then(
  () => true,
  () => false,
);

describe('base images for build tests', () => {
  test('busybox: a static busybox with its applets as links in /bin, /tmp', async () => {
    const image = await busyboxImage();
    assert.equal(image.from, `oci:${image.layoutDir}:${image.ref}`);
    assert.match(image.layoutDir, /^[a-z0-9/._-]+$/, 'buildah needs a lowercase path for oci: bases');
    assert.equal(await busyboxImage(), await busyboxImage(), 'cached per process');
    const { config, files } = await open(image);
    assert.equal(files.get('bin/busybox')?.type, 'file');
    for (const applet of ['sh', 'ls', 'cp', 'mkdir', 'cat', 'echo', 'chmod', 'tar', 'test']) {
      assert.equal(files.get(`bin/${applet}`)?.linkTarget, 'busybox', applet);
    }
    assert.equal(files.get('tmp')?.mode, 0o1777);
    assert.deepEqual(config.config?.Cmd, ['sh']);
    assert.equal(config.architecture, 'amd64');
  });

  test('distroless static: nonroot user, /tmp, no shell, User 65532', async () => {
    const { config, files } = await open(await distrolessStaticImage());
    const passwd = files.get('etc/passwd');
    assert.ok(passwd);
    assert.equal(files.get('tmp')?.mode, 0o1777);
    assert.deepEqual([files.get('home/nonroot')?.uid, files.get('home/nonroot')?.gid, files.get('home/nonroot')?.mode], [65532, 65532, 0o700]);
    assert.ok(![...files.keys()].some((p) => /^(usr\/)?s?bin\//.test(p)), 'no binaries at all');
    assert.equal(config.config?.User, '65532');
    assert.equal(config.config?.Labels, undefined);
    assert.ok(config.config?.Env?.includes('SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'));
  });

  test('distroless static for several platforms is an index of identical layers', async () => {
    const image = await distrolessStaticImage({ platforms: ['linux/amd64', 'linux/arm64'] });
    const layout = await OciLayout.open(image.layoutDir);
    const root = await layout.resolve(image.ref);
    const index = (await layout.readManifest(root)) as ImageIndex;
    assert.deepEqual(
      index.manifests.map((m) => m.platform?.architecture),
      ['amd64', 'arm64'],
    );
    const layers = await Promise.all(index.manifests.map(async (m) => ((await layout.readManifest(m)) as ImageManifest).layers[0]!.digest));
    assert.equal(layers[0], layers[1]);
    assert.notEqual(image.layoutDir, (await distrolessStaticImage()).layoutDir);
  });

  test('go builder: busybox plus a trimmed Go toolchain and its environment', async () => {
    const { config, files, manifest } = await open(await goBuilderImage());
    assert.equal(manifest.layers.length, 2);
    assert.equal(manifest.layers[0]!.digest, (await open(await busyboxImage())).manifest.layers[0]!.digest, 'the busybox layer is shared');
    for (const path of [
      'usr/local/go/bin/go',
      'usr/local/go/pkg/tool/linux_amd64/compile',
      'usr/local/go/pkg/tool/linux_amd64/link',
      'usr/local/go/pkg/include/textflag.h',
      'usr/local/go/src/net/http/server.go',
      'usr/local/go/VERSION',
    ]) {
      assert.equal(files.get(path)?.type, 'file', path);
    }
    assert.ok(![...files.keys()].some((p) => p.endsWith('_test.go') || p.includes('/testdata/')), 'no tests or test data');
    const env = config.config?.Env ?? [];
    for (const entry of ['GOROOT=/usr/local/go', 'GOCACHE=/tmp/gocache', 'GOPROXY=off', 'CGO_ENABLED=0']) assert.ok(env.includes(entry), entry);
    assert.ok(env.some((e) => e.startsWith('PATH=/usr/local/go/bin:')));
  });

  test('node runtime: distroless files plus node and the libraries it links, node as the entrypoint, no shell', async () => {
    const { config, files, manifest } = await open(await nodeRuntimeImage());
    assert.equal(manifest.layers[0]!.digest, (await open(await distrolessStaticImage())).manifest.layers[0]!.digest, 'the distroless layer is shared');
    assert.equal(files.get('nodejs/bin/node')?.mode, 0o755);
    for (const lib of ['lib/x86_64-linux-gnu/libc.so.6', 'lib/x86_64-linux-gnu/libstdc++.so.6', 'lib64/ld-linux-x86-64.so.2'])
      assert.equal(files.get(lib)?.type, 'file', lib);
    assert.ok(![...files.keys()].some((p) => /(^|\/)(sh|bash|busybox)$/.test(p)), 'no shell');
    assert.deepEqual([config.config?.Entrypoint, config.config?.User, config.config?.WorkingDir], [['/nodejs/bin/node'], '65532', '/home/nonroot']);
  });

  test('node builder: busybox, node and npm (a sh wrapper)', async () => {
    const { config, files } = await open(await nodeBuilderImage());
    for (const path of [
      'usr/local/bin/node',
      'usr/local/bin/npm',
      'usr/local/lib/node_modules/npm/bin/npm-cli.js',
      'usr/local/lib/node_modules/npm/package.json',
      'bin/busybox',
    ])
      assert.equal(files.get(path)?.type, 'file', path);
    assert.equal(config.config?.WorkingDir, '/app');
    assert.ok(config.config?.Env?.includes('npm_config_cache=/tmp/npm-cache'));
  });

  test('buildah runs RUN steps on the busybox base in a private storage that cleanup removes', {
    skip: buildahInstalled ? false : 'buildah is not installed',
  }, async () => {
    const storage = await createBuildahStorage();
    const ctx = await mkdtemp(join(tmpdir(), 'bases-ctx-'));
    try {
      const busybox = await busyboxImage();
      await writeFile(
        join(ctx, 'Dockerfile'),
        'ARG BASE\nFROM ${BASE}\nRUN mkdir -p /out && echo "$(ls /bin | wc -l) applets" > /out/count && cat /out/count\n',
      );
      const { stdout, stderr } = await execFileAsync(BUILDAH_BINARY, [
        ...storage.args,
        'build',
        '--isolation',
        'chroot',
        '--build-arg',
        `BASE=${busybox.from}`,
        '--tag',
        'localhost/bases-test:1',
        ctx,
      ]);
      assert.match(`${stdout}${stderr}`, /\d{3} applets/);
      const { stdout: images } = await execFileAsync(BUILDAH_BINARY, [...storage.args, 'images', '--format', '{{.Name}}']);
      assert.ok(images.includes('localhost/bases-test'));
    } finally {
      await storage.cleanup();
      await rm(ctx, { recursive: true, force: true });
    }
    assert.equal(await stat(storage.root).catch(() => undefined), undefined, 'the storage is gone');
  });
});
