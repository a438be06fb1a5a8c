import type { Readable } from 'node:stream';

export interface TarHeader {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  size: number;
  mode: number;
  uid: number;
  gid: number;
  linkTarget?: string;
}

const BLOCK = 512;

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function octal(block: Buffer, start: number, length: number): number {
  // GNU base-256 for large values: high bit of the first byte set.
  if (block[start]! & 0x80) {
    let value = 0;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i]!;
    return value;
  }
  const text = field(block, start, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number(data.subarray(offset, space).toString());
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}

function typeOf(flag: string): TarHeader['type'] {
  if (flag === '0' || flag === '' || flag === '7') return 'file';
  if (flag === '5') return 'directory';
  if (flag === '2') return 'symlink';
  if (flag === '1') return 'hardlink';
  return 'other';
}

/**
 * Streams the headers of a tar archive (ustar, PAX and GNU long names), skipping file
 * contents without buffering them, so a layer of any size is listed in constant memory.
 */
export async function* tarHeaders(stream: Readable): AsyncGenerator<TarHeader> {
  let buffer: Buffer = Buffer.alloc(0);
  let skip = 0;
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  let pending: { kind: 'pax' | 'longname' | 'longlink'; size: number } | undefined;

  for await (const chunk of stream) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk as Buffer]) : (chunk as Buffer);
    for (;;) {
      if (skip > 0) {
        const take = Math.min(skip, buffer.length);
        buffer = buffer.subarray(take);
        skip -= take;
        if (skip > 0) break;
      }
      if (pending) {
        const padded = Math.ceil(pending.size / BLOCK) * BLOCK;
        if (buffer.length < padded) break;
        const data = buffer.subarray(0, pending.size);
        if (pending.kind === 'pax') pax = { ...pax, ...parsePax(data) };
        else if (pending.kind === 'longname') longName = field(data, 0, data.length);
        else longLink = field(data, 0, data.length);
        buffer = buffer.subarray(padded);
        pending = undefined;
        continue;
      }
      if (buffer.length < BLOCK) break;
      const block = buffer.subarray(0, BLOCK);
      buffer = buffer.subarray(BLOCK);
      if (block.every((b) => b === 0)) continue;
      const flag = String.fromCharCode(block[156]!).replace('\0', '');
      const size = octal(block, 124, 12);
      if (flag === 'x' || flag === 'g') {
        pending = { kind: 'pax', size };
        continue;
      }
      if (flag === 'L' || flag === 'K') {
        pending = { kind: flag === 'L' ? 'longname' : 'longlink', size };
        continue;
      }
      const prefix = field(block, 345, 155);
      const name = field(block, 0, 100);
      const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
      const header: TarHeader = {
        path: path.replace(/^\.\//, '').replace(/^\/+/, ''),
        type: typeOf(flag),
        size: pax.size !== undefined ? Number(pax.size) : size,
        mode: octal(block, 100, 8),
        uid: pax.uid !== undefined ? Number(pax.uid) : octal(block, 108, 8),
        gid: pax.gid !== undefined ? Number(pax.gid) : octal(block, 116, 8),
      };
      const link = pax.linkpath ?? longLink ?? field(block, 157, 100);
      if (link && (header.type === 'symlink' || header.type === 'hardlink')) header.linkTarget = link;
      pax = {};
      longName = undefined;
      longLink = undefined;
      yield header;
      skip = header.type === 'file' ? Math.ceil(header.size / BLOCK) * BLOCK : 0;
    }
  }
}
