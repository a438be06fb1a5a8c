import { formatReference, parseReference, repositoryOf } from '@service-pipeline/oci';
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
 * normalised name: pin=tag needs a tag, pin=digest a digest, tag+digest both.
 */
export function checkNewImage(image: NewImage, pin: Pin): string {
  const parsed = parseReference(image.name);
  if (parsed.tag !== undefined || parsed.digest !== undefined) {
    throw new Error(`image name "${image.name}" must not carry a tag or digest; pass them as tag/digest`);
  }
  parseReference(formatReference({ ...parsed, ...(image.tag !== undefined ? { tag: image.tag } : {}), ...(image.digest !== undefined ? { digest: image.digest } : {}) }));
  if (pin !== 'digest' && image.tag === undefined) {
    throw new Error(`pin "${pin}" needs the image's tag, but ${image.name} has none; use pin digest or give the image a tag`);
  }
  if (pin !== 'tag' && image.digest === undefined) {
    throw new Error(`pin "${pin}" needs the image's digest, but ${image.name} has none; use pin tag or give the image a digest`);
  }
  return repositoryOf(parsed);
}
