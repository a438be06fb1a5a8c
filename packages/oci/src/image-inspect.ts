import { ANNOTATION_SOURCE } from './manifest.js';
import type { Image } from './open-image.js';

/**
 * Where an image declares its source repository: ghcr.io links a package to a repository
 * by the `org.opencontainers.image.source` manifest annotation or config label.
 */
export async function findSourceLabel(image: Image): Promise<string | undefined> {
  if (image.manifest.annotations?.[ANNOTATION_SOURCE]) return image.manifest.annotations[ANNOTATION_SOURCE];
  const [first] = await image.platforms();
  return first?.manifest.annotations?.[ANNOTATION_SOURCE] ?? first?.config.config?.Labels?.[ANNOTATION_SOURCE];
}
