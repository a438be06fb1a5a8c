import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { type Header, type Pack, pack } from 'tar-stream';

export interface TarEntry {
  /** Path inside the image, without a leading slash (`app/server`, `etc/passwd`). */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  content?: Buffer;
  linkTarget?: string;
  mode?: number;
  uid?: number;
  gid?: number;
}

export interface TarOptions {
  /** Seconds since the epoch for every entry (SOURCE_DATE_EPOCH); default 0. */
  mtime?: number;
}

function byPath(a: TarEntry, b: TarEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

async function packEntries(pack: Pack, entries: TarEntry[], mtime: Date): Promise<void> {
  for (const entry of [...entries].sort(byPath)) {
    const header: Header = {
      name: entry.path,
      type: entry.type,
      mode: entry.mode ?? (entry.type === 'file' ? 0o644 : 0o755),
      uid: entry.uid ?? 0,
      gid: entry.gid ?? 0,
      uname: '',
      gname: '',
      devmajor: 0,
      devminor: 0,
      mtime,
      linkname: entry.type === 'symlink' ? (entry.linkTarget ?? '') : '',
      size: entry.type === 'file' ? (entry.content?.length ?? 0) : 0,
    };
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null): void => (error ? reject(error) : resolve());
      if (entry.type === 'file') pack.entry(header, entry.content ?? Buffer.alloc(0), done);
      else pack.entry(header, done);
    });
  }
  pack.finalize();
}

/**
 * A reproducible tar stream (tar-stream's ustar writer, PAX headers for names it cannot
 * split): entries sorted by path, one fixed mtime, explicit owners and modes, no user or
 * group names. The same entries always give the same bytes.
 */
export function tarStream(entries: TarEntry[], options: TarOptions = {}): Readable {
  const tar = pack();
  packEntries(tar, entries, new Date((options.mtime ?? 0) * 1000)).catch((error: unknown) => tar.destroy(error as Error));
  return Readable.from(tar);
}

/** The gzip-compressed tar (Node's gzip header carries no timestamp, so it is reproducible too). */
export function gzipTarStream(entries: TarEntry[], options: TarOptions = {}): Readable {
  return tarStream(entries, options).pipe(createGzip({ level: 6 }));
}
