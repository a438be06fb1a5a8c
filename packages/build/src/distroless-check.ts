import { type Image, type ImageConfig, imageFilesystem, type TarHeader } from '@service-pipeline/oci';

export type FindingKind = 'shell' | 'package-manager' | 'root-user' | 'shell-entrypoint' | 'shell-healthcheck';

export interface Finding {
  platform: string;
  kind: FindingKind;
  detail: string;
  path?: string;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox', 'toybox']);
const PACKAGE_MANAGERS = new Set(['apt', 'apt-get', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'rpm', 'zypper', 'pacman', 'tdnf']);
const BIN_DIRS = new Set(['bin', 'sbin', 'usr/bin', 'usr/sbin', 'usr/local/bin', 'usr/local/sbin']);
const SHELL_FORM = /^(\/(usr\/)?bin\/)?(sh|bash|ash|dash)$/;

function binaryName(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  return slash !== -1 && BIN_DIRS.has(path.slice(0, slash)) ? path.slice(slash + 1) : undefined;
}

function isRoot(user: string | undefined): boolean {
  const name = (user ?? '').split(':')[0]!.trim();
  return name === '' || name === 'root' || name === '0';
}

/** Checks one image's configuration and final filesystem for what a distroless image must not have. */
export function checkImage(platform: string, config: Partial<ImageConfig>, files: Map<string, TarHeader>): Finding[] {
  const findings: Finding[] = [];
  for (const [path, header] of files) {
    const name = binaryName(path);
    if (!name || header.type === 'directory') continue;
    if (SHELLS.has(name))
      findings.push({
        platform,
        kind: 'shell',
        path: `/${path}`,
        detail: `/${path} is a shell${header.type === 'symlink' ? ` (link to ${header.linkTarget})` : ''}: an attacker with code execution gets an interactive shell`,
      });
    else if (PACKAGE_MANAGERS.has(name))
      findings.push({ platform, kind: 'package-manager', path: `/${path}`, detail: `/${path} is a package manager: it can install tools at run time` });
  }
  const container = config.config ?? {};
  if (isRoot(container.User)) {
    findings.push({
      platform,
      kind: 'root-user',
      detail: `the image runs as ${container.User ? `"${container.User}"` : 'root (no USER set)'}: set USER 65532:65532 (nonroot)`,
    });
  }
  for (const [field, value] of [
    ['ENTRYPOINT', container.Entrypoint],
    ['CMD', container.Cmd],
  ] as const) {
    if (value && value.length >= 2 && SHELL_FORM.test(value[0]!) && value[1] === '-c') {
      findings.push({
        platform,
        kind: 'shell-entrypoint',
        detail: `${field} is in shell form (${JSON.stringify(value)}): use the exec form, e.g. ${field} ["/app/server"]`,
      });
    }
  }
  const test = container.Healthcheck?.Test;
  if (test?.[0] === 'CMD-SHELL') {
    findings.push({
      platform,
      kind: 'shell-healthcheck',
      detail: `HEALTHCHECK uses a shell (CMD-SHELL ${JSON.stringify(test.slice(1).join(' '))}): use HEALTHCHECK CMD ["/app/server", "-healthcheck"]`,
    });
  }
  return findings;
}

/** Runs the distroless check on every platform of an image (attestation manifests are not images). */
export async function distrolessCheck(image: Image): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const platform of await image.platforms())
    findings.push(...checkImage(platform.platform, platform.config, await imageFilesystem(image.source, platform.manifest)));
  return findings;
}
