import { Readable } from 'node:stream';
import { digestOf } from './digest.js';
import { checkStatementSubject, IN_TOTO_MEDIA_TYPE, PREDICATE_TYPE_ANNOTATION, parseStatement, type Statement, subjectDigests } from './in-toto.js';
import type { Descriptor, ImageIndex, ImageManifest } from './manifest.js';
import { MediaType } from './media-types.js';
import type { Image } from './open-image.js';
import { type RegistryClient, referrersTag } from './registry-client.js';

/** The OCI 1.1 empty config (`{}`) that artifacts without a config of their own point at. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_DESCRIPTOR: Descriptor = { mediaType: MediaType.ociEmpty, digest: digestOf(EMPTY_CONFIG), size: EMPTY_CONFIG.length };

export interface ReferrerArtifact {
  artifactType: string;
  /** The one layer: the document itself. */
  bytes: Buffer;
  /** File name recorded as the layer's `org.opencontainers.image.title`. */
  title: string;
  /** Extra annotations of the artifact manifest (e.g. the in-toto predicate type). */
  annotations?: Record<string, string>;
  created?: Date;
}

export interface AttachedArtifact {
  /** The artifact manifest whose subject is the image. */
  descriptor: Descriptor;
  /** How a client finds it: the referrers API, or the `sha256-<hex>` tag index (registries without the API). */
  via: 'referrers-api' | 'tag-schema';
}

/** Uploads `bytes` as the blob `descriptor` names unless the repository has it already. */
export async function ensureBlob(client: RegistryClient, repository: string, descriptor: Descriptor, bytes: Buffer): Promise<void> {
  if ((await client.hasBlob(repository, descriptor.digest)) !== undefined) return;
  await client.uploadBlob(repository, descriptor, async () => Readable.from([bytes]));
}

/**
 * Pushes a document (SBOM, in-toto statement) as an OCI artifact whose `subject` is the image,
 * so `oras discover` and cosign-style tooling find it. Where the registry has no referrers API
 * (e.g. distribution 2.8) the OCI 1.1 fallback is maintained too: an index tagged
 * `sha256-<hex>` of the subject.
 */
export async function attachArtifact(client: RegistryClient, repository: string, subject: Descriptor, artifact: ReferrerArtifact): Promise<AttachedArtifact> {
  const { artifactType, bytes } = artifact;
  const layer: Descriptor = {
    mediaType: artifactType,
    digest: digestOf(bytes),
    size: bytes.length,
    annotations: { 'org.opencontainers.image.title': artifact.title },
  };
  await ensureBlob(client, repository, EMPTY_DESCRIPTOR, EMPTY_CONFIG);
  await ensureBlob(client, repository, layer, bytes);

  const annotations = { 'org.opencontainers.image.created': (artifact.created ?? new Date()).toISOString(), ...artifact.annotations };
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
  if (existing.via === 'referrers-api') return { descriptor, via: 'referrers-api' };
  if (!existing.manifests.some((m) => m.digest === digest)) {
    const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...existing.manifests, descriptor] };
    await client.putManifest(repository, referrersTag(subject.digest), Buffer.from(JSON.stringify(index)), MediaType.ociIndex);
  }
  return { descriptor, via: 'tag-schema' };
}

/** A statement read and checked: `subject` is the manifest it describes, and so the one it is attached to. */
export interface CheckedStatement {
  path: string;
  statement: Statement;
  bytes: Buffer;
  subject: Descriptor;
}

/**
 * Reads in-toto statements (provenance, vulnerability report) and checks, before anything is
 * pushed, that each is about the image: its root, or one of its platform images (`platforms`,
 * the manifests of an index), which is what per-platform builds on native runners describe
 * before their images are merged into one index. A statement about anything else is refused.
 */
export function readStatements(
  files: readonly { path: string; text: string }[],
  image: { root: Descriptor; platforms?: readonly Descriptor[] },
): CheckedStatement[] {
  const candidates = [image.root, ...(image.platforms ?? [])];
  return files.map(({ path, text }) => {
    const statement = parseStatement(text, path);
    const first = subjectDigests(statement)[0];
    const subject = candidates.find((candidate) => candidate.digest === first) ?? image.root;
    checkStatementSubject(statement, subject.digest, path);
    return { path, statement, bytes: Buffer.from(text), subject };
  });
}

/** readStatements against an opened image: its root and its runnable platform images. */
export async function readImageStatements(
  files: readonly { path: string; text: string }[],
  image: Pick<Image, 'root' | 'platforms'>,
): Promise<CheckedStatement[]> {
  return readStatements(files, { root: image.root, platforms: (await image.platforms()).map((platform) => platform.descriptor) });
}

/** A statement attached: where it came from, what it says, and which manifest it hangs off. */
export interface AttachedStatement extends AttachedArtifact {
  path: string;
  predicateType: string;
  subject: string;
}

/**
 * Attaches checked statements once the image is pushed, each to the manifest it describes: the
 * pushed root (as the registry holds it, `pushed`) or one of its platform images.
 */
export async function attachStatements(
  client: RegistryClient,
  repository: string,
  pushed: Descriptor,
  evidence: readonly CheckedStatement[],
): Promise<AttachedStatement[]> {
  const attached: AttachedStatement[] = [];
  for (const checked of evidence) {
    const subject = checked.subject.digest === pushed.digest ? pushed : checked.subject;
    attached.push({
      path: checked.path,
      predicateType: checked.statement.predicateType,
      subject: subject.digest,
      ...(await attachStatement(client, repository, subject, checked)),
    });
  }
  return attached;
}

/** Attaches a checked statement next to the image's SBOMs, typed by its predicate. */
export async function attachStatement(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  checked: Omit<CheckedStatement, 'subject'>,
  created?: Date,
): Promise<AttachedArtifact> {
  checkStatementSubject(checked.statement, subject.digest, checked.path);
  const title = checked.path.split('/').at(-1) ?? 'statement.intoto.json';
  return attachArtifact(client, repository, subject, {
    artifactType: IN_TOTO_MEDIA_TYPE,
    bytes: checked.bytes,
    title,
    annotations: { [PREDICATE_TYPE_ANNOTATION]: checked.statement.predicateType },
    ...(created ? { created } : {}),
  });
}
