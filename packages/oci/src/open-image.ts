import type { Logger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { RetryPolicy } from '@service-pipeline/action-kit/retry';
import type { Credentials } from './credentials.js';
import { configPlatform, type ImageConfig, ImageConfigError, parseImageConfig } from './image-config.js';
import { type ImageSource, layoutSource, registrySource } from './image-source.js';
import { type Descriptor, type ImageManifest, isIndex, type Manifest, type Platform, parseManifest, parsePlatform, platformString } from './manifest.js';
import { OciLayout } from './oci-layout.js';
import { formatReference, type ImageReference, parseReference } from './reference.js';
import { type RegistryClient, registryClientFor } from './registry-client.js';

/** Where an image is: a local OCI layout (by ref name and/or digest) or a registry reference. */
export type ImageLocation = { kind: 'layout'; dir: string; ref?: string; digest?: string } | { kind: 'registry'; reference: ImageReference };

export const LAYOUT_PREFIX = 'oci-layout:';

/**
 * `oci-layout:<dir>[:<ref>]` (a base held locally: air-gapped runners, tests, the local
 * pipeline) or a registry reference, which parseReference checks.
 */
export function parseImageLocation(text: string): ImageLocation {
  if (!text.startsWith(LAYOUT_PREFIX)) return { kind: 'registry', reference: parseReference(text) };
  const rest = text.slice(LAYOUT_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  return colon > 0 && !rest.slice(colon + 1).includes('/')
    ? { kind: 'layout', dir: rest.slice(0, colon), ref: rest.slice(colon + 1) }
    : { kind: 'layout', dir: rest };
}

export function describeLocation(location: ImageLocation): string {
  if (location.kind === 'registry') return formatReference(location.reference);
  return `${LAYOUT_PREFIX}${location.dir}${location.ref ? `:${location.ref}` : ''}`;
}

export interface OpenImageOptions {
  /** Registry images: these credentials, else what `docker login` stored for the registry. */
  credentials?: Credentials;
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
}

/** One runnable image of an image: its platform, manifest and checked config. */
export interface PlatformImage {
  /** `os/arch[/variant]`. */
  platform: string;
  descriptor: Descriptor;
  manifest: ImageManifest;
  config: ImageConfig;
}

/** The requested platform is not among those an image offers. */
export class PlatformNotFoundError extends ActionError {
  constructor(
    readonly image: string,
    readonly wanted: string,
    readonly offered: string[],
  ) {
    super(`${image} has no ${wanted} variant (it has ${offered.join(', ') || 'none'})`, 'pick platforms the image provides, or another image');
  }
}

export interface Image {
  /** As the image was named (`ghcr.io/acme/shop:1`, `oci-layout:/tmp/layout:ref`). */
  name: string;
  location: ImageLocation;
  source: ImageSource;
  root: Descriptor;
  manifest: Manifest;
  /** Layout images: the layout they are in. */
  layout?: OciLayout;
  /** Registry images: a client with the credentials resolved, and the repository. */
  registry?: { client: RegistryClient; repository: string };
  /** The runnable images (an index's attestation manifests skipped), each config checked; read once. */
  platforms(): Promise<PlatformImage[]>;
  /** The image for one platform (arm64 without a variant is arm64/v8). */
  platform(wanted: Platform | string): Promise<PlatformImage>;
  /** `os/arch[/variant]` -> manifest digest of every runnable image. */
  platformDigests(): Promise<Record<string, string>>;
}

function variantOf(platform: Platform): string {
  return platform.variant ?? (platform.architecture === 'arm64' ? 'v8' : '');
}

export function samePlatform(a: Platform | undefined, b: Platform): boolean {
  return a !== undefined && a.os === b.os && a.architecture === b.architecture && variantOf(a) === variantOf(b);
}

/** buildx and BuildKit add attestation manifests to an index as platform unknown/unknown: they describe an image, they are not one. */
function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.platform?.architecture === 'unknown' || descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}

/** Serves the root manifest from memory: it was read (and verified) to open the image. */
function withRoot(source: ImageSource, root: Descriptor, bytes: Buffer): ImageSource {
  return { ...source, readBlob: (descriptor) => (descriptor.digest === root.digest ? Promise.resolve(bytes) : source.readBlob(descriptor)) };
}

/** Reads and checks the manifest and config of one image manifest of `image`. */
async function platformImage(name: string, source: ImageSource, descriptor: Descriptor): Promise<PlatformImage> {
  const manifest = parseManifest(await source.readBlob(descriptor), descriptor.mediaType, `manifest ${descriptor.digest} of ${name}`);
  if (isIndex(manifest))
    throw new ActionError(`${name} nests an index (${descriptor.digest}) inside its index`, 'use an image whose index points at image manifests');
  let config: ImageConfig;
  try {
    config = parseImageConfig(await source.readBlob(manifest.config), `the config ${manifest.config.digest} of ${name}`);
  } catch (error) {
    if (error instanceof ImageConfigError)
      throw new ActionError(error.message, 'the image is damaged or not a container image; rebuild it or use another image', { cause: error });
    throw error;
  }
  const declared = configPlatform(config);
  if (descriptor.platform && !samePlatform(descriptor.platform, declared)) {
    throw new ActionError(
      `${name} lists ${descriptor.digest} as ${platformString(descriptor.platform)}, but its config says ${platformString(declared)}`,
      'rebuild the image so each index entry names the platform it holds',
    );
  }
  return { platform: platformString(descriptor.platform ?? declared), descriptor, manifest, config };
}

function makeImage(fields: Omit<Image, 'platforms' | 'platform' | 'platformDigests'>): Image {
  let loaded: Promise<PlatformImage[]> | undefined;
  const platforms = (): Promise<PlatformImage[]> =>
    (loaded ??= (async () => {
      if (!isIndex(fields.manifest)) return [await platformImage(fields.name, fields.source, fields.root)];
      const children = fields.manifest.manifests.filter((child) => !isAttestation(child));
      return Promise.all(children.map((child) => platformImage(fields.name, fields.source, child)));
    })());
  return {
    ...fields,
    platforms,
    async platform(wanted) {
      const target = typeof wanted === 'string' ? parsePlatform(wanted) : wanted;
      const all = await platforms();
      const found = all.find((image) => samePlatform(parsePlatform(image.platform), target));
      if (!found)
        throw new PlatformNotFoundError(
          fields.name,
          platformString(target),
          all.map((image) => image.platform),
        );
      return found;
    },
    async platformDigests() {
      return Object.fromEntries((await platforms()).map((image) => [image.platform, image.descriptor.digest]));
    },
  };
}

/**
 * Opens "an image, wherever it is": a layout (its ref name, digest or only image) or a
 * registry reference (tag, digest, or `latest`), with the given credentials or Docker's.
 * The root manifest is read and checked here; platforms and configs when first asked for.
 */
export async function openImage(location: ImageLocation | string, options: OpenImageOptions = {}): Promise<Image> {
  const where = typeof location === 'string' ? parseImageLocation(location) : location;
  const name = typeof location === 'string' ? location : describeLocation(where);
  if (where.kind === 'layout') {
    const layout = await OciLayout.open(where.dir);
    const root = await layout.resolve(where.ref, where.digest);
    const manifest = await layout.readManifest(root);
    return makeImage({ name, location: where, source: layoutSource(layout), root, manifest, layout });
  }
  const { registry, repository } = where.reference;
  const client = await registryClientFor(registry, { ...options, ...(options.credentials ? { credentials: options.credentials } : {}) });
  const fetched = await client.getManifest(repository, where.reference.digest ?? where.reference.tag ?? 'latest');
  const root: Descriptor = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
  return makeImage({
    name,
    location: where,
    source: withRoot(registrySource(client, repository), root, fetched.bytes),
    root,
    manifest: fetched.manifest,
    registry: { client, repository },
  });
}
