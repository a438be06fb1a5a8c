import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { runCommand } from '@service-pipeline/action-kit/exec';
import type { TarEntry } from '@service-pipeline/oci';

export interface HostEntriesOptions {
  /**
   * The mode in the image. Default: 0755 for directories and executables, 0644 for other
   * files, so the files are root's and not writable by the nonroot user.
   */
  mode?: (info: Stats) => number;
  /** Leaves out a path (relative to `source`) and, for a directory, all below it. */
  skip?: (relativePath: string, isDirectory: boolean) => boolean;
}

function defaultMode(info: Stats): number {
  return info.isDirectory() || info.mode & 0o111 ? 0o755 : 0o644;
}

/** The directories above `path` (relative, e.g. `app/bin/server` -> `app`, `app/bin`), outermost first, 0755. */
export function parentDirEntries(path: string): TarEntry[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => ({ path: parts.slice(0, i + 1).join('/'), type: 'directory', mode: 0o755 }));
}

/**
 * A host file or directory tree as tar entries at `path` in the image: directories before
 * their contents, names sorted (so the layer is the same on every machine), symlinks kept
 * as symlinks.
 */
export async function hostEntries(source: string, path: string, options: HostEntriesOptions = {}): Promise<TarEntry[]> {
  const mode = options.mode ?? defaultMode;
  const walk = async (file: string, at: string, rel: string): Promise<TarEntry[]> => {
    const info = await lstat(file);
    if (rel !== '' && options.skip?.(rel, info.isDirectory())) return [];
    if (info.isSymbolicLink()) return [{ path: at, type: 'symlink', linkTarget: await readlink(file) }];
    if (info.isDirectory()) {
      const children = (await readdir(file)).sort();
      const nested = await Promise.all(children.map((child) => walk(join(file, child), `${at}/${child}`, rel === '' ? child : `${rel}/${child}`)));
      return [{ path: at, type: 'directory', mode: mode(info) }, ...nested.flat()];
    }
    if (!info.isFile()) throw new ActionError(`${file} is neither a file, a directory nor a symlink`, 'list regular files and directories only');
    return [{ path: at, type: 'file', content: await readFile(file), mode: mode(info) }];
  };
  return walk(source, path, '');
}

/**
 * The shared libraries a dynamically linked binary needs (as `ldd` lists them: libc, the
 * loader, ...), as files at the same paths in the image, with their directories.
 */
export async function sharedLibraryEntries(binary: string): Promise<TarEntry[]> {
  const result = await runCommand('ldd', [binary], { captureStdout: true });
  const libraries = [...result.stdout.matchAll(/(\/\S+) \(0x[0-9a-f]+\)/g)].map((m) => m[1]!);
  const entries: TarEntry[] = [];
  const seen = new Set<string>();
  for (const library of libraries) {
    const path = library.slice(1);
    for (const dir of parentDirEntries(path)) {
      if (seen.has(dir.path)) continue;
      seen.add(dir.path);
      entries.push(dir);
    }
    entries.push({ path, type: 'file', content: await readFile(await realpath(library)), mode: 0o755 });
  }
  return entries;
}
