/**
 * examples/node-service built two ways: its app directory appended onto a distroless-like
 * Node base, and from source with `preset: node` and buildah (a local Node builder image
 * stands in for node:22). Both images run node as 65532 with a vector-form start and pass
 * the distroless check; the appended one is started from its own root filesystem.
 */

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import {
  type Descriptor,
  type ImageConfig,
  type ImageManifest,
  imageFilesystem,
  layoutSource,
  OciLayout,
  openImage,
  parseImageConfig,
} from '@service-pipeline/oci';
import { NODE_BINARY } from '../../../test/helpers/action-runner.js';
import { type BuildahStorage, createBuildahStorage, nodeBuilderImage, nodeRuntimeImage } from '../../../test/helpers/bases.js';
import { freePort } from '../../../test/helpers/ports.js';
import { startProcess, waitForHttp } from '../../../test/helpers/processes.js';
import { appendBuild, openBaseImage, parseArtifacts } from '../src/append.js';
import { buildahAvailable, buildWithBuildah } from '../src/buildah.js';
import { distrolessCheck } from '../src/distroless-check.js';
import { preparePresetDockerfile } from '../src/presets/prepare.js';

const execFileAsync = promisify(execFile);
const EXAMPLE = resolve(import.meta.dirname, '../../../examples/node-service');
const EPOCH = 1_700_000_000;
const buildahVersion = await buildahAvailable();

async function imageOf(layoutDir: string, ref: string): Promise<{ layout: OciLayout; root: Descriptor; manifest: ImageManifest; config: ImageConfig }> {
  const layout = await OciLayout.open(layoutDir);
  const root = await layout.resolve(ref);
  const manifest = (await layout.readManifest(root)) as ImageManifest;
  const config = parseImageConfig(await layout.readBlob(manifest.config));
  return { layout, root, manifest, config };
}

describe('examples/node-service', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'node-example-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test('its own tests pass (node --test)', async () => {
    // Without NODE_TEST_CONTEXT, which would make the child report to this runner instead of stdout.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const { stdout } = await execFileAsync(NODE_BINARY, ['--test', '--test-reporter=tap'], { cwd: EXAMPLE, env });
    assert.match(stdout, /# pass 4\n/);
    assert.match(stdout, /# fail 0\n/);
  });

  test('append mode: the app onto the node base, reproducible, distroless, and it serves from its own root filesystem', async () => {
    const base = await nodeRuntimeImage();
    const build = async (layoutDir: string) =>
      appendBuild({
        base: await openBaseImage(`oci-layout:${base.layoutDir}:${base.ref}`),
        platforms: ['linux/amd64'],
        artifacts: parseArtifacts(['app.js=/app/app.js', 'server.js=/app/server.js', 'package.json=/app/package.json'], EXAMPLE),
        config: { entrypoint: ['/nodejs/bin/node', '/app/server.js'], workdir: '/app', user: '65532:65532', ports: ['8080'], env: { NODE_ENV: 'production' } },
        annotations: { 'org.opencontainers.image.source': 'https://github.com/acme/node-service' },
        sourceDateEpoch: EPOCH,
        layoutDir,
        refName: 'node-service',
      });
    const first = await build(join(work, 'append-1'));
    const second = await build(join(work, 'append-2'));
    assert.equal(second.root.digest, first.root.digest, 'same inputs, same digest');

    const { layout, root, manifest, config } = await imageOf(join(work, 'append-1'), 'node-service');
    assert.deepEqual(config.config?.Entrypoint, ['/nodejs/bin/node', '/app/server.js']);
    assert.equal(config.config?.Cmd, undefined);
    assert.equal(config.config?.User, '65532:65532');
    assert.equal(config.config?.WorkingDir, '/app');
    assert.deepEqual(await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, digest: root.digest })), []);
    const files = await imageFilesystem(layoutSource(layout), manifest);
    for (const path of ['nodejs/bin/node', 'app/server.js', 'app/app.js', 'etc/passwd']) assert.equal(files.get(path)?.type, 'file', path);
    assert.ok(!files.has('app/app.test.js'));

    // Unpacked and started as the image would be: node from the image, its libraries, user 65532.
    const rootfs = join(work, 'rootfs');
    await mkdir(rootfs);
    for (const layer of manifest.layers) await execFileAsync('tar', ['-xzf', layout.blobPath(layer.digest), '-C', rootfs]);
    const port = await freePort();
    const server = startProcess('/usr/sbin/chroot', ['--userspec=65532:65532', rootfs, ...config.config!.Entrypoint!], {
      env: { PORT: String(port), HOST: '127.0.0.1', APP_VERSION: '9.9.9' },
      inheritEnv: false,
    });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, { okStatuses: [200], process: server });
      assert.deepEqual(await (await fetch(`http://127.0.0.1:${port}/`)).json(), { service: 'node-service', version: '9.9.9' });
    } finally {
      await server.stop();
    }
  });

  test('preset node with buildah: npm ci in the builder, distroless node result with CMD ["server.js"]', {
    skip: buildahVersion === undefined ? 'buildah is not installed' : false,
  }, async () => {
    const [builder, runtime] = await Promise.all([nodeBuilderImage(), nodeRuntimeImage()]);
    // A copy: the preset writes its Dockerfile into the context.
    const context = join(work, 'src');
    await cp(EXAMPLE, context, { recursive: true });
    const { path, text } = await preparePresetDockerfile('node', context);
    assert.match(text, /CMD \["server\.js"\]/);
    let storage: BuildahStorage | undefined;
    try {
      storage = await createBuildahStorage({ driver: 'vfs' });
      const result = await buildWithBuildah(
        {
          context,
          dockerfile: path,
          buildArgs: { BUILDER_IMAGE: builder.from, BASE_IMAGE: runtime.from },
          labels: {},
          platforms: ['linux/amd64'],
          sourceDateEpoch: EPOCH,
          secrets: [],
          layoutDir: join(work, 'preset'),
          refName: 'node-service',
          storage: { root: storage.root, runroot: storage.runroot, driver: storage.driver },
          isolation: 'chroot',
          pull: 'missing',
        },
        { info: () => undefined, debug: () => undefined },
      );
      const { layout, root, manifest, config } = await imageOf(join(work, 'preset'), 'node-service');
      assert.equal(root.digest, result.digest);
      assert.deepEqual(config.config?.Entrypoint, ['/nodejs/bin/node'], 'from the base');
      assert.deepEqual(config.config?.Cmd, ['server.js']);
      assert.equal(config.config?.User, '65532:65532');
      assert.equal(config.config?.WorkingDir, '/app');
      assert.ok(config.config?.Env?.includes('NODE_ENV=production'));
      assert.deepEqual(await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, digest: root.digest })), []);
      const files = await imageFilesystem(layoutSource(layout), manifest);
      for (const path of ['app/server.js', 'app/app.js', 'app/package.json', 'app/package-lock.json', 'nodejs/bin/node'])
        assert.equal(files.get(path)?.type, 'file', path);
      assert.ok(!files.has('app/app.test.js'), '.dockerignore keeps the tests out');
      assert.ok(!files.has('bin/sh') && !files.has('usr/local/bin/npm'), 'nothing of the builder');
    } finally {
      await storage?.cleanup();
    }
  });
});
