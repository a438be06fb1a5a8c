import { ActionError } from '@service-pipeline/action-kit/errors';
import { copyIntoLayout, type Descriptor, OciLayout, openImage, parsePlatform, writeImageOrIndex } from '@service-pipeline/oci';

export interface PlatformLayout {
  /** OCI layout holding one platform's image (or an index of platform images). */
  dir: string;
  /** Name of the image in that layout; default its only image. */
  ref?: string;
}

export interface MergedImage {
  root: Descriptor;
  platformDigests: Record<string, string>;
}

/**
 * Joins images built on separate machines (one native runner per platform) into one image
 * named `refName` in `targetDir`, in the order given: the fan-in of a multi-platform build
 * without emulation. Each source may hold one image or an index of several; a platform given
 * twice is an error rather than a silent pick, and so is one of `platforms` that no source has.
 * One platform stays the very manifest that was built and scanned; several become an index.
 */
export async function mergePlatformImages(
  sources: PlatformLayout[],
  targetDir: string,
  options: { refName: string; annotations?: Record<string, string> /** Platforms in index order; each must be present. */; platforms?: string[] },
): Promise<MergedImage> {
  if (sources.length === 0) throw new ActionError('there are no platform images to merge', 'list the OCI layouts the platform builds wrote');
  const target = await OciLayout.create(targetDir);
  const manifests: { platform: string; descriptor: Descriptor }[] = [];
  const platformDigests: Record<string, string> = {};
  for (const source of sources) {
    const image = await openImage({ kind: 'layout', dir: source.dir, ...(source.ref ? { ref: source.ref } : {}) });
    for (const built of await image.platforms()) {
      const seen = platformDigests[built.platform];
      if (seen)
        throw new ActionError(`${built.platform} is built twice (${seen} and ${built.descriptor.digest})`, 'build each platform in one matrix job only');
      await copyIntoLayout(image.source, built.descriptor, target);
      const { mediaType, digest, size } = built.descriptor;
      manifests.push({
        platform: built.platform,
        descriptor: { mediaType, digest, size, platform: built.descriptor.platform ?? parsePlatform(built.platform) },
      });
      platformDigests[built.platform] = digest;
    }
  }
  if (options.platforms) {
    const wanted = options.platforms;
    const missing = wanted.filter((name) => !platformDigests[name]);
    if (missing.length > 0)
      throw new ActionError(
        `${missing.join(', ')} ${missing.length === 1 ? 'was' : 'were'} not built (built: ${Object.keys(platformDigests).join(', ')})`,
        'check the matrix job of that platform; every platform must build before the index is made',
      );
    const rank = (platform: string): number => (wanted.includes(platform) ? wanted.indexOf(platform) : wanted.length);
    manifests.sort((a, b) => rank(a.platform) - rank(b.platform));
  }
  const root = await writeImageOrIndex(
    target,
    manifests.map((m) => m.descriptor),
    { refName: options.refName, ...(options.annotations ? { annotations: options.annotations } : {}) },
  );
  return { root, platformDigests };
}
