import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { HashingStream } from './digest.js';
import type { ContainerConfig, ImageConfig } from './image-config.js';
import { type TarEntry, type TarOptions, tarStream } from './layer-tar.js';
import type { Descriptor, ImageIndex, ImageManifest, Platform } from './manifest.js';
import { MediaType } from './media-types.js';
import type { OciLayout } from './oci-layout.js';

export interface WrittenLayer {
  descriptor: Descriptor;
  /** sha256 of the uncompressed tar, as the image config's rootfs.diff_ids needs it. */
  diffId: string;
}

/** Writes entries as a gzip layer, hashing the tar on the way for its diff_id. */
export async function writeLayer(layout: OciLayout, entries: TarEntry[], options: TarOptions = {}): Promise<WrittenLayer> {
  const uncompressed = new HashingStream();
  const compressed = new PassThrough();
  const writing = layout.writeBlobStream(compressed);
  await pipeline(tarStream(entries, options), uncompressed, createGzip({ level: 6 }), compressed);
  const { digest, size } = await writing;
  return { descriptor: { mediaType: MediaType.ociLayerGzip, digest, size }, diffId: uncompressed.digest() };
}

export interface WriteImageOptions {
  layers: WrittenLayer[];
  platform: Platform;
  config?: ContainerConfig;
  created?: string;
  annotations?: Record<string, string>;
  /** When given, the manifest is added to index.json under this ref name. */
  refName?: string;
  /** Layers already in a base image: their diff_ids come first. */
  history?: ImageConfig['history'];
}

export async function writeImage(layout: OciLayout, options: WriteImageOptions): Promise<Descriptor> {
  const config: ImageConfig = {
    architecture: options.platform.architecture,
    os: options.platform.os,
    ...(options.platform.variant ? { variant: options.platform.variant } : {}),
    ...(options.created ? { created: options.created } : {}),
    config: options.config ?? {},
    rootfs: { type: 'layers', diff_ids: options.layers.map((l) => l.diffId) },
    ...(options.history ? { history: options.history } : {}),
  };
  const configDescriptor = await layout.writeJson(MediaType.ociConfig, config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: options.layers.map((l) => l.descriptor),
    ...(options.annotations ? { annotations: options.annotations } : {}),
  };
  const descriptor = await layout.writeJson(MediaType.ociManifest, manifest, { platform: options.platform });
  if (options.refName) await layout.addToIndex(descriptor, options.refName);
  return descriptor;
}

export async function writeIndex(
  layout: OciLayout,
  manifests: Descriptor[],
  options: { annotations?: Record<string, string>; refName?: string } = {},
): Promise<Descriptor> {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests,
    ...(options.annotations ? { annotations: options.annotations } : {}),
  };
  const descriptor = await layout.writeJson(MediaType.ociIndex, index);
  if (options.refName) await layout.addToIndex(descriptor, options.refName);
  return descriptor;
}

/**
 * Names the result of a build in the layout: one manifest as it is, several (one per
 * platform, in the order given) as an index, so "one image or an index" is decided here only.
 */
export async function writeImageOrIndex(
  layout: OciLayout,
  manifests: Descriptor[],
  options: { refName: string; annotations?: Record<string, string> },
): Promise<Descriptor> {
  if (manifests.length === 0) throw new Error('writeImageOrIndex: no manifest to name');
  if (manifests.length === 1) {
    await layout.addToIndex(manifests[0]!, options.refName);
    return manifests[0]!;
  }
  return writeIndex(layout, manifests, options);
}
