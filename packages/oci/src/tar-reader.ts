import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';

export interface TarHeader {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  size: number;
  mode: number;
  uid: number;
  gid: number;
  linkTarget?: string;
}

const TYPES: Partial<Record<string, TarHeader['type']>> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
};

/**
 * Streams the headers of a tar archive (ustar, PAX and GNU long names, read by tar-stream),
 * skipping file contents without buffering them, so a layer of any size is listed in
 * constant memory.
 */
export async function* tarHeaders(stream: Readable): AsyncGenerator<TarHeader> {
  const tar = extract();
  stream.on('error', (error) => tar.destroy(error));
  stream.pipe(tar as unknown as NodeJS.WritableStream);
  for await (const entry of tar) {
    const h = entry.header;
    const header: TarHeader = {
      path: h.name.replace(/^\.\//, '').replace(/^\/+/, ''),
      type: TYPES[h.type ?? 'file'] ?? 'other',
      size: h.size ?? 0,
      mode: h.mode ?? 0,
      uid: h.uid ?? 0,
      gid: h.gid ?? 0,
    };
    if (h.linkname && (header.type === 'symlink' || header.type === 'hardlink')) header.linkTarget = h.linkname;
    yield header;
    entry.resume();
  }
}
