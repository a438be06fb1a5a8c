import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SYFT_CYCLONEDX = fileURLToPath(new URL('../sbom/fixtures/syft-debian.cdx.json', import.meta.url));
export const SYFT_SPDX = fileURLToPath(new URL('../sbom/fixtures/syft-debian.spdx.json', import.meta.url));
export const GRYPE_REPORT = fileURLToPath(new URL('../fixtures/findings/grype-debian.json', import.meta.url));

export interface FakeTool {
  /** Directory to put first on PATH. */
  bin: string;
  path: string;
  /** The arguments of the last run, one per element. */
  args(): Promise<string[]>;
  /** The environment of the last run. */
  env(): Promise<Record<string, string>>;
}

/**
 * A stand-in (in a new folder under `parent`) for grype or syft, for what the real tools (run by
 * real-scanners.test.ts and the SBOM tests) cannot be made to do on demand: crash, print
 * garbage, or play back a recorded report with many findings. A real executable script that
 * answers `--version` like the pinned release, records its arguments and environment, then runs
 * `body` (shell) to write recorded outputs or fail the way the tool does.
 */
export async function fakeTool(parent: string, name: 'grype' | 'syft', version: string, body: string): Promise<FakeTool> {
  const bin = await mkdtemp(join(parent, `fake-${name}-`));
  const path = join(bin, name);
  const script = [
    '#!/bin/sh',
    `if [ "$1" = "--version" ]; then echo "${name} ${version}"; exit 0; fi`,
    `printf '%s\\n' "$@" > "${path}.args"`,
    `env > "${path}.env"`,
    body,
    '',
  ].join('\n');
  await writeFile(path, script);
  await chmod(path, 0o755);
  return {
    bin,
    path,
    args: async () => (await readFile(`${path}.args`, 'utf8')).split('\n').slice(0, -1),
    env: async () =>
      Object.fromEntries(
        (await readFile(`${path}.env`, 'utf8'))
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      ),
  };
}

/** Shell that copies `file` to the path after `--file` (grype's report option). */
export const writeGrypeReport = (file: string): string =>
  `out=""; prev=""; for a in "$@"; do [ "$prev" = "--file" ] && out="$a"; prev="$a"; done; cp "${file}" "$out"`;

/** Shell that writes each `--output <format>=<path>` from the recorded syft documents. */
export const writeSyftOutputs = (cyclonedx: string, spdx: string): string =>
  `for a in "$@"; do case "$a" in cyclonedx-json=*) cp "${cyclonedx}" "\${a#cyclonedx-json=}";; spdx-json=*) cp "${spdx}" "\${a#spdx-json=}";; esac; done`;
