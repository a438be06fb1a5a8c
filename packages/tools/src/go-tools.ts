import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GO_TOOLS, type GoBuild, type GoToolName } from './manifest.js';

/**
 * Where `pnpm run tools` keeps what it builds with Go: outside every checkout, so worktrees and
 * CI runs on one machine share one build per module version.
 */
export function goToolsCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'] || join(env['HOME'] || homedir(), '.cache');
  return join(base, 'service-pipeline', 'go-tools');
}

/** `<cache>/<tool>/<module version>/<binary>`: the version is in the path, so a new pin rebuilds. */
export function goToolPath(name: GoToolName, env: NodeJS.ProcessEnv = process.env): string {
  const build: GoBuild = GO_TOOLS[name];
  return join(goToolsCacheRoot(env), name, build.version, build.binary);
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The project's own Go programs the tests run (each a module with go.mod and go.sum), built by
 * `pnpm run tools` next to the pinned tools.
 */
export const GO_PROGRAMS = {
  /** Writes a trivy DB (BoltDB) from JSON: test/helpers/trivy-db.ts. */
  'trivy-db-writer': 'test/helpers/trivy-db',
  /** Writes a grype v6 DB with grype's own writer: test/helpers/grype-db.ts. */
  'grype-db-writer': 'test/helpers/grype-db',
  /** An OCI registry with the referrers API: test/helpers/referrers-registry.ts. */
  'referrers-registry': 'test/helpers/referrers-registry',
} as const;

export type GoProgramName = keyof typeof GO_PROGRAMS;

export function goProgramDir(name: GoProgramName): string {
  return join(REPO_ROOT, GO_PROGRAMS[name]);
}

/** Hash of the program's go.mod, go.sum and Go files: an edited program is rebuilt. */
export function goProgramHash(name: GoProgramName): string {
  const dir = goProgramDir(name);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir)
    .filter((f) => f === 'go.mod' || f === 'go.sum' || f.endsWith('.go'))
    .sort()) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** `<cache>/programs/<name>/<source hash>/<name>`. */
export function goProgramPath(name: GoProgramName, env: NodeJS.ProcessEnv = process.env): string {
  return join(goToolsCacheRoot(env), 'programs', name, goProgramHash(name), name);
}

/** The command that builds every pinned tool (named in every "tool is missing" error). */
export const GO_TOOLS_INSTALL_COMMAND = 'pnpm run tools';
