import { OciLayout, parsePlatform, writeImage, writeImageOrIndex, writeLayer, type Descriptor, type TarEntry } from '@service-pipeline/oci';

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
    ...dirs(['etc', 0o755], ['etc/ssl', 0o755], ['etc/ssl/certs', 0o755], ['home', 0o755], ['home/nonroot', 0o700, 65532], ['root', 0o700], ['tmp', 0o1777], ['usr', 0o755], ['usr/share', 0o755], ['var', 0o755]),
    { path: 'etc/passwd', type: 'file', content: Buffer.from('root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n') },
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
