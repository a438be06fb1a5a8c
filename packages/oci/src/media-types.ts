export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

export const INDEX_MEDIA_TYPES: readonly string[] = [MediaType.ociIndex, MediaType.dockerManifestList];
export const IMAGE_MANIFEST_MEDIA_TYPES: readonly string[] = [MediaType.ociManifest, MediaType.dockerManifest];
export const MANIFEST_MEDIA_TYPES: readonly string[] = [...IMAGE_MANIFEST_MEDIA_TYPES, ...INDEX_MEDIA_TYPES];

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && INDEX_MEDIA_TYPES.includes(mediaType);
}

export function isManifestMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && MANIFEST_MEDIA_TYPES.includes(mediaType);
}
