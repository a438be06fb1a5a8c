import { homedir } from 'node:os';
import { join } from 'node:path';
import { GO_TOOLS, type GoBuild, type GoToolName } from './manifest.js';

/**
 * Where `pnpm run tools` keeps the tools it builds from Go modules: outside every checkout, so
 * worktrees and CI runs on one machine share one build per module version.
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

/** The command that builds every pinned tool (named in every "tool is missing" error). */
export const GO_TOOLS_INSTALL_COMMAND = 'pnpm run tools';
