import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { algorithmOf, assertDigest, digestOf, encodedOf, HashingStream, VerifyingStream } from './digest.js';
import { ANNOTATION_REF_NAME, type Descriptor, type ImageIndex, type Manifest, parseManifest } from './manifest.js';
import { MediaType } from './media-types.js';

const LAYOUT_FILE = 'oci-layout';

/**
 * Why a layout cannot give the image asked for: `missing` (not a layout), `damaged`
 * (unreadable index, corrupt or missing blob), `no-image` (no such name or digest),
 * `ambiguous` (several images and none named), `digest` (the named image is another one).
 * The action layer maps the reason to the input that chose the layout, name or digest.
 */
export class OciLayoutError extends ActionError {
  constructor(
    readonly reason: 'missing' | 'damaged' | 'no-image' | 'ambiguous' | 'digest',
    what: string,
    fix: string,
  ) {
    super(what, fix);
  }
}
const LAYOUT_VERSION = '1.0.0';

/**
 * An OCI image layout directory (image-spec `image-layout.md`): `oci-layout`, `index.json`
 * and content-addressed `blobs/<alg>/<hex>`. Blobs are written to a temporary file while
 * hashing and renamed into place, so a crash never leaves a blob whose name lies.
 */
export class OciLayout {
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<OciLayout> {
    let text: string;
    try {
      text = await readFile(join(dir, LAYOUT_FILE), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new OciLayoutError(
        'missing',
        `${dir} is not an OCI image layout (${code === 'ENOENT' ? 'no oci-layout file' : (error as Error).message})`,
        'point oci-layout at the directory the build step wrote, or build the image first',
      );
    }
    let version: unknown;
    try {
      version = (JSON.parse(text) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
    } catch {
      version = undefined;
    }
    if (version !== LAYOUT_VERSION) {
      throw new OciLayoutError(
        'missing',
        `${join(dir, LAYOUT_FILE)} declares imageLayoutVersion ${String(version)}`,
        `only ${LAYOUT_VERSION} is supported; rebuild the layout`,
      );
    }
    return new OciLayout(dir);
  }

  /** Opens the layout at `dir`, creating an empty one when the directory has none. */
  static async create(dir: string): Promise<OciLayout> {
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const existing = await stat(join(dir, LAYOUT_FILE)).catch(() => undefined);
    if (!existing) {
      await writeFile(join(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
      await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] }));
    }
    return OciLayout.open(dir);
  }

  blobPath(digest: string): string {
    assertDigest(digest, 'blob digest');
    return join(this.dir, 'blobs', algorithmOf(digest), encodedOf(digest));
  }

  async hasBlob(digest: string): Promise<boolean> {
    return (await stat(this.blobPath(digest)).catch(() => undefined))?.isFile() ?? false;
  }

  /** A stream that fails at its end if the stored bytes no longer match the digest. */
  openBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Readable {
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} in ${this.dir}`);
    // Large reads keep per-chunk overhead (hashing calls, fetch body pulls) low on big layers.
    const file = createReadStream(this.blobPath(descriptor.digest), { highWaterMark: 1024 * 1024 });
    file.on('error', (error) => verifier.destroy(this.missingBlob(descriptor.digest, error)));
    return file.pipe(verifier);
  }

  async readBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.blobPath(descriptor.digest));
    } catch (error) {
      throw this.missingBlob(descriptor.digest, error);
    }
    const actual = digestOf(bytes, algorithmOf(descriptor.digest));
    if (actual !== descriptor.digest || bytes.length !== descriptor.size) {
      throw new OciLayoutError(
        'damaged',
        `blob ${descriptor.digest} in ${this.dir} is corrupt (content hashes to ${actual}, ${bytes.length} bytes)`,
        'rebuild the image into a fresh layout',
      );
    }
    return bytes;
  }

  async readManifest(descriptor: Descriptor): Promise<Manifest> {
    return parseManifest(await this.readBlob(descriptor), descriptor.mediaType, `manifest ${descriptor.digest} in ${this.dir}`);
  }

  async writeBlob(data: Buffer | string): Promise<{ digest: string; size: number }> {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const digest = digestOf(bytes);
    if (!(await this.hasBlob(digest))) {
      const temp = join(this.dir, 'blobs', `.tmp-${randomUUID()}`);
      await writeFile(temp, bytes);
      await rename(temp, this.blobPath(digest));
    }
    return { digest, size: bytes.length };
  }

  /** Streams content into the layout, hashing on the way; nothing is held in memory. */
  async writeBlobStream(source: Readable): Promise<{ digest: string; size: number }> {
    const temp = join(this.dir, 'blobs', `.tmp-${randomUUID()}`);
    const hasher = new HashingStream();
    try {
      await pipeline(source, hasher, createWriteStream(temp));
      const digest = hasher.digest();
      await rename(temp, this.blobPath(digest));
      return { digest, size: hasher.size };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async writeJson(mediaType: string, value: unknown, extra: Partial<Descriptor> = {}): Promise<Descriptor> {
    const { digest, size } = await this.writeBlob(JSON.stringify(value));
    return { mediaType, digest, size, ...extra };
  }

  async index(): Promise<ImageIndex> {
    const path = join(this.dir, 'index.json');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new OciLayoutError('damaged', `${path} cannot be read: ${(error as Error).message}`, 'the layout is incomplete; rebuild it');
    }
    try {
      return parseManifest(text, MediaType.ociIndex, path) as ImageIndex;
    } catch (error) {
      throw new OciLayoutError('damaged', `${path} is not a valid image index: ${(error as Error).message}`, 'the layout is damaged; rebuild it');
    }
  }

  /** Adds (or replaces, by ref name) an entry in index.json, written atomically. */
  async addToIndex(descriptor: Descriptor, refName?: string): Promise<void> {
    const index = await this.index();
    const entry: Descriptor = refName ? { ...descriptor, annotations: { ...descriptor.annotations, [ANNOTATION_REF_NAME]: refName } } : descriptor;
    const manifests = index.manifests.filter((m) => (refName ? m.annotations?.[ANNOTATION_REF_NAME] !== refName : m.digest !== descriptor.digest));
    manifests.push(entry);
    const temp = join(this.dir, `.index-${randomUUID()}.json`);
    await writeFile(temp, JSON.stringify({ ...index, manifests }));
    await rename(temp, join(this.dir, 'index.json'));
  }

  refNames(index: ImageIndex): string[] {
    return index.manifests.map((m) => m.annotations?.[ANNOTATION_REF_NAME]).filter((n): n is string => Boolean(n));
  }

  /**
   * The descriptor for a ref name (`org.opencontainers.image.ref.name`), else for `digest`,
   * else the only image. With both, the named image must have that digest (the build's
   * output checked against what the layout holds now). Errors list what the layout holds.
   */
  async resolve(refName?: string, digest?: string): Promise<Descriptor> {
    const index = await this.index();
    const names = this.refNames(index);
    const held = names.length ? `it holds ${names.map((n) => `"${n}"`).join(', ')}` : `it holds ${index.manifests.length} unnamed image(s)`;
    let found: Descriptor;
    if (refName) {
      const named = index.manifests.filter((m) => m.annotations?.[ANNOTATION_REF_NAME] === refName);
      if (named.length === 0)
        throw new OciLayoutError(
          'no-image',
          `the OCI layout ${this.dir} has no image named "${refName}" (${held})`,
          'pick one of those names, or build the image into this layout first',
        );
      if (named.length > 1)
        throw new OciLayoutError(
          'ambiguous',
          `the OCI layout ${this.dir} has ${named.length} images named "${refName}"`,
          'rebuild the layout so each name is unique',
        );
      found = named[0]!;
    } else if (digest) {
      const matching = index.manifests.find((m) => m.digest === digest);
      if (!matching)
        throw new OciLayoutError(
          'digest',
          `the OCI layout ${this.dir} holds no image ${digest} (${held})`,
          'pass the digest the build step wrote into this layout, or rebuild the image',
        );
      return matching;
    } else if (index.manifests.length === 1) {
      found = index.manifests[0]!;
    } else if (index.manifests.length === 0) {
      throw new OciLayoutError('no-image', `the OCI layout ${this.dir} holds no image`, 'build the image into this layout first');
    } else {
      throw new OciLayoutError('ambiguous', `the OCI layout ${this.dir} holds ${index.manifests.length} images (${held})`, 'name the one to use');
    }
    if (digest && found.digest !== digest) {
      throw new OciLayoutError(
        'digest',
        `the OCI layout ${this.dir} holds ${found.digest}${refName ? ` under "${refName}"` : ''}, not ${digest}`,
        'the layout was rebuilt or overwritten after that build; pass the digest and layout of the same build, or rebuild',
      );
    }
    return found;
  }

  /** Digests of every blob file present, for garbage collection and tests. */
  async listBlobs(): Promise<string[]> {
    const result: string[] = [];
    for (const algorithm of ['sha256', 'sha512']) {
      const files = await readdir(join(this.dir, 'blobs', algorithm)).catch(() => [] as string[]);
      for (const file of files) if (!file.startsWith('.')) result.push(`${algorithm}:${file}`);
    }
    return result;
  }

  private missingBlob(digest: string, error: unknown): Error {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return new OciLayoutError(
        'damaged',
        `the OCI layout ${this.dir} is missing blob ${digest}`,
        'the layout is incomplete; rebuild the image into a fresh layout',
      );
    }
    return error as Error;
  }
}
