import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import { ActionError } from '@service-pipeline/action-kit/errors';
import {
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  isIndex,
  OciLayout,
  openImage,
  type TarHeader,
  tarHeaders,
} from '@service-pipeline/oci';
import {
  type BuildahStorage,
  busyboxImage,
  createBuildahStorage,
  createFastBuildahStorage,
  distrolessStaticImage,
  goBuilderImage,
} from '../../../test/helpers/bases.js';
import { freePort } from '../../../test/helpers/ports.js';
import { startProcess, waitForHttp } from '../../../test/helpers/processes.js';
import { buildahAvailable, buildahCommands, buildWithBuildah, type DockerfileBuild, failedStep, localImageName } from '../src/buildah.js';
import { distrolessCheck } from '../src/distroless-check.js';

const execFileAsync = promisify(execFile);
const EPOCH = 1_700_000_000;
const GO_EXAMPLE = resolve(import.meta.dirname, '../../../examples/go-service');

function base(overrides: Partial<DockerfileBuild> = {}): DockerfileBuild {
  return {
    context: '/src/app',
    dockerfile: '/src/app/Dockerfile',
    buildArgs: {},
    labels: {},
    platforms: ['linux/amd64'],
    sourceDateEpoch: EPOCH,
    secrets: [],
    layoutDir: '/out/layout',
    refName: 'app',
    ...overrides,
  };
}

describe('buildahCommands', () => {
  const name = localImageName({ layoutDir: '/out/layout', refName: 'app' });

  test('the local image name is stable per layout and ref, and differs between them', () => {
    assert.match(name, /^localhost\/service-pipeline-build:[0-9a-f]{16}$/);
    assert.equal(localImageName({ layoutDir: '/out/layout/', refName: 'app' }), name);
    assert.notEqual(localImageName({ layoutDir: '/out/layout', refName: 'other' }), name);
  });

  const table: { title: string; build: DockerfileBuild; argv: string[][]; steps?: string[] }[] = [
    {
      title: 'one platform: build --tag, push to the layout, rmi',
      build: base(),
      argv: [
        [
          'buildah',
          'build',
          '--format',
          'oci',
          '--identity-label=false',
          '--timestamp',
          '1700000000',
          '--file',
          '/src/app/Dockerfile',
          '--platform',
          'linux/amd64',
          '--build-arg',
          'SOURCE_DATE_EPOCH=1700000000',
          '--tag',
          name,
          '/src/app',
        ],
        ['buildah', 'push', '--format', 'oci', name, 'oci:/out/layout:app'],
        ['buildah', 'rmi', name],
      ],
      steps: ['build', 'push', 'cleanup'],
    },
    {
      title: 'every option, args and labels sorted, SOURCE_DATE_EPOCH from sourceDateEpoch',
      build: base({
        target: 'runtime',
        buildArgs: { VERSION: '1.2.3', BASE_IMAGE: 'oci:/b:x', SOURCE_DATE_EPOCH: '1' },
        labels: { 'org.opencontainers.image.source': 'https://github.com/acme/shop', 'org.opencontainers.image.revision': 'abc' },
        secrets: [{ id: 'npmrc', src: '/run/npmrc' }],
        storage: { root: '/s/root', runroot: '/s/run', driver: 'vfs' },
        isolation: 'chroot',
        pull: 'never',
        registriesInsecure: ['127.0.0.1:5000'],
        buildah: '/opt/bin/buildah',
      }),
      argv: [
        [
          '/opt/bin/buildah',
          '--root',
          '/s/root',
          '--runroot',
          '/s/run',
          '--storage-driver',
          'vfs',
          'build',
          '--format',
          'oci',
          '--identity-label=false',
          '--timestamp',
          '1700000000',
          '--file',
          '/src/app/Dockerfile',
          '--target',
          'runtime',
          '--platform',
          'linux/amd64',
          '--build-arg',
          'BASE_IMAGE=oci:/b:x',
          '--build-arg',
          'SOURCE_DATE_EPOCH=1700000000',
          '--build-arg',
          'VERSION=1.2.3',
          '--label',
          'org.opencontainers.image.revision=abc',
          '--label',
          'org.opencontainers.image.source=https://github.com/acme/shop',
          '--secret',
          'id=npmrc,src=/run/npmrc',
          '--isolation',
          'chroot',
          '--pull=never',
          '--tls-verify=false',
          '--tag',
          name,
          '/src/app',
        ],
        ['/opt/bin/buildah', '--root', '/s/root', '--runroot', '/s/run', '--storage-driver', 'vfs', 'push', '--format', 'oci', name, 'oci:/out/layout:app'],
        ['/opt/bin/buildah', '--root', '/s/root', '--runroot', '/s/run', '--storage-driver', 'vfs', 'rmi', name],
      ],
    },
    {
      title: 'several platforms: one build, push and rmi per platform, each into its staging layout',
      build: base({ platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'], storage: { root: '/r', runroot: '/rr', driver: 'overlay' }, pull: 'missing' }),
      argv: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'].flatMap((platform) => [
        [
          'buildah',
          '--root',
          '/r',
          '--runroot',
          '/rr',
          '--storage-driver',
          'overlay',
          'build',
          '--format',
          'oci',
          '--identity-label=false',
          '--timestamp',
          '1700000000',
          '--file',
          '/src/app/Dockerfile',
          '--platform',
          platform,
          '--build-arg',
          'SOURCE_DATE_EPOCH=1700000000',
          '--pull=missing',
          '--tag',
          name,
          '/src/app',
        ],
        [
          'buildah',
          '--root',
          '/r',
          '--runroot',
          '/rr',
          '--storage-driver',
          'overlay',
          'push',
          '--format',
          'oci',
          name,
          `oci:/out/layout.platforms/${platform.replaceAll('/', '-')}:app`,
        ],
        ['buildah', '--root', '/r', '--runroot', '/rr', '--storage-driver', 'overlay', 'rmi', name],
      ]),
      steps: ['build', 'push', 'cleanup', 'build', 'push', 'cleanup', 'build', 'push', 'cleanup'],
    },
    {
      title: 'no platform: the host platform, no --platform flag',
      build: base({ platforms: [], sourceDateEpoch: 0 }),
      argv: [
        [
          'buildah',
          'build',
          '--format',
          'oci',
          '--identity-label=false',
          '--timestamp',
          '0',
          '--file',
          '/src/app/Dockerfile',
          '--build-arg',
          'SOURCE_DATE_EPOCH=0',
          '--tag',
          name,
          '/src/app',
        ],
        ['buildah', 'push', '--format', 'oci', name, 'oci:/out/layout:app'],
        ['buildah', 'rmi', name],
      ],
    },
  ];
  for (const row of table) {
    test(row.title, () => {
      const commands = buildahCommands(row.build);
      assert.deepEqual(
        commands.map((c) => c.argv),
        row.argv,
      );
      if (row.steps)
        assert.deepEqual(
          commands.map((c) => c.step),
          row.steps,
        );
      for (const c of commands) assert.equal(c.ignoreFailure === true, c.step === 'cleanup');
    });
  }

  test('buildah before 1.25 gets no --identity-label flag (it would reject it)', () => {
    assert.ok(!buildahCommands(base(), { version: '1.23.1' })[0]!.argv.includes('--identity-label=false'));
    assert.ok(buildahCommands(base(), { version: '1.25.0' })[0]!.argv.includes('--identity-label=false'));
    assert.ok(buildahCommands(base(), { version: '2.0.0' })[0]!.argv.includes('--identity-label=false'));
    assert.ok(buildahCommands(base(), { version: 'unknown' })[0]!.argv.includes('--identity-label=false'));
  });

  test('relative paths are resolved against the working directory', () => {
    const [build, push] = buildahCommands(
      base({ context: 'examples/go-service', dockerfile: 'examples/go-service/Dockerfile', layoutDir: 'out', secrets: [{ id: 's', src: 'secret.txt' }] }),
    );
    assert.equal(build!.argv.at(-1), resolve('examples/go-service'));
    assert.equal(build!.argv[build!.argv.indexOf('--file') + 1], resolve('examples/go-service/Dockerfile'));
    assert.ok(build!.argv.includes(`id=s,src=${resolve('secret.txt')}`));
    assert.equal(push!.argv.at(-1), `oci:${resolve('out')}:app`);
  });

  const invalid: [string, Partial<DockerfileBuild>, RegExp][] = [
    ['platform', { platforms: ['amd64'] }, /platform "amd64" is not os\/arch/],
    ['duplicate platform', { platforms: ['linux/amd64', 'linux/amd64'] }, /twice/],
    ['epoch', { sourceDateEpoch: 1.5 }, /source date epoch 1\.5/],
    ['negative epoch', { sourceDateEpoch: -1 }, /source date epoch -1/],
    ['build arg', { buildArgs: { 'A-B': 'x' } }, /build arg name "A-B"/],
    ['label', { labels: { 'a=b': 'x' } }, /label key "a=b"/],
    ['secret id', { secrets: [{ id: 'a,b', src: '/x' }] }, /secret id "a,b"/],
    ['secret src', { secrets: [{ id: 'a', src: '/x,y' }] }, /secret "a" has an invalid source path/],
    ['layout with a colon', { layoutDir: '/out/a:b' }, /contains ":"/],
    ['ref name', { refName: 'has space' }, /ref name "has space"/],
    ['target', { target: '-x' }, /target "-x"/],
  ];
  for (const [title, overrides, message] of invalid) {
    test(`rejects an invalid ${title} with an ActionError`, () => {
      assert.throws(
        () => buildahCommands(base(overrides)),
        (error: unknown) => error instanceof ActionError && message.test(error.message) && error.fix.length > 0,
      );
    });
  }

  test('failedStep reads the failing instruction, else the last error line', () => {
    assert.deepEqual(
      failedStep(['[1/2] STEP 3/3: RUN exit 3', 'subprocess exited with status 3', 'Error: building at STEP "RUN echo "a" && exit 3": exit status 3']),
      { step: 'RUN echo "a" && exit 3', reason: 'exit status 3' },
    );
    assert.deepEqual(failedStep(['x', 'Error: creating build container: image not known']), { error: 'creating build container: image not known' });
    assert.deepEqual(failedStep(['Error: 2 errors occurred:', '\t* creating build container: a', '\t* creating build container: b', '']), {
      error: '2 errors occurred: * creating build container: a * creating build container: b',
    });
    assert.deepEqual(failedStep(['nothing']), {});
  });
});

const buildahVersion = await buildahAvailable();

/** Every entry of every layer (not only the final filesystem), per layer. */
async function layerHeaders(layout: OciLayout, manifest: ImageManifest): Promise<TarHeader[][]> {
  const result: TarHeader[][] = [];
  for (const layer of manifest.layers) {
    const headers: TarHeader[] = [];
    for await (const header of tarHeaders(layout.openBlob(layer).pipe(createGunzip())))
      headers.push({ ...header, path: header.path.replace(/^\.\//, '').replace(/\/$/, '') });
    result.push(headers);
  }
  return result;
}

async function layerEntries(layout: OciLayout, manifest: ImageManifest): Promise<string[][]> {
  return (await layerHeaders(layout, manifest)).map((headers) => headers.map((h) => h.path));
}

async function readJson<T>(layout: OciLayout, descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<T> {
  return JSON.parse((await layout.readBlob(descriptor)).toString()) as T;
}

describe('buildWithBuildah (real buildah)', { skip: buildahVersion === undefined ? 'buildah is not installed' : false }, () => {
  let work: string;
  let storage: BuildahStorage;
  const logs: string[] = [];
  const log = { info: (m: string) => logs.push(m), debug: (m: string) => logs.push(m) };
  const timings: string[] = [];
  const timed = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await fn();
    } finally {
      timings.push(`${what}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
    }
  };
  const storageOf = (s: BuildahStorage): DockerfileBuild['storage'] => ({ root: s.root, runroot: s.runroot, driver: s.driver });
  let goBuild: (layoutDir: string, s: BuildahStorage) => DockerfileBuild;
  // Shared by the tests that need it, so none depends on another having run first.
  let firstBuild: Promise<{ digest: string; layoutDir: string; refName: string }> | undefined;
  const buildFirst = () => (firstBuild ??= timed('go example build #1 (vfs)', () => buildWithBuildah(goBuild(join(work, 'go-1'), storage), log)));

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'buildah-test-'));
    storage = await createBuildahStorage({ driver: 'vfs' });
    const [goBuilder, distroless] = await timed('base images (busybox, distroless static, go builder)', () =>
      Promise.all([goBuilderImage(), distrolessStaticImage(), busyboxImage()]),
    );
    goBuild = (layoutDir, s) => ({
      context: GO_EXAMPLE,
      dockerfile: join(GO_EXAMPLE, 'Dockerfile'),
      buildArgs: { BUILDER_IMAGE: goBuilder.from, BASE_IMAGE: distroless.from, VERSION: '1.2.3' },
      labels: {
        'org.opencontainers.image.source': 'https://github.com/acme/go-service',
        'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
        'org.opencontainers.image.version': '1.2.3',
      },
      platforms: ['linux/amd64'],
      sourceDateEpoch: EPOCH,
      secrets: [],
      layoutDir,
      refName: 'go-service',
      storage: storageOf(s),
      isolation: 'chroot',
      pull: 'missing',
    });
  });

  after(async () => {
    await storage?.cleanup();
    if (work) await rm(work, { recursive: true, force: true });
    console.log(`# buildah ${buildahVersion}; ${timings.join('; ')}`);
  });

  test('the Go example: RUN go build in a builder stage, distroless static nonroot result', async () => {
    const layoutDir = join(work, 'go-1');
    const result = await buildFirst();
    assert.equal(result.refName, 'go-service');
    assert.equal(result.layoutDir, layoutDir);

    const layout = await OciLayout.open(layoutDir);
    const root = await layout.resolve('go-service');
    assert.equal(root.digest, result.digest);
    assert.equal(root.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    const manifest = (await layout.readManifest(root)) as ImageManifest;
    assert.ok(!isIndex(manifest));
    const config = await readJson<ImageConfig & { config: { Labels?: Record<string, string>; ExposedPorts?: object } }>(layout, manifest.config);
    assert.equal(config.architecture, 'amd64');
    assert.equal(config.os, 'linux');
    assert.equal(config.config.User, '65532:65532');
    assert.deepEqual(config.config.Entrypoint, ['/app/server']);
    assert.equal(config.config.Cmd ?? null, null);
    assert.deepEqual(config.config.Labels, {
      'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
      'org.opencontainers.image.source': 'https://github.com/acme/go-service',
      'org.opencontainers.image.version': '1.2.3',
    });
    assert.equal(config.created, new Date(EPOCH * 1000).toISOString().replace('.000Z', 'Z'));

    // No shell anywhere: not in any layer, not in the final filesystem.
    const layers = await layerEntries(layout, manifest);
    assert.equal(layers.length, 2, 'the distroless layer plus one layer with the binary');
    for (const paths of layers) {
      for (const shell of ['bin/sh', 'bin/busybox', 'bin/ash', 'usr/local/go/bin/go']) assert.ok(!paths.includes(shell), `a layer contains ${shell}`);
    }
    assert.deepEqual(
      layers[1]!.filter((p) => !['app'].includes(p)),
      ['app/server'],
    );
    assert.deepEqual(await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, digest: root.digest })), []);

    // The binary is a static Go server that runs and answers.
    const bin = join(work, 'extract');
    await mkdir(bin);
    await execFileAsync('tar', ['-xzf', layout.blobPath(manifest.layers[1]!.digest), '-C', bin, 'app/server']);
    await chmod(join(bin, 'app/server'), 0o755);
    const port = await freePort();
    const server = startProcess(join(bin, 'app/server'), ['-addr', `127.0.0.1:${port}`]);
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, { okStatuses: [200], process: server });
      const body = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as Record<string, string>;
      assert.deepEqual(body, { service: 'go-service', version: '1.2.3' });
    } finally {
      await server.stop();
    }
    assert.ok(
      logs.some((l) => l.startsWith('$ buildah --root')),
      'the commands are logged',
    );
    assert.ok(
      logs.some((l) => l.includes('STEP') && l.includes('go build')),
      'buildah output goes to the log',
    );
  });

  test('building again in a fresh overlay storage gives the same digest (reproducible)', async (t) => {
    const first = await buildFirst();
    const other = await createFastBuildahStorage();
    if (other.driver === 'vfs') t.diagnostic('overlay storage does not work here; using vfs');
    try {
      const result = await timed(`go example build #2 (${other.driver}, fresh storage)`, () => buildWithBuildah(goBuild(join(work, 'go-2'), other), log));
      t.diagnostic(`build #1 ${first.digest}, build #2 ${result.digest}`);
      assert.equal(result.digest, first.digest);
    } finally {
      await other.cleanup();
    }
  });

  test('several platforms give an OCI index with one image per platform', async () => {
    const ctx = join(work, 'multi');
    await mkdir(ctx);
    await writeFile(
      join(ctx, 'Dockerfile'),
      'ARG BASE_IMAGE=scratch\nFROM ${BASE_IMAGE}\nARG TARGETARCH\nCOPY hello.txt /srv/hello.txt\nUSER 65532:65532\nENTRYPOINT ["/srv/nothing"]\n',
    );
    await writeFile(join(ctx, 'hello.txt'), 'hello\n');
    const distroless = await distrolessStaticImage({ platforms: ['linux/amd64', 'linux/arm64'] });
    const layoutDir = join(work, 'multi-out');
    const build: DockerfileBuild = {
      context: ctx,
      dockerfile: join(ctx, 'Dockerfile'),
      buildArgs: { BASE_IMAGE: distroless.from },
      labels: { 'org.opencontainers.image.source': 'https://github.com/acme/multi' },
      platforms: ['linux/amd64', 'linux/arm64'],
      sourceDateEpoch: EPOCH,
      secrets: [],
      layoutDir,
      refName: 'multi',
      storage: storageOf(storage),
      isolation: 'chroot',
    };
    const result = await timed('multi-platform build', () => buildWithBuildah(build, log));
    const layout = await OciLayout.open(layoutDir);
    const root = await layout.resolve('multi');
    assert.equal(root.digest, result.digest);
    assert.equal(root.mediaType, 'application/vnd.oci.image.index.v1+json');
    const index = (await layout.readManifest(root)) as ImageIndex;
    assert.deepEqual(
      index.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`),
      ['linux/amd64', 'linux/arm64'],
    );
    for (const child of index.manifests) {
      const manifest = (await layout.readManifest(child)) as ImageManifest;
      const config = await readJson<ImageConfig & { config: { Labels?: Record<string, string> } }>(layout, manifest.config);
      assert.equal(config.architecture, child.platform?.architecture);
      assert.equal(config.config.User, '65532:65532');
      assert.equal(config.config.Labels?.['org.opencontainers.image.source'], 'https://github.com/acme/multi');
    }
    // Built again: the index lists the platforms in the requested order, so it is the same index.
    const again = await buildWithBuildah(build, log);
    const index2 = (await layout.readManifest(await layout.resolve('multi'))) as ImageIndex;
    assert.deepEqual(
      index2.manifests.map((m) => m.platform?.architecture),
      ['amd64', 'arm64'],
    );
    assert.equal(again.digest, result.digest);
    assert.deepEqual(await readdir(work).then((names) => names.filter((n) => n.endsWith('.platforms'))), [], 'the staging layouts are removed');
    // Another order is another index (same images).
    const reversed = await buildWithBuildah({ ...build, platforms: ['linux/arm64', 'linux/amd64'], layoutDir: join(work, 'multi-reversed') }, log);
    const reversedLayout = await OciLayout.open(join(work, 'multi-reversed'));
    const reversedRoot = await reversedLayout.resolve('multi');
    assert.equal(reversedRoot.digest, reversed.digest);
    const index3 = (await reversedLayout.readManifest(reversedRoot)) as ImageIndex;
    assert.deepEqual(
      index3.manifests.map((m) => m.digest),
      [...index.manifests.map((m) => m.digest)].reverse(),
    );
  });

  test('a secret is readable by RUN --mount=type=secret and not stored in the image', async () => {
    const busybox = await busyboxImage();
    const ctx = join(work, 'secret');
    await mkdir(ctx);
    await writeFile(
      join(ctx, 'Dockerfile'),
      'ARG BASE_IMAGE=busybox\nFROM ${BASE_IMAGE}\nRUN --mount=type=secret,id=token test "$(cat /run/secrets/token)" = s3cret && echo checked > /checked\n',
    );
    await writeFile(join(work, 'token.txt'), 's3cret');
    const layoutDir = join(work, 'secret-out');
    await buildWithBuildah(
      {
        ...goBuild(layoutDir, storage),
        context: ctx,
        dockerfile: join(ctx, 'Dockerfile'),
        buildArgs: { BASE_IMAGE: busybox.from },
        labels: {},
        secrets: [{ id: 'token', src: join(work, 'token.txt') }],
        refName: 'secret',
      },
      log,
    );
    const layout = await OciLayout.open(layoutDir);
    const manifest = (await layout.readManifest(await layout.resolve('secret'))) as ImageManifest;
    const headers = (await layerHeaders(layout, manifest)).flat();
    assert.ok(headers.some((h) => h.path === 'checked'));
    // buildah 1.28 (chroot isolation) leaves the mount points of RUN in the layer: empty
    // etc/hosts, etc/resolv.conf, etc/hostname and directories dev, proc, sys, run/secrets.
    const secretPaths = headers.filter((h) => h.path.startsWith('run/secrets'));
    assert.deepEqual(
      secretPaths.map((h) => `${h.path} ${h.type}`),
      ['run/secrets directory'],
      'no secret file in any layer',
    );
    for (const mountPoint of headers.filter((h) => ['etc/hosts', 'etc/resolv.conf', 'etc/hostname'].includes(h.path)))
      assert.equal(mountPoint.size, 0, `${mountPoint.path} is an empty mount point`);
  });

  test('a failing RUN names the instruction and shows the end of the output', async () => {
    const busybox = await busyboxImage();
    const ctx = join(work, 'failing');
    await mkdir(ctx);
    await writeFile(
      join(ctx, 'Dockerfile'),
      'ARG BASE_IMAGE=busybox\nFROM ${BASE_IMAGE} AS build\nRUN echo compiling\nRUN echo "step output before failing" && exit 3\nFROM scratch\nCOPY --from=build /tmp /tmp\n',
    );
    const build = {
      ...goBuild(join(work, 'failing-out'), storage),
      context: ctx,
      dockerfile: join(ctx, 'Dockerfile'),
      buildArgs: { BASE_IMAGE: busybox.from },
      refName: 'failing',
    };
    await assert.rejects(buildWithBuildah(build, log), (error: unknown) => {
      assert.ok(error instanceof ActionError);
      assert.match(error.what, /the instruction RUN echo "step output before failing" && exit 3 failed \(exit status 3\)/);
      assert.match(error.what, /last \d+ lines of buildah output/);
      assert.match(error.what, /step output before failing/);
      assert.match(error.fix, /fix that instruction/);
      return true;
    });
    // Nothing is left behind: no working containers, no tagged image.
    const { stdout } = await execFileAsync('buildah', [...storage.args, 'containers', '--quiet']);
    assert.equal(stdout.trim(), '');
  });

  test("a missing base image fails with buildah's error", async () => {
    const ctx = join(work, 'nobase');
    await mkdir(ctx);
    await writeFile(join(ctx, 'Dockerfile'), 'FROM oci:/nonexistent/layout:nothing\nCOPY . /\n');
    const build = { ...goBuild(join(work, 'nobase-out'), storage), context: ctx, dockerfile: join(ctx, 'Dockerfile'), buildArgs: {}, refName: 'nobase' };
    await assert.rejects(
      buildWithBuildah(build, log),
      (error: unknown) => error instanceof ActionError && /could not build/.test(error.what) && /nonexistent/.test(error.what),
    );
  });

  test('input errors: Dockerfile not found, missing context, missing secret file, no buildah', async () => {
    const ctx = join(work, 'inputs');
    await mkdir(ctx);
    const build = { ...goBuild(join(work, 'inputs-out'), storage), context: ctx, dockerfile: join(ctx, 'Dockerfile') };
    await assert.rejects(
      buildWithBuildah(build, log),
      (error: unknown) =>
        error instanceof ActionError && error.what === `the Dockerfile ${join(ctx, 'Dockerfile')} does not exist` && /dockerfile input/.test(error.fix),
    );
    await assert.rejects(
      buildWithBuildah({ ...build, context: join(work, 'no-such-dir') }, log),
      (error: unknown) => error instanceof ActionError && error.what === `the build context ${join(work, 'no-such-dir')} does not exist`,
    );
    await writeFile(join(ctx, 'Dockerfile'), 'FROM scratch\n');
    await assert.rejects(
      buildWithBuildah({ ...build, context: join(ctx, 'Dockerfile') }, log),
      (error: unknown) => error instanceof ActionError && /is not a directory/.test(error.what),
    );
    await assert.rejects(
      buildWithBuildah({ ...build, secrets: [{ id: 'npmrc', src: join(work, 'absent') }] }, log),
      (error: unknown) => error instanceof ActionError && /secret "npmrc" does not exist/.test(error.what),
    );
    await assert.rejects(
      buildWithBuildah({ ...build, buildah: join(work, 'no-buildah') }, log),
      (error: unknown) =>
        error instanceof ActionError && /buildah is not available/.test(error.what) && /install buildah/.test(error.fix) && /append mode/.test(error.fix),
    );
    assert.equal(await buildahAvailable(join(work, 'no-buildah')), undefined);
    assert.match(buildahVersion ?? '', /^\d+\.\d+/);
  });
});
