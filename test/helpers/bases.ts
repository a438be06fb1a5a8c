/**
 * Base images for build tests, made locally without network (there is no registry to pull
 * `busybox`, `golang` or `gcr.io/distroless/*` from here).
 *
 * The images are written straight into OCI image layouts with the oci package (deterministic
 * tar layers, fixed timestamps: the same host files always give the same digests), once per
 * test process, in one temp dir that is removed when the process exits. No buildah is needed
 * to create them.
 *
 * Using them with buildah: buildah (1.28) accepts a transport reference in FROM, so pass
 * `image.from` (`oci:<layoutDir>:<ref>`) as a build arg:
 *
 *   ARG BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot
 *   FROM ${BASE_IMAGE}
 *
 *   buildah build --build-arg BASE_IMAGE=oci:/tmp/sp-bases-x/distroless-static:nonroot ...
 *
 * buildah copies the image into its storage on first use (`Copying blob ...`) and reuses the
 * stored layers in later builds with the same storage. Any `--pull` policy works with `oci:`.
 * Give every buildah call an isolated storage with {@link createBuildahStorage}.
 *
 * buildah 1.28 quirks with `oci:` bases (none of them happen with registry references):
 * - it stores the image as `localhost/<layout path>`, so the path must be a valid lowercase
 *   repository name (the temp dir here is made that way; mkdtemp's capitals fail);
 * - in a multi-platform build, two platforms pulling the same `oci:` image at once (a
 *   `FROM --platform=$BUILDPLATFORM` builder) fail with `locating pulled image ... image not
 *   known`; an index with one image per platform (distrolessStaticImage({ platforms })) works.
 *   For a shared builder in a multi-platform test push the bases to startRegistry() instead;
 * - the built image's history records `FROM localhost/<layout path>`, so its digest is only
 *   stable within one test process (the dir name is random), not across processes.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { hostEntries, parentDirEntries, sharedLibraryEntries, writeNodeBase, writeStaticBase } from '@service-pipeline/build';
import {
  type ContainerConfig,
  type Descriptor,
  OciLayout,
  parsePlatform,
  type TarEntry,
  type WrittenLayer,
  writeImage,
  writeLayer,
} from '@service-pipeline/oci';
import { NODE_BINARY } from './action-runner.js';

const execFileAsync = promisify(execFile);

export const BUSYBOX_BINARY = process.env.TEST_BUSYBOX_BINARY ?? '/bin/busybox';
/** GOROOT of the host's Go toolchain (Debian's golang-go 1.19 by default). */
export const HOST_GOROOT = process.env.TEST_GOROOT ?? '/usr/lib/go-1.19';
export const BUILDAH_BINARY = process.env.TEST_BUILDAH_BINARY ?? 'buildah';
/** The Node 24 binary the node images carry (dynamically linked: its libraries come along). */
export const NODE_BINARY_FOR_IMAGES = process.env.TEST_NODE_IMAGE_BINARY ?? NODE_BINARY;
/** npm (JavaScript, runs on that node) for the node builder image: the host's. */
export const HOST_NPM_DIR = process.env.TEST_NPM_DIR ?? '/usr/lib/node_modules/npm';

/** Where the toolchain lives inside the Go builder image. */
export const IMAGE_GOROOT = '/usr/local/go';

const CREATED = '1970-01-01T00:00:00Z';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface BaseImage {
  /** OCI image layout directory. */
  layoutDir: string;
  /** Its `org.opencontainers.image.ref.name` in index.json. */
  ref: string;
  /** Digest of the index.json entry (an image manifest, or an index for several platforms). */
  digest: string;
  /** `oci:<layoutDir>:<ref>`: a buildah FROM / --build-arg value. */
  from: string;
  platforms: string[];
}

let baseDir: Promise<string> | undefined;
const cache = new Map<string, Promise<BaseImage>>();

function workDir(): Promise<string> {
  // Lowercase on purpose: buildah names an image pulled from `oci:<path>:<ref>` localhost/<path>,
  // and a repository name with capitals (as mkdtemp makes them) fails with "must be lowercase".
  baseDir ??= (async () => {
    const dir = join(tmpdir(), `sp-bases-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(dir, { mode: 0o700 });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  })();
  return baseDir;
}

function cached(key: string, make: () => Promise<BaseImage>): Promise<BaseImage> {
  let image = cache.get(key);
  if (!image) {
    image = make();
    // A failure is not cached: the next caller tries again (and sees the error itself).
    image.catch(() => cache.delete(key));
    cache.set(key, image);
  }
  return image;
}

/** Writes a base into a fresh layout `name` of the work dir with `write`, which names its root `ref`. */
async function layoutBase(name: string, ref: string, platforms: string[], write: (layoutDir: string) => Promise<Descriptor>): Promise<BaseImage> {
  const layoutDir = join(await workDir(), name);
  await rm(layoutDir, { recursive: true, force: true });
  const root = await write(layoutDir);
  return { layoutDir, ref, digest: root.digest, from: `oci:${layoutDir}:${ref}`, platforms };
}

/** One linux/amd64 image of `layers` named `ref`. */
function writeBase(
  name: string,
  ref: string,
  layers: (layout: OciLayout) => Promise<WrittenLayer[]>,
  config: ContainerConfig,
  comment: string,
): Promise<BaseImage> {
  return layoutBase(name, ref, ['linux/amd64'], async (layoutDir) => {
    const layout = await OciLayout.create(layoutDir);
    const written = await layers(layout);
    const history = written.map(() => ({ created: CREATED, created_by: comment }));
    return writeImage(layout, { layers: written, platform: parsePlatform('linux/amd64'), config, created: CREATED, history, refName: ref });
  });
}

function dirs(...paths: [string, number, number?][]): TarEntry[] {
  return paths.map(([path, mode, owner]) => ({ path, type: 'directory', mode, uid: owner ?? 0, gid: owner ?? 0 }));
}

async function busyboxEntries(): Promise<TarEntry[]> {
  const binary = await readFile(BUSYBOX_BINARY);
  const { stdout } = await execFileAsync(BUSYBOX_BINARY, ['--list']);
  const applets = stdout
    .split('\n')
    .map((a) => a.trim())
    .filter((a) => a && a !== 'busybox' && !a.includes('/'));
  return [
    ...dirs(['bin', 0o755], ['etc', 0o755], ['root', 0o700], ['tmp', 0o1777], ['usr', 0o755], ['usr/bin', 0o755], ['var', 0o755], ['var/tmp', 0o1777]),
    { path: 'bin/busybox', type: 'file', content: binary, mode: 0o755 },
    ...applets.map((applet): TarEntry => ({ path: `bin/${applet}`, type: 'symlink', linkTarget: 'busybox' })),
    { path: 'etc/passwd', type: 'file', content: Buffer.from('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n') },
    { path: 'etc/group', type: 'file', content: Buffer.from('root:x:0:\nnogroup:x:65534:\n') },
  ];
}

/**
 * A builder image FROM scratch: the static /bin/busybox with every applet as a symlink in
 * /bin (sh, ls, cp, mkdir, cat, echo, chmod, tar, ...), /tmp, root's passwd entry.
 * Good for builder stages with RUN (linux/amd64: the host's busybox).
 */
export function busyboxImage(): Promise<BaseImage> {
  return cached('busybox', () =>
    writeBase(
      'busybox',
      'latest',
      async (layout) => [await writeLayer(layout, await busyboxEntries())],
      { Env: [PATH_ENV], Cmd: ['sh'] },
      'service-pipeline test base: busybox-static',
    ),
  );
}

/**
 * Like gcr.io/distroless/static-debian12:nonroot: the build package's embedded static base
 * (`writeStaticBase`): FROM scratch with /etc/passwd (root, nobody, nonroot 65532),
 * /etc/group, /etc/nsswitch.conf, /etc/os-release, /tmp (1777), /home/nonroot (0700, 65532),
 * an empty CA bundle; no shell, no package manager. Config: User "65532", WorkingDir
 * /home/nonroot, PATH and SSL_CERT_FILE, no labels. Several platforms give an index (the
 * files hold no binaries, so they are the same layer).
 */
export function distrolessStaticImage(options: { platforms?: string[] } = {}): Promise<BaseImage> {
  const platforms = options.platforms ?? ['linux/amd64'];
  const key = `distroless-static ${platforms.join(',')}`;
  return cached(key, () =>
    layoutBase(`distroless-static-${platforms.join('-').replaceAll('/', '-')}`, 'nonroot', platforms, (layoutDir) =>
      writeStaticBase(layoutDir, platforms, 'nonroot'),
    ),
  );
}

/** Files of a host directory as tar entries under `prefix`, with their own modes. */
function treeEntries(hostDir: string, prefix: string, skip?: (rel: string, isDir: boolean) => boolean): Promise<TarEntry[]> {
  return hostEntries(hostDir, prefix, { mode: (info) => info.mode & 0o7777, ...(skip ? { skip } : {}) });
}

/**
 * What a layer on top of `lower` holds of `entries`: each path once (the last entry wins), and
 * no directory `lower` already has, which would otherwise be repeated with another mode.
 */
function upperLayer(lower: TarEntry[], entries: TarEntry[]): TarEntry[] {
  const lowerDirs = new Set(lower.filter((e) => e.type === 'directory').map((e) => e.path));
  const unique = new Map<string, TarEntry>();
  for (const entry of entries) if (!(entry.type === 'directory' && lowerDirs.has(entry.path))) unique.set(entry.path, entry);
  return [...unique.values()];
}

async function goToolchainEntries(): Promise<TarEntry[]> {
  const goroot = await realpath(HOST_GOROOT);
  const root = IMAGE_GOROOT.slice(1);
  const file = async (host: string, path: string): Promise<TarEntry> => ({
    path,
    type: 'file',
    content: await readFile(host),
    mode: (await lstat(host)).mode & 0o777,
  });
  const entries: TarEntry[] = [...parentDirEntries(`${root}/x`)];
  entries.push({ path: root, type: 'directory', mode: 0o755 });
  entries.push(
    ...dirs(
      [`${root}/bin`, 0o755],
      [`${root}/pkg`, 0o755],
      [`${root}/pkg/tool`, 0o755],
      [`${root}/pkg/tool/linux_amd64`, 0o755],
      [`${root}/pkg/include`, 0o755],
    ),
  );
  entries.push(await file(join(goroot, 'VERSION'), `${root}/VERSION`));
  entries.push(await file(join(goroot, 'bin/go'), `${root}/bin/go`));
  // The tools `go build` runs; not the 240 MB of precompiled packages in pkg/linux_amd64,
  // which -trimpath and CGO_ENABLED=0 make stale anyway (the stdlib is compiled into GOCACHE).
  for (const tool of ['asm', 'buildid', 'cgo', 'compile', 'link', 'pack', 'vet']) {
    entries.push(await file(join(goroot, 'pkg/tool/linux_amd64', tool), `${root}/pkg/tool/linux_amd64/${tool}`));
  }
  const include = await realpath(join(goroot, 'pkg/include'));
  for (const name of (await readdir(include)).sort()) entries.push(await file(join(include, name), `${root}/pkg/include/${name}`));
  // The standard library sources without tests, test data and the toolchain's own commands.
  const skip = (rel: string, isDir: boolean): boolean =>
    rel === 'cmd' || (isDir && rel.split('/').pop() === 'testdata') || (!isDir && rel.endsWith('_test.go'));
  entries.push(...(await treeEntries(await realpath(join(goroot, 'src')), `${root}/src`, skip)));
  entries.push(...(await sharedLibraryEntries(join(goroot, 'bin/go'))));
  return entries;
}

/**
 * A Go builder for `RUN go build`: the busybox layer plus a trimmed copy of the host's Go
 * toolchain (go 1.19: bin/go and the libc it links, the compile/link/asm tools, the standard
 * library sources; ~95 MB) at /usr/local/go. Env: PATH with /usr/local/go/bin,
 * GOROOT, GOPATH=/tmp/go, GOCACHE=/tmp/gocache, GOPROXY=off,
 * CGO_ENABLED=0; WorkingDir /src. Stdlib-only modules build offline. The standard library
 * is compiled on first use in each build (~15 s on 2 cores), as in a fresh golang image.
 */
export function goBuilderImage(): Promise<BaseImage> {
  return cached('go-builder', async () => {
    const [busybox, go] = await Promise.all([busyboxEntries(), goToolchainEntries()]);
    return writeBase(
      'go-builder',
      'latest',
      async (layout) => [await writeLayer(layout, busybox), await writeLayer(layout, upperLayer(busybox, go))],
      {
        Env: [
          `PATH=${IMAGE_GOROOT}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
          `GOROOT=${IMAGE_GOROOT}`,
          'GOPATH=/tmp/go',
          'GOCACHE=/tmp/gocache',
          'GOPROXY=off',
          'CGO_ENABLED=0',
        ],
        WorkingDir: '/src',
        Cmd: ['sh'],
      },
      'service-pipeline test base: busybox + go toolchain',
    );
  });
}

export interface BuildahStorage {
  root: string;
  runroot: string;
  driver: 'vfs' | 'overlay';
  /** Global options for every buildah call: --root, --runroot, --storage-driver. */
  args: string[];
  /** Removes containers and images, unmounts what is still mounted below root, deletes the dirs. Idempotent. */
  cleanup(): Promise<void>;
}

/**
 * A private buildah storage in a temp dir, so tests never touch the machine's
 * /var/lib/containers. vfs (default) works everywhere; overlay works here as root too.
 */
export async function createBuildahStorage(options: { driver?: 'vfs' | 'overlay' } = {}): Promise<BuildahStorage> {
  const driver = options.driver ?? 'vfs';
  const dir = await mkdtemp(join(tmpdir(), 'sp-buildah-'));
  const root = join(dir, 'root');
  const runroot = join(dir, 'runroot');
  await mkdir(root);
  await mkdir(runroot);
  const args = ['--root', root, '--runroot', runroot, '--storage-driver', driver];
  let cleaning: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (cleaning ??= (async () => {
      const buildah = (...rest: string[]): Promise<unknown> => execFileAsync(BUILDAH_BINARY, [...args, ...rest]).catch(() => undefined);
      await buildah('rm', '--all');
      await buildah('rmi', '--all', '--force');
      await unmountBelow(dir);
      await rm(dir, { recursive: true, force: true });
    })());
  process.once('exit', () => {
    if (!cleaning) rmSync(dir, { recursive: true, force: true });
  });
  return { root, runroot, driver, args, cleanup };
}

/** An overlay storage where the kernel allows it (faster), else vfs (some containers have no usable overlayfs). */
export async function createFastBuildahStorage(): Promise<BuildahStorage> {
  const overlay = await createBuildahStorage({ driver: 'overlay' });
  if (
    await execFileAsync(BUILDAH_BINARY, [...overlay.args, 'images']).then(
      () => true,
      () => false,
    )
  )
    return overlay;
  await overlay.cleanup();
  return createBuildahStorage({ driver: 'vfs' });
}

/** Unmounts (deepest first) whatever is mounted at or below `dir` (overlay layers, shm). */
async function unmountBelow(dir: string): Promise<void> {
  const mountinfo = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  const points = mountinfo
    .split('\n')
    .map((line) => line.split(' ')[4]?.replace(/\\040/g, ' '))
    .filter((p): p is string => p !== undefined && (p === dir || p.startsWith(`${dir}/`)))
    .sort((a, b) => b.length - a.length);
  for (const point of points) await execFileAsync('umount', ['-l', point]).catch(() => undefined);
}

async function nodeBinaryEntries(path: string): Promise<TarEntry[]> {
  return [
    ...parentDirEntries(path),
    { path, type: 'file', content: await readFile(NODE_BINARY_FOR_IMAGES), mode: 0o755 },
    ...(await sharedLibraryEntries(NODE_BINARY_FOR_IMAGES)),
  ];
}

/**
 * Like gcr.io/distroless/nodejs22-debian12:nonroot (with Node 24): the build package's node
 * base (`writeNodeBase`): the distroless static files plus /nodejs/bin/node and the libraries
 * it links (libc, libstdc++, libm, libgcc_s, the loader). Config: ENTRYPOINT
 * ["/nodejs/bin/node"], User 65532, WorkingDir /home/nonroot; no shell. The base of
 * append-mode Node images and of preset node's final stage.
 */
export function nodeRuntimeImage(): Promise<BaseImage> {
  return cached('node-runtime', () =>
    layoutBase('node-runtime', 'nonroot', ['linux/amd64'], (layoutDir) => writeNodeBase(layoutDir, NODE_BINARY_FOR_IMAGES, 'nonroot')),
  );
}

/**
 * A Node builder for `RUN npm ci`: busybox, node at /usr/local/bin/node with its libraries,
 * and the host's npm at /usr/local/lib/node_modules/npm (`npm` is a two-line sh wrapper).
 * npm's cache is /tmp/npm-cache; offline, so only dependency-free lockfiles install.
 */
export function nodeBuilderImage(): Promise<BaseImage> {
  return cached('node-builder', async () => {
    const npmDir = await realpath(HOST_NPM_DIR);
    const [busybox, node, npm] = await Promise.all([
      busyboxEntries(),
      nodeBinaryEntries('usr/local/bin/node'),
      treeEntries(npmDir, 'usr/local/lib/node_modules/npm', (rel, isDir) => isDir && rel === 'docs'),
    ]);
    const wrapper: TarEntry = {
      path: 'usr/local/bin/npm',
      type: 'file',
      content: Buffer.from('#!/bin/sh\nexec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npm-cli.js "$@"\n'),
      mode: 0o755,
    };
    const added = [...node, ...parentDirEntries('usr/local/lib/node_modules/npm'), ...npm, wrapper];
    return writeBase(
      'node-builder',
      'latest',
      async (layout) => [await writeLayer(layout, busybox), await writeLayer(layout, upperLayer(busybox, added))],
      { Env: [PATH_ENV, 'npm_config_cache=/tmp/npm-cache', 'npm_config_update_notifier=false'], WorkingDir: '/app', Cmd: ['sh'] },
      'service-pipeline test base: busybox + node + npm',
    );
  });
}
