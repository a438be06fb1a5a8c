import { posix } from 'node:path';
import { ActionError, checkPathText, PathRefusedError } from '@service-pipeline/action-kit';
import type { Tree, TreeEntry } from './config-repo.js';

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
 * Checks a target path as written, before anything is fetched: relative, no `..` segment at all
 * (even one that would stay inside: a path says where the file is, plainly), no `.git`
 * internals, no control characters. Returns it normalised (`./a//b.yaml` -> `a/b.yaml`).
 */
export function normaliseRepoPath(file: string): string {
  try {
    checkPathText(file);
  } catch (error) {
    if (error instanceof PathRefusedError) throw new PathEscapeError(file, error.what);
    throw error;
  }
  if (posix.isAbsolute(file) || file.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(file)) throw new PathEscapeError(file, 'is absolute');
  const slashed = file.replace(/\\/g, '/');
  if (slashed.split('/').includes('..')) throw new PathEscapeError(file, 'contains ".."');
  const normal = posix.normalize(slashed).replace(/\/$/, '');
  if (normal === '.' || normal === '') throw new PathEscapeError(file, 'names the repository root, not a file');
  if (normal.split('/').includes('.git')) throw new PathEscapeError(file, 'points into .git');
  return normal;
}

/** normaliseRepoPath for a path a caller gave: a refused one is an ActionError with `fix`. */
export function checkedRepoPath(file: string, fix = 'name files relative to the config repository root, without ".." or a leading "/"'): string {
  try {
    return normaliseRepoPath(file);
  } catch (error) {
    if (error instanceof PathEscapeError) throw new ActionError(error.message, fix, { cause: error });
    throw error;
  }
}

const MAX_LINKS = 40;

/**
 * Resolves a normalised path in a commit's tree the way the file system of a checkout would,
 * following symlinks (of the file and of its directories), and refuses a path whose real
 * location is outside the repository or inside `.git`. `readLink` returns a symlink's target.
 */
export async function resolveInTree(tree: Tree, file: string, readLink: (sha: string) => Promise<string>): Promise<{ path: string; entry: TreeEntry }> {
  const resolved: string[] = [];
  let pending = file.split('/');
  let links = 0;
  let target = '';
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (resolved.length === 0) throw new PathEscapeError(file, `is a symlink that resolves outside the config repository (to ${target})`);
      resolved.pop();
      continue;
    }
    if (part === '.git') throw new PathEscapeError(file, 'is a symlink into .git');
    const path = [...resolved, part].join('/');
    const entry = await tree.entry(path);
    if (!entry) throw new MissingTargetFileError(file);
    if (entry.mode === '120000') {
      if (++links > MAX_LINKS) throw new PathEscapeError(file, 'is a symlink loop');
      target = await readLink(entry.sha);
      if (target.startsWith('/')) throw new PathEscapeError(file, `is a symlink that resolves outside the config repository (to ${target})`);
      pending = [...target.split('/'), ...pending];
      continue;
    }
    if (entry.type !== 'tree' && pending.some((p) => p !== '' && p !== '.')) throw new MissingTargetFileError(file);
    resolved.push(part);
  }
  const entry = await tree.entry(resolved.join('/'));
  if (entry?.type !== 'blob') throw new MissingTargetFileError(file);
  return { path: resolved.join('/'), entry };
}
