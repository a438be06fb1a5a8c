import { ActionError } from '@service-pipeline/action-kit';
import { formatReference, hasExplicitRegistry, parseReference, repositoryOf } from '@service-pipeline/oci';
import type { NewImage, Pin } from './types.js';

/** An image value split as written: `name` keeps the file's spelling (`nginx`, not `docker.io/library/nginx`). */
export interface WrittenImage {
  name: string;
  tag?: string;
  digest?: string;
}

export function splitImage(value: string): WrittenImage {
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    const result: WrittenImage = { name: rest.slice(0, colon), tag: rest.slice(colon + 1) };
    if (digest !== undefined) result.digest = digest;
    return result;
  }
  return digest !== undefined ? { name: rest, digest } : { name: rest };
}

/**
 * `registry/repository` the way the distribution tooling reads a name (`nginx` is
 * `docker.io/library/nginx`); undefined for values that are no image name (templates, typos).
 */
export function normalisedName(name: string): string | undefined {
  try {
    return repositoryOf(parseReference(name));
  } catch {
    return undefined;
  }
}

/** Whether the written value (with or without tag/digest) names the wanted image. */
export function namesImage(written: string, wanted: string): boolean {
  const name = normalisedName(splitImage(written).name);
  return name !== undefined && name === wanted;
}

/** `name` as written plus the suffix the pin asks for. */
export function imageValue(name: string, image: NewImage, pin: Pin): string {
  const tag = pin === 'digest' ? '' : `:${image.tag!}`;
  const digest = pin === 'tag' ? '' : `@${image.digest!}`;
  return `${name}${tag}${digest}`;
}

/**
 * Validates the new image against the pin before any file is read and returns its
 * normalised name: pin=tag needs a tag, pin=digest a digest, tag+digest both. Repository names
 * are lowercase on every registry (ghcr.io lowercases them itself, Kubernetes refuses them), so
 * an uppercase name is refused everywhere, with the lowercase spelling as the fix.
 */
export function checkNewImage(image: NewImage, pin: Pin): string {
  const slash = image.name.indexOf('/');
  const registry = hasExplicitRegistry(image.name) ? image.name.slice(0, slash + 1) : '';
  const path = image.name.slice(registry.length);
  if (/[A-Z]/.test(path)) {
    throw new ActionError(
      `image ${image.name} has uppercase letters in its repository name, which registries and Kubernetes refuse`,
      `use ${registry.toLowerCase()}${path.toLowerCase()}`,
    );
  }
  const parsed = parseReference(image.name, { lowercaseGhcr: false });
  if (parsed.tag !== undefined || parsed.digest !== undefined) {
    throw new ActionError(`image name "${image.name}" carries a tag or digest`, 'pass the name alone and the tag and digest separately');
  }
  parseReference(
    formatReference({ ...parsed, ...(image.tag !== undefined ? { tag: image.tag } : {}), ...(image.digest !== undefined ? { digest: image.digest } : {}) }),
  );
  if (pin !== 'digest' && image.tag === undefined) {
    throw new ActionError(
      `pin "${pin}" needs the image's tag, but ${image.name} has none`,
      image.digest !== undefined ? 'use pin "digest"' : 'give the image a tag',
    );
  }
  if (pin !== 'tag' && image.digest === undefined) {
    throw new ActionError(
      `pin "${pin}" needs the image's digest, but ${image.name} has none`,
      image.tag !== undefined ? 'use pin "tag"' : 'give the image a digest',
    );
  }
  return repositoryOf(parsed);
}
