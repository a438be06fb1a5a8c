import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANNOTATION_REF_NAME, type Descriptor, isIndex, type Manifest, manifestMediaType, OciLayout, parseManifest } from '@service-pipeline/oci';
import type { InventoryItem, PruneProvider, StoredManifest } from '../provider.js';

const ANNOTATION_CREATED = 'org.opencontainers.image.created';

function missing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * A local OCI image layout: `index.json` entries are the inventory (their ref names are the
 * tags); children are plain blobs. Deleting removes the entries of a digest from index.json,
 * then garbage-collects every blob no remaining entry reaches. Do not write into the layout
 * while pruning it: a blob written but not yet named in index.json counts as garbage.
 */
export class OciLayoutProvider implements PruneProvider {
  readonly kind = 'oci-layout';
  readonly listsUntagged = false;
  readonly repository: string;
  // index.json is rewritten whole, so deletions take turns.
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly layout: OciLayout) {
    this.repository = layout.dir;
  }

  static async open(dir: string): Promise<OciLayoutProvider> {
    return new OciLayoutProvider(await OciLayout.open(dir));
  }

  async inventory(): Promise<InventoryItem[]> {
    const items = new Map<string, InventoryItem>();
    for (const entry of (await this.layout.index()).manifests) {
      const item = items.get(entry.digest) ?? { digest: entry.digest, tags: [] };
      const name = entry.annotations?.[ANNOTATION_REF_NAME];
      if (name && !item.tags.includes(name)) item.tags.push(name);
      const annotated = entry.annotations?.[ANNOTATION_CREATED];
      // The blob's write time is when the image entered the layout; an annotation says it better.
      const created = annotated ? new Date(annotated) : (await stat(this.layout.blobPath(entry.digest)).catch(() => undefined))?.mtime;
      if (created && !Number.isNaN(created.getTime()) && (!item.created || created > item.created)) item.created = created;
      items.set(entry.digest, item);
    }
    return [...items.values()];
  }

  async readManifest(digest: string): Promise<StoredManifest | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.layout.blobPath(digest));
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
    // A layout blob has no served media type: the body's own field, else its shape, says what it is.
    return { mediaType: manifestMediaType(JSON.parse(bytes.toString()) as Manifest), bytes };
  }

  delete(item: InventoryItem): Promise<'deleted' | 'gone'> {
    const next = this.queue.then(() => this.deleteNow(item.digest));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async deleteNow(digest: string): Promise<'deleted' | 'gone'> {
    const index = await this.layout.index();
    const manifests = index.manifests.filter((m) => m.digest !== digest);
    const listed = manifests.length !== index.manifests.length;
    if (listed) {
      const temp = join(this.layout.dir, `.index-${randomUUID()}.json`);
      await writeFile(temp, JSON.stringify({ ...index, manifests }));
      await rename(temp, join(this.layout.dir, 'index.json'));
    }
    const removed = await this.collectGarbage(manifests);
    return listed || removed.has(digest) ? 'deleted' : 'gone';
  }

  /** Removes blobs that no index.json entry reaches (children, configs, layers). */
  private async collectGarbage(roots: Descriptor[]): Promise<Set<string>> {
    const reachable = new Set<string>();
    const visit = async (descriptor: Descriptor): Promise<void> => {
      if (reachable.has(descriptor.digest)) return;
      reachable.add(descriptor.digest);
      const stored = await this.readManifest(descriptor.digest);
      if (!stored) return;
      const manifest = parseManifest(Buffer.from(stored.bytes), stored.mediaType, `manifest ${descriptor.digest} in ${this.layout.dir}`);
      if (isIndex(manifest)) for (const child of manifest.manifests) await visit(child);
      else for (const blob of [manifest.config, ...manifest.layers]) reachable.add(blob.digest);
    };
    for (const root of roots) await visit(root);
    const removed = new Set<string>();
    for (const blob of await this.layout.listBlobs()) {
      if (reachable.has(blob)) continue;
      await rm(this.layout.blobPath(blob), { force: true });
      removed.add(blob);
    }
    return removed;
  }
}
