// The public surface of the OCI package: open an image wherever it is, read and write layouts, talk to registries.
export { mapLimit } from './concurrency.js';
export type { Credentials } from './credentials.js';
export { digestOf, isDigest } from './digest.js';
export { RegistryError } from './errors.js';
export type { ContainerConfig, ImageConfig } from './image-config.js';
export { configPlatform, ImageConfigError, parseImageConfig } from './image-config.js';
export { imageFilesystem } from './image-filesystem.js';
export { collectImage, copyIntoLayout } from './image-graph.js';
export { findSourceLabel } from './image-inspect.js';
export type { ImageSource } from './image-source.js';
export { layoutSource, registrySource } from './image-source.js';
export type { WrittenLayer } from './image-writer.js';
export { writeImage, writeImageOrIndex, writeIndex, writeLayer } from './image-writer.js';
export type { ResourceDescriptor, Statement } from './in-toto.js';
export {
  checkStatementSubject,
  IN_TOTO_MEDIA_TYPE,
  IN_TOTO_STATEMENT_V1,
  imageSubject,
  PREDICATE_TYPE_ANNOTATION,
  parseStatement,
  subjectDigests,
  writeStatement,
} from './in-toto.js';
export type { TarEntry } from './layer-tar.js';
export { gzipTarStream } from './layer-tar.js';
export type { Descriptor, ImageIndex, ImageManifest, Manifest, Platform } from './manifest.js';
export { ANNOTATION_REF_NAME, isIndex, isPlatform, manifestMediaType, parseManifest, parsePlatform } from './manifest.js';
export { MediaType } from './media-types.js';
export { OciLayout, OciLayoutError } from './oci-layout.js';
export type { Image, ImageLocation, OpenImageOptions, PlatformImage } from './open-image.js';
export { describeLocation, openImage, PlatformNotFoundError, parseImageLocation, samePlatform } from './open-image.js';
export type { PushImageOptions, PushReport } from './push-image.js';
export { formatBytes, pushImage } from './push-image.js';
export type { ParsedReference } from './reference.js';
export { formatReference, hasExplicitRegistry, InvalidReferenceError, isLoopbackRegistry, parseReference, repositoryOf } from './reference.js';
export type { AttachedArtifact, ReferrerArtifact } from './referrer-artifact.js';
export {
  type AttachedStatement,
  attachArtifact,
  attachStatement,
  attachStatements,
  type CheckedStatement,
  ensureBlob,
  readImageStatements,
  readStatements,
} from './referrer-artifact.js';
export type { FetchedManifest, RegistryClientOptions, UploadOptions } from './registry-client.js';
export { RegistryClient, referrersTag, registryClientFor } from './registry-client.js';
export type { TarHeader } from './tar-reader.js';
export { tarHeaders } from './tar-reader.js';
