import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

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

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function paxRecord(key: string, value: string): string {
  // The length prefix counts itself, so grow it until it is consistent.
  const body = ` ${key}=${value}\n`;
  let length = body.length + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function header(name: string, size: number, typeflag: string, entry: TarEntry, mtime: number, linkname = ''): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(entry.mode ?? (entry.type === 'file' ? 0o644 : 0o755), 8), 100, 'ascii');
  block.write(octal(entry.uid ?? 0, 8), 108, 'ascii');
  block.write(octal(entry.gid ?? 0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtime, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(typeflag, 156, 'ascii');
  block.write(linkname, 157, 100, 'utf8');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest);
}

function* tarBlocks(entries: TarEntry[], mtime: number): Generator<Buffer> {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) {
    const name = entry.type === 'directory' && !entry.path.endsWith('/') ? `${entry.path}/` : entry.path;
    const linkname = entry.linkTarget ?? '';
    if (Buffer.byteLength(name) > 100 || Buffer.byteLength(linkname) > 100) {
      const pax = Buffer.from(paxRecord('path', name) + (linkname ? paxRecord('linkpath', linkname) : ''));
      yield header('PaxHeader', pax.length, 'x', { ...entry, mode: 0o644 }, mtime);
      yield pax;
      yield padding(pax.length);
    }
    const size = entry.type === 'file' ? (entry.content?.length ?? 0) : 0;
    const typeflag = entry.type === 'file' ? '0' : entry.type === 'directory' ? '5' : '2';
    yield header(name.slice(0, 100), size, typeflag, entry, mtime, linkname.slice(0, 100));
    if (size > 0) {
      yield entry.content!;
      yield padding(size);
    }
  }
  yield Buffer.alloc(BLOCK * 2);
}

/**
 * A reproducible tar stream: entries sorted by path, one fixed mtime, explicit owners and
 * modes, PAX headers only for long names. The same entries always give the same bytes.
 */
export function tarStream(entries: TarEntry[], options: TarOptions = {}): Readable {
  return Readable.from(tarBlocks(entries, options.mtime ?? 0), { objectMode: false });
}

/** The gzip-compressed tar (Node's gzip header carries no timestamp, so it is reproducible too). */
export function gzipTarStream(entries: TarEntry[], options: TarOptions = {}): Readable {
  return tarStream(entries, options).pipe(createGzip({ level: 6 }));
}
