import type { ImageSource } from './image-source.js';
import { type Descriptor, isIndex, type Manifest, parseManifest } from './manifest.js';
import type { OciLayout } from './oci-layout.js';

export interface GraphManifest {
  descriptor: Descriptor;
  bytes: Buffer;
  manifest: Manifest;
}

export interface ImageGraph {
  root: GraphManifest;
  /** Every manifest the root reaches, children before parents, the root last. */
  manifests: GraphManifest[];
  /** Config and layer blobs, each digest once. */
  blobs: Descriptor[];
}

const MAX_DEPTH = 8;

function isNonDistributable(descriptor: Descriptor): boolean {
  return /nondistributable|foreign/.test(descriptor.mediaType) && (descriptor.urls?.length ?? 0) > 0;
}

/**
 * Reads the whole content graph of an image (index -> manifests -> config and layers) so a
 * copy knows everything it must place before the first tag is written.
 */
export async function collectImage(source: ImageSource, root: Descriptor): Promise<ImageGraph> {
  const manifests: GraphManifest[] = [];
  const seenManifests = new Set<string>();
  const blobs = new Map<string, Descriptor>();

  const visit = async (descriptor: Descriptor, depth: number, path: string[]): Promise<GraphManifest> => {
    if (depth > MAX_DEPTH) throw new Error(`${source.label}: indexes nest deeper than ${MAX_DEPTH} levels at ${descriptor.digest}`);
    if (path.includes(descriptor.digest)) throw new Error(`${source.label}: manifest ${descriptor.digest} refers to itself through ${path.join(' -> ')}`);
    const bytes = await source.readBlob(descriptor);
    const manifest = parseManifest(bytes, descriptor.mediaType, `manifest ${descriptor.digest} from ${source.label}`);
    const node: GraphManifest = { descriptor, bytes, manifest };
    if (isIndex(manifest)) {
      for (const child of manifest.manifests) {
        if (!seenManifests.has(child.digest)) await visit(child, depth + 1, [...path, descriptor.digest]);
      }
    } else {
      for (const blob of [manifest.config, ...manifest.layers]) {
        if (!isNonDistributable(blob) && !blobs.has(blob.digest)) blobs.set(blob.digest, blob);
      }
    }
    if (!seenManifests.has(descriptor.digest)) {
      seenManifests.add(descriptor.digest);
      manifests.push(node);
    }
    return node;
  };

  const rootNode = await visit(root, 0, []);
  return { root: rootNode, manifests, blobs: [...blobs.values()] };
}

/**
 * Copies an image (blobs, then manifests, children first) from `source` into `target`
 * without naming it there: engines write each result to a staging layout, and the build
 * names the final image (or the index assembled from several) itself.
 */
export async function copyIntoLayout(source: ImageSource, root: Descriptor, target: OciLayout): Promise<void> {
  const graph = await collectImage(source, root);
  for (const blob of graph.blobs) {
    if (!(await target.hasBlob(blob.digest))) await target.writeBlobStream(await source.openBlob(blob));
  }
  for (const manifest of graph.manifests) {
    if (!(await target.hasBlob(manifest.descriptor.digest))) await target.writeBlob(manifest.bytes);
  }
}
