import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { textProblem } from './text.js';

/**
 * What a path input is used for, which decides the roots it may name: an action writes (or
 * deletes) only in the workspace and RUNNER_TEMP; it may also read from the tool cache, and
 * run a binary from any directory on PATH.
 */
export type PathAccess = 'write' | 'read' | 'execute';

export interface PathRoot {
  /** How the error names it: `GITHUB_WORKSPACE (/home/runner/work/app/app)`. */
  label: string;
  dir: string;
}

/** Linux limits: a longer path or name is refused by the kernel with a bare ENAMETOOLONG. */
export const PATH_MAX_BYTES = 4095;
export const NAME_MAX_BYTES = 255;

/** Why a path was refused; Inputs turns it into an InputError naming the input. */
export class PathRefusedError extends Error {
  constructor(
    readonly what: string,
    readonly fix: string,
  ) {
    super(`${what}; ${fix}`);
    this.name = 'PathRefusedError';
  }
}

/**
 * The roots an action may touch for `access`. Outside a runner (no RUNNER_TEMP) the system
 * temp directory stands in for RUNNER_TEMP, as it does for `pipelineDir`.
 */
export function allowedRoots(access: PathAccess, workspace: string, env: NodeJS.ProcessEnv = process.env): PathRoot[] {
  const roots: PathRoot[] = [
    { label: 'GITHUB_WORKSPACE', dir: workspace },
    env['RUNNER_TEMP'] ? { label: 'RUNNER_TEMP', dir: env['RUNNER_TEMP'] } : { label: 'the system temp directory', dir: tmpdir() },
  ];
  if (access !== 'write' && env['RUNNER_TOOL_CACHE']) roots.push({ label: 'RUNNER_TOOL_CACHE', dir: env['RUNNER_TOOL_CACHE'] });
  if (access === 'execute') {
    for (const dir of (env['PATH'] ?? '').split(delimiter)) if (isAbsolute(dir)) roots.push({ label: 'PATH', dir });
  }
  return roots;
}

/** Rejects what the kernel or a log line cannot take: control characters, undecodable bytes, over-long names. */
export function checkPathText(value: string): void {
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new PathRefusedError('contains a control character (newline, tab, NUL, ...)', 'write the path on one line, without control characters');
  if (value.includes('\ufffd')) throw new PathRefusedError('is not valid UTF-8', 'write the path in UTF-8');
  // C1 controls, bidi overrides and the BOM: a path that does not read as what it is.
  const text = textProblem(value, { maxLength: Number.POSITIVE_INFINITY });
  if (text) throw new PathRefusedError(text.what, text.fix);
  const tooLong = value.split(/[\\/]/).find((part) => Buffer.byteLength(part) > NAME_MAX_BYTES);
  if (tooLong !== undefined) {
    throw new PathRefusedError(`has a file name of ${Buffer.byteLength(tooLong)} bytes`, `file names are at most ${NAME_MAX_BYTES} bytes on Linux; shorten it`);
  }
}

/**
 * Resolves `value` against `workspace` and proves the result lies inside one of `roots`,
 * following symlinks: the real path of the longest existing prefix is what the kernel will
 * use, so a link inside the workspace that points at /etc is refused as /etc.
 */
export function confinePath(value: string, workspace: string, roots: readonly PathRoot[]): string {
  checkPathText(value);
  const absolute = resolve(workspace, value);
  if (Buffer.byteLength(absolute) > PATH_MAX_BYTES) {
    throw new PathRefusedError(`resolves to a path of ${Buffer.byteLength(absolute)} bytes`, `paths are at most ${PATH_MAX_BYTES} bytes on Linux; shorten it`);
  }
  const real = realPathOfPrefix(absolute);
  const inside = roots.some((root) => isInside(realPathOfPrefix(resolve(root.dir)), real));
  if (!inside) {
    const shown = real === absolute ? absolute : `${absolute} (really ${real})`;
    throw new PathRefusedError(`points outside the directories this action may use: ${shown}`, `use a path inside ${describeRoots(roots)}`);
  }
  return absolute;
}

export function describeRoots(roots: readonly PathRoot[]): string {
  const named = roots.filter((root) => root.label !== 'PATH').map((root) => `${root.label} (${root.dir})`);
  if (roots.some((root) => root.label === 'PATH')) named.push('a directory on PATH');
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : (named[0] ?? '');
}

/** Whether absolute `path` is `root` or below it (a name like `..cache` is inside; `..` is not). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** realpath of the longest prefix that exists, with the missing rest appended as written. */
function realPathOfPrefix(absolute: string): string {
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return join(realpathSync.native(existing), ...missing);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new PathRefusedError(`${absolute} runs into a symlink loop`, 'remove the looping link or name another path');
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        throw new PathRefusedError(`${absolute} cannot be inspected (${code ?? (error as Error).message})`, 'check the permissions of its directories');
      }
    }
    const parent = dirname(existing);
    if (parent === existing) return absolute;
    missing.unshift(basename(existing));
    existing = parent;
  }
}
