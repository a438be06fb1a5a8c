import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

/** A target path that would leave the config repository. */
export class PathEscapeError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`target file "${file}" ${reason}`);
    this.name = 'PathEscapeError';
  }
}

export class MissingTargetFileError extends Error {
  constructor(readonly file: string) {
    super(`target file "${file}" does not exist in the config repository`);
    this.name = 'MissingTargetFileError';
  }
}

/**
 * Checks a target path as written, before anything is cloned: relative, no `..` that climbs
 * out, no `.git` internals. Returns it normalised (`./a//b.yaml` -> `a/b.yaml`).
 */
export function normaliseRepoPath(file: string): string {
  if (file.includes('\0')) throw new PathEscapeError(file, 'contains a NUL byte');
  if (isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file)) throw new PathEscapeError(file, 'is absolute');
  const normal = posix.normalize(file.replace(/\\/g, '/'));
  if (normal === '..' || normal.startsWith('../')) throw new PathEscapeError(file, 'climbs out of the config repository with ".."');
  if (normal === '.' || normal === '') throw new PathEscapeError(file, 'names the repository root, not a file');
  if (normal.split('/').includes('.git')) throw new PathEscapeError(file, 'points into .git');
  return normal;
}

/**
 * Resolves a normalised path inside a checkout, following symlinks, and refuses one whose real
 * location is outside the checkout (a symlink to /etc/passwd or to a sibling checkout).
 */
export async function resolveInsideRepo(root: string, file: string): Promise<string> {
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(join(realRoot, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A dangling symlink: judge where it points, so an escape is reported as one.
    const link = await lstat(join(realRoot, file)).catch(() => undefined);
    if (!link?.isSymbolicLink()) throw new MissingTargetFileError(file);
    real = resolve(await realpath(dirname(join(realRoot, file))).catch(() => realRoot), await readlink(join(realRoot, file)));
    if (isInside(realRoot, real)) throw new MissingTargetFileError(file);
    throw new PathEscapeError(file, `is a symlink that resolves outside the config repository (to ${real})`);
  }
  if (!isInside(realRoot, real)) throw new PathEscapeError(file, `is a symlink that resolves outside the config repository (to ${real})`);
  if (relative(realRoot, real).split(sep).includes('.git')) throw new PathEscapeError(file, 'is a symlink into .git');
  return real;
}

function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}
