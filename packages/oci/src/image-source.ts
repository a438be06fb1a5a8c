import type { Readable } from 'node:stream';
import type { Descriptor } from './manifest.js';
import { isManifestMediaType } from './media-types.js';
import type { OciLayout } from './oci-layout.js';
import type { RegistryClient } from './registry-client.js';

/** Where an image is copied from: a local OCI layout or a repository on a registry. */
export interface ImageSource {
  readonly label: string;
  /** Set when the source is a registry repository, so blobs can be mounted instead of copied. */
  readonly location?: { registry: string; repository: string };
  readBlob(descriptor: Descriptor): Promise<Buffer>;
  openBlob(descriptor: Descriptor): Promise<Readable>;
}

export function layoutSource(layout: OciLayout): ImageSource {
  return {
    label: `OCI layout ${layout.dir}`,
    readBlob: (descriptor) => layout.readBlob(descriptor),
    openBlob: async (descriptor) => layout.openBlob(descriptor),
  };
}

export function registrySource(client: RegistryClient, repository: string): ImageSource {
  return {
    label: `${client.registry}/${repository}`,
    location: { registry: client.registry, repository },
    readBlob: async (descriptor) =>
      isManifestMediaType(descriptor.mediaType) ? (await client.getManifest(repository, descriptor.digest)).bytes : client.getBlobBytes(repository, descriptor),
    openBlob: (descriptor) => client.getBlob(repository, descriptor),
  };
}
