import { readFile } from 'node:fs/promises';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { type Descriptor, OciLayout, parsePlatform, type TarEntry, writeImage, writeImageOrIndex, writeLayer } from '@service-pipeline/oci';
import { parentDirEntries, sharedLibraryEntries } from './host-files.js';

/** Fixed so the embedded base has one digest everywhere (it holds no dated content). */
const CREATED = '2024-01-01T00:00:00Z';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function dirs(...paths: [string, number, number?][]): TarEntry[] {
  return paths.map(([path, mode, owner]) => ({ path, type: 'directory', mode, uid: owner ?? 0, gid: owner ?? 0 }));
}

/**
 * The files of a distroless "static nonroot" base (as gcr.io/distroless/static-debian12:nonroot
 * lays them out, without its CA bundle and tzdata): /etc/passwd with nonroot 65532, /etc/group,
 * /etc/nsswitch.conf, /etc/os-release, /tmp (1777), /home/nonroot (0700, 65532). No shell, no
 * package manager. The local pipeline's default base (no registry to pull one from) and the
 * tests' stand-in for the real one.
 */
export function staticNonrootEntries(): TarEntry[] {
  return [
    ...dirs(
      ['etc', 0o755],
      ['etc/ssl', 0o755],
      ['etc/ssl/certs', 0o755],
      ['home', 0o755],
      ['home/nonroot', 0o700, 65532],
      ['root', 0o700],
      ['tmp', 0o1777],
      ['usr', 0o755],
      ['usr/share', 0o755],
      ['var', 0o755],
    ),
    {
      path: 'etc/passwd',
      type: 'file',
      content: Buffer.from(
        'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
      ),
    },
    { path: 'etc/group', type: 'file', content: Buffer.from('root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n') },
    { path: 'etc/nsswitch.conf', type: 'file', content: Buffer.from('hosts: files dns\n') },
    { path: 'etc/os-release', type: 'file', content: Buffer.from('PRETTY_NAME="Distroless (service-pipeline static base)"\nID=debian\nVERSION_ID="12"\n') },
    { path: 'etc/ssl/certs/ca-certificates.crt', type: 'file', content: Buffer.alloc(0) },
  ];
}

export const STATIC_BASE_CONFIG = { User: '65532', WorkingDir: '/home/nonroot', Env: [PATH_ENV, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'] };

/**
 * Writes the embedded static nonroot base into `layoutDir` under `ref`: one manifest for one
 * platform, an index for several (the layer holds no binaries, so every platform shares it).
 */
export async function writeStaticBase(layoutDir: string, platforms: string[], ref: string): Promise<Descriptor> {
  const layout = await OciLayout.create(layoutDir);
  const layer = await writeLayer(layout, staticNonrootEntries());
  const history = [{ created: CREATED, created_by: 'service-pipeline embedded base: distroless static nonroot' }];
  const manifests: Descriptor[] = [];
  for (const platform of platforms) {
    manifests.push(await writeImage(layout, { layers: [layer], platform: parsePlatform(platform), config: STATIC_BASE_CONFIG, created: CREATED, history }));
  }
  return writeImageOrIndex(layout, manifests, { refName: ref });
}

/** Where the Node binary lives in the node base, as in gcr.io/distroless/nodejs*. */
export const NODE_BASE_BINARY = '/nodejs/bin/node';

const NODE_PLATFORMS: Partial<Record<string, string>> = { x64: 'linux/amd64', arm64: 'linux/arm64' };

/** The platform of the Node binary this process runs (the one a node base made here can carry). */
export function hostNodePlatform(): string {
  const platform = process.platform === 'linux' ? NODE_PLATFORMS[process.arch] : undefined;
  if (!platform) throw new ActionError(`a node base cannot be made on ${process.platform}/${process.arch}`, 'pass a Node base image instead');
  return platform;
}

/**
 * A distroless-style Node runtime base (like gcr.io/distroless/nodejs22-debian12:nonroot) made
 * from a Node binary on this machine: the static nonroot files, then `nodeBinary` at
 * /nodejs/bin/node with the libraries it links; ENTRYPOINT ["/nodejs/bin/node"], user 65532.
 * No shell, no npm. For the local pipeline and the tests, which cannot pull the real one.
 */
export async function writeNodeBase(layoutDir: string, nodeBinary: string, ref: string): Promise<Descriptor> {
  const layout = await OciLayout.create(layoutDir);
  const path = NODE_BASE_BINARY.slice(1);
  const node: TarEntry[] = [
    ...parentDirEntries(path),
    { path, type: 'file', content: await readFile(nodeBinary), mode: 0o755 },
    ...(await sharedLibraryEntries(nodeBinary)),
  ];
  const layers = [await writeLayer(layout, staticNonrootEntries()), await writeLayer(layout, node)];
  const history = [
    { created: CREATED, created_by: 'service-pipeline embedded base: distroless static nonroot' },
    { created: CREATED, created_by: `service-pipeline node base: ${NODE_BASE_BINARY} and its libraries` },
  ];
  return writeImage(layout, {
    layers,
    platform: parsePlatform(hostNodePlatform()),
    config: { ...STATIC_BASE_CONFIG, Entrypoint: [NODE_BASE_BINARY] },
    created: CREATED,
    history,
    refName: ref,
  });
}
