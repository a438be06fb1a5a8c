/**
 * The real tools the tests run, built from pinned Go modules by `pnpm run tools` into a cache
 * outside the checkout (packages/tools/src/go-tools.ts). A tool that is missing fails the test
 * that needs it with the command that builds it: nothing is skipped silently.
 */
import { accessSync, constants } from 'node:fs';
import { GO_TOOLS, type GoBuild, type GoToolName } from '@service-pipeline/tools';
import { GO_TOOLS_INSTALL_COMMAND, type GoProgramName, goProgramPath, goToolPath, goToolsCacheRoot } from '@service-pipeline/tools/go';

export class ToolMissingError extends Error {
  override name = 'ToolMissingError';
}

/** The path of a built tool; throws ToolMissingError naming the install command when absent. */
export function goTool(name: GoToolName): string {
  const build: GoBuild = GO_TOOLS[name];
  if (build.notServed !== undefined) {
    throw new ToolMissingError(`${name} cannot be built here: ${build.notServed}; test it with recorded output in its documented format`);
  }
  return requireBuilt(name, build.version, goToolPath(name));
}

/** The path of one of the project's Go programs (GO_PROGRAMS) built from its current source. */
export function goProgram(name: GoProgramName): string {
  const path = goProgramPath(name);
  return requireBuilt(name, 'for this source', path);
}

function requireBuilt(name: string, version: string, path: string): string {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new ToolMissingError(
      `${name} ${version} is not built (expected at ${path}): run \`${GO_TOOLS_INSTALL_COMMAND}\` (or \`${GO_TOOLS_INSTALL_COMMAND} ${name}\`) first`,
    );
  }
  return path;
}

/** The module version a built tool was pinned at, without the `v` (what `--version` prints). */
export function goToolVersion(name: GoToolName): string {
  return GO_TOOLS[name].version.replace(/^v/, '');
}

/**
 * The environment that makes the built tools' cache the runner's tool cache: an action runs a
 * binary given by path only from the tool cache, the workspace, RUNNER_TEMP or PATH.
 */
export function toolCacheEnv(): { RUNNER_TOOL_CACHE: string } {
  return { RUNNER_TOOL_CACHE: goToolsCacheRoot() };
}
