import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Descriptor, OciLayout, parsePlatform, type WrittenLayer, writeImage, writeImageOrIndex, writeLayer } from '@service-pipeline/oci';

export interface FixtureImage {
  dir: string;
  layout: OciLayout;
  root: Descriptor;
  layers: WrittenLayer[];
}

export interface FixtureOptions {
  /** Size in bytes of the random (incompressible) file in each layer. */
  layerSizes?: number[];
  /** Reuse these layers (e.g. from a previous image) before the new ones. */
  baseLayers?: WrittenLayer[];
  platforms?: string[];
  refName?: string;
  sourceLabel?: string | null;
  dir?: string;
}

/**
 * Builds a real image into an OCI layout: gzip tar layers holding random files, a config
 * with a nonroot user and (unless disabled) the org.opencontainers.image.source label.
 */
export async function makeImage(options: FixtureOptions = {}): Promise<FixtureImage> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'fixture-image-')));
  const layout = await OciLayout.create(dir);
  const layers: WrittenLayer[] = [...(options.baseLayers ?? [])];
  for (const [i, size] of (options.layerSizes ?? [1024, 2048]).entries()) {
    layers.push(await writeLayer(layout, [{ path: `data/layer-${i}-${randomBytes(4).toString('hex')}.bin`, type: 'file', content: randomBytes(size) }]));
  }
  const labels: Record<string, string> =
    options.sourceLabel === null ? {} : { 'org.opencontainers.image.source': options.sourceLabel ?? 'https://github.com/acme/shop' };
  const config = { User: '65532:65532', Entrypoint: ['/app/server'], Labels: labels };
  const platforms = options.platforms ?? ['linux/amd64'];
  const manifests: Descriptor[] = [];
  for (const platform of platforms) {
    manifests.push(await writeImage(layout, { layers, platform: parsePlatform(platform), config }));
  }
  const root = await writeImageOrIndex(layout, manifests, { refName: options.refName ?? 'latest' });
  return { dir, layout, root, layers };
}
