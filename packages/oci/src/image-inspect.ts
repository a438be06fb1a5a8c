import type { ImageSource } from './image-source.js';
import { ANNOTATION_SOURCE, isIndex, parseManifest, type Descriptor } from './manifest.js';
import type { ImageConfig } from './image-writer.js';

/**
 * Where an image declares its source repository: ghcr.io links a package to a repository
 * by the `org.opencontainers.image.source` manifest annotation or config label.
 */
export async function findSourceLabel(source: ImageSource, root: Descriptor): Promise<string | undefined> {
  const manifest = parseManifest(await source.readBlob(root), root.mediaType);
  if (manifest.annotations?.[ANNOTATION_SOURCE]) return manifest.annotations[ANNOTATION_SOURCE];
  if (isIndex(manifest)) {
    const child = manifest.manifests.find((m) => m.platform?.architecture !== 'unknown');
    return child ? findSourceLabel(source, child) : undefined;
  }
  const config = JSON.parse((await source.readBlob(manifest.config)).toString()) as Partial<ImageConfig>;
  return config.config?.Labels?.[ANNOTATION_SOURCE];
}
