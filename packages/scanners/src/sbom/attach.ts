import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import {
  digestOf,
  MediaType,
  referrersTag,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type RegistryClient,
} from '@service-pipeline/oci';
import { SBOM_ARTIFACT_TYPES, type SbomFile } from './generate.js';

/** The OCI 1.1 empty config (`{}`) that artifacts without a config of their own point at. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_DESCRIPTOR: Descriptor = { mediaType: MediaType.ociEmpty, digest: digestOf(EMPTY_CONFIG), size: EMPTY_CONFIG.length };

export interface AttachedSbom {
  format: SbomFile['format'];
  /** The artifact manifest whose subject is the image. */
  descriptor: Descriptor;
  /** How a client finds it: the referrers API, or the `sha256-<hex>` tag index (registries without the API). */
  via: 'referrers-api' | 'tag-schema';
}

async function ensureBlob(client: RegistryClient, repository: string, descriptor: Descriptor, bytes: Buffer): Promise<void> {
  if ((await client.hasBlob(repository, descriptor.digest)) !== undefined) return;
  await client.uploadBlob(repository, descriptor, async () => Readable.from([bytes]));
}

/**
 * Pushes an SBOM as an OCI artifact whose `subject` is the image, so `oras discover` and
 * cosign-style tooling find it. Where the registry has no referrers API (e.g. distribution
 * 2.8) the OCI 1.1 fallback is maintained too: an index tagged `sha256-<hex>` of the subject.
 */
export async function attachSbom(client: RegistryClient, repository: string, subject: Descriptor, file: SbomFile, created = new Date()): Promise<AttachedSbom> {
  const artifactType = SBOM_ARTIFACT_TYPES[file.format];
  const bytes = await readFile(file.path);
  const layer: Descriptor = { mediaType: artifactType, digest: digestOf(bytes), size: bytes.length, annotations: { 'org.opencontainers.image.title': basename(file.path) } };
  await ensureBlob(client, repository, EMPTY_DESCRIPTOR, EMPTY_CONFIG);
  await ensureBlob(client, repository, layer, bytes);

  const annotations = { 'org.opencontainers.image.created': created.toISOString() };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    artifactType,
    config: EMPTY_DESCRIPTOR,
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const digest = await client.putManifest(repository, digestOf(manifestBytes), manifestBytes, MediaType.ociManifest);
  const descriptor: Descriptor = { mediaType: MediaType.ociManifest, digest, size: manifestBytes.length, artifactType, annotations };

  const existing = await client.referrers(repository, subject.digest);
  if (existing.via === 'referrers-api') return { format: file.format, descriptor, via: 'referrers-api' };
  if (!existing.manifests.some((m) => m.digest === digest)) {
    const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...existing.manifests, descriptor] };
    await client.putManifest(repository, referrersTag(subject.digest), Buffer.from(JSON.stringify(index)), MediaType.ociIndex);
  }
  return { format: file.format, descriptor, via: 'tag-schema' };
}
