import { ActionError } from '@service-pipeline/action-kit/errors';
import { isIndex, layoutSource, OciLayout, platformString, writeIndex, type Descriptor, type ImageConfig, type Manifest } from '@service-pipeline/oci';
import { copyIntoLayout } from './layout-copy.js';

export interface PlatformImage {
  /** OCI layout holding one platform's image (or an index of platform images). */
  dir: string;
  /** Name of the image in that layout; default its only image. */
  ref?: string;
}

export interface MergedImage {
  root: Descriptor;
  platformDigests: Record<string, string>;
}

/** The platform of a manifest: its descriptor's, else its config's os/architecture. */
async function platformOf(layout: OciLayout, descriptor: Descriptor, manifest: Manifest): Promise<Descriptor['platform']> {
  if (descriptor.platform) return descriptor.platform;
  if (isIndex(manifest)) return undefined;
  const config = JSON.parse((await layout.readBlob(manifest.config)).toString('utf8')) as ImageConfig;
  return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}

/**
 * Joins images built on separate machines (one native runner per platform) into one OCI index
 * named `refName` in `targetDir`, in the order given: the fan-in of a multi-platform build
 * without emulation. Each source may hold one image or an index of several; a platform given
 * twice is an error rather than a silent pick, and so is one of `platforms` that no source has.
 */
export async function mergePlatformImages(
  sources: PlatformImage[],
  targetDir: string,
  options: { refName: string; annotations?: Record<string, string>; /** Platforms in index order; each must be present. */ platforms?: string[] },
): Promise<MergedImage> {
  if (sources.length === 0) throw new ActionError('there are no platform images to merge', 'list the OCI layouts the platform builds wrote');
  const target = await OciLayout.create(targetDir);
  const manifests: Descriptor[] = [];
  const platformDigests: Record<string, string> = {};
  for (const source of sources) {
    const layout = await OciLayout.open(source.dir);
    const root = await layout.resolve(source.ref);
    const rootManifest = await layout.readManifest(root);
    const entries = isIndex(rootManifest) ? rootManifest.manifests : [root];
    for (const entry of entries) {
      const manifest = entry === root ? rootManifest : await layout.readManifest(entry);
      const platform = await platformOf(layout, entry, manifest);
      if (!platform || isIndex(manifest)) throw new ActionError(`${source.dir} holds an image without a platform (${entry.digest})`, 'merge layouts written by the build action, one per platform');
      const name = platformString(platform);
      if (platformDigests[name]) throw new ActionError(`${name} is built twice (${platformDigests[name]} and ${entry.digest})`, 'build each platform in one matrix job only');
      await copyIntoLayout(layoutSource(layout), entry, target);
      manifests.push({ mediaType: entry.mediaType, digest: entry.digest, size: entry.size, platform });
      platformDigests[name] = entry.digest;
    }
  }
  if (options.platforms) {
    const missing = options.platforms.filter((name) => !platformDigests[name]);
    if (missing.length > 0) throw new ActionError(`${missing.join(', ')} ${missing.length === 1 ? 'was' : 'were'} not built (built: ${Object.keys(platformDigests).join(', ')})`, 'check the matrix job of that platform; every platform must build before the index is made');
    const rank = (descriptor: Descriptor): number => {
      const at = options.platforms!.indexOf(platformString(descriptor.platform));
      return at < 0 ? options.platforms!.length : at;
    };
    manifests.sort((a, b) => rank(a) - rank(b));
  }
  const root = await writeIndex(target, manifests, { refName: options.refName, ...(options.annotations ? { annotations: options.annotations } : {}) });
  return { root, platformDigests };
}
