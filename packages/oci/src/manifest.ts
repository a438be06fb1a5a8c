import { assertDigest } from './digest.js';
import { isIndexMediaType, isManifestMediaType, MediaType } from './media-types.js';

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
  urls?: string[];
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export type Manifest = ImageManifest | ImageIndex;

export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
export const ANNOTATION_SOURCE = 'org.opencontainers.image.source';

export function isIndex(manifest: Manifest): manifest is ImageIndex {
  return Array.isArray((manifest as ImageIndex).manifests);
}

export class ManifestFormatError extends Error {}

function checkDescriptor(value: unknown, where: string): Descriptor {
  const d = value as Partial<Descriptor> | null;
  if (!d || typeof d !== 'object') throw new ManifestFormatError(`${where} is not an object`);
  if (typeof d.mediaType !== 'string' || d.mediaType === '') throw new ManifestFormatError(`${where}.mediaType is missing`);
  if (typeof d.digest !== 'string') throw new ManifestFormatError(`${where}.digest is missing`);
  try {
    assertDigest(d.digest, `${where}.digest`);
  } catch (error) {
    throw new ManifestFormatError((error as Error).message);
  }
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
    throw new ManifestFormatError(`${where}.size must be a non-negative integer`);
  }
  return d as Descriptor;
}

/**
 * Parses manifest bytes and validates the fields this project relies on. The media type
 * comes from the descriptor or HTTP header that pointed at the bytes, because Docker
 * schema 2 manifests and some OCI manifests do not carry it in the body.
 */
export function parseManifest(bytes: Buffer | string, mediaType: string, where = 'manifest'): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString());
  } catch (error) {
    throw new ManifestFormatError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  const m = json as Record<string, unknown>;
  if (!m || typeof m !== 'object' || Array.isArray(m)) throw new ManifestFormatError(`${where} is not a JSON object`);
  if (m.schemaVersion !== 2) throw new ManifestFormatError(`${where} has schemaVersion ${String(m.schemaVersion)}; only 2 is supported`);
  const bodyType = typeof m.mediaType === 'string' ? m.mediaType : undefined;
  const effective = bodyType ?? mediaType;
  if (!isManifestMediaType(effective)) throw new ManifestFormatError(`${where} has unsupported media type ${effective}`);
  if (bodyType && mediaType && bodyType !== mediaType && isManifestMediaType(mediaType)) {
    throw new ManifestFormatError(`${where} says mediaType ${bodyType} but was served as ${mediaType}`);
  }
  if (isIndexMediaType(effective)) {
    if (!Array.isArray(m.manifests)) throw new ManifestFormatError(`${where}.manifests must be an array`);
    m.manifests.forEach((d, i) => checkDescriptor(d, `${where}.manifests[${i}]`));
  } else {
    checkDescriptor(m.config, `${where}.config`);
    if (!Array.isArray(m.layers)) throw new ManifestFormatError(`${where}.layers must be an array`);
    m.layers.forEach((d, i) => checkDescriptor(d, `${where}.layers[${i}]`));
  }
  if (m.subject !== undefined) checkDescriptor(m.subject, `${where}.subject`);
  return m as unknown as Manifest;
}

/** The media type a manifest should be served with: its own field, else the expected default. */
export function manifestMediaType(manifest: Manifest, fallback?: string): string {
  return manifest.mediaType ?? fallback ?? (isIndex(manifest) ? MediaType.ociIndex : MediaType.ociManifest);
}

/** `os/arch[/variant]` as written in inputs (`linux/amd64`, `linux/arm/v7`). */
export const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

export function isPlatform(text: string): boolean {
  return PLATFORM_PATTERN.test(text);
}

/** Parses `os/arch[/variant]`; callers validate with isPlatform first to word their own error. */
export function parsePlatform(text: string): Platform {
  if (!isPlatform(text)) throw new Error(`platform "${text}" is not os/arch[/variant], e.g. linux/amd64`);
  const [os, architecture, variant] = text.split('/') as [string, string, string | undefined];
  return { os, architecture, ...(variant ? { variant } : {}) };
}

export function platformString(platform: Platform | undefined): string {
  if (!platform) return 'unknown';
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
