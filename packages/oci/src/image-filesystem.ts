import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ImageSource } from './image-source.js';
import type { Descriptor, ImageManifest } from './manifest.js';
import { type TarHeader, tarHeaders } from './tar-reader.js';

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

function layerTar(stream: Readable, descriptor: Descriptor): Readable {
  const type = descriptor.mediaType;
  if (/zstd/.test(type)) throw new Error(`layer ${descriptor.digest} is zstd-compressed (${type}), which this reader does not support`);
  if (!/gzip/.test(type)) return stream;
  const gunzip = createGunzip();
  stream.on('error', (error) => gunzip.destroy(error));
  return stream.pipe(gunzip);
}

/**
 * The final filesystem of an image: its layers applied in order with OCI whiteouts
 * (`.wh.<name>` deletes, `.wh..wh..opq` empties a directory), as path -> header.
 */
export async function imageFilesystem(source: ImageSource, manifest: ImageManifest): Promise<Map<string, TarHeader>> {
  const files = new Map<string, TarHeader>();
  for (const layer of manifest.layers) {
    for await (const header of tarHeaders(layerTar(await source.openBlob(layer), layer))) {
      const path = header.path.replace(/\/$/, '');
      const slash = path.lastIndexOf('/');
      const dir = slash === -1 ? '' : path.slice(0, slash);
      const base = path.slice(slash + 1);
      if (base === OPAQUE) {
        const prefix = dir ? `${dir}/` : '';
        for (const key of [...files.keys()]) if (key.startsWith(prefix) && key !== dir) files.delete(key);
        continue;
      }
      if (base.startsWith(WHITEOUT)) {
        const target = (dir ? `${dir}/` : '') + base.slice(WHITEOUT.length);
        files.delete(target);
        for (const key of [...files.keys()]) if (key.startsWith(`${target}/`)) files.delete(key);
        continue;
      }
      files.set(path, { ...header, path });
    }
  }
  return files;
}
