import { type Descriptor, isIndex, type Manifest, MediaType } from '@service-pipeline/oci';
import type { InventoryItem } from './provider.js';

/** What a manifest is, as far as deciding and reporting go. */
export type ManifestKind = 'index' | 'image' | 'signature' | 'attestation' | 'sbom' | 'artifact';

export interface GraphNode {
  digest: string;
  kind: ManifestKind;
  /** False when a parent, subject or referrer tag names a digest the provider answered 404 for. */
  exists: boolean;
  /** In the provider's inventory (as opposed to discovered by walking). */
  listed: boolean;
  /** Tags a person chose (everything but `sha256-<hex>[.sig|.att|.sbom]`). */
  userTags: string[];
  /** Referrer tags (`sha256-<hex>[.sig|.att|.sbom]`): they follow their subject, never filters. */
  referrerTags: string[];
  created?: Date;
  versionId?: number;
  /** Manifests an index lists. */
  children: string[];
  /** Images this manifest signs or attests: `subject`, a referrer tag, a buildx attestation annotation. */
  subjects: string[];
  parents: string[];
  referrers: string[];
}

export type PruneGraph = Map<string, GraphNode>;

/** `sha256-<hex>` (OCI 1.1 referrers fallback) and cosign's `.sig`, `.att`, `.sbom` tags. */
const REFERRER_TAG = /^(sha256|sha512)-([a-f0-9]{64}|[a-f0-9]{128})(?:\.(sig|att|sbom))?$/;

export function referrerTagSubject(tag: string): { subject: string; suffix?: string } | undefined {
  const match = REFERRER_TAG.exec(tag);
  if (!match) return undefined;
  return { subject: `${match[1]}:${match[2]}`, ...(match[3] ? { suffix: match[3] } : {}) };
}

/** buildx stores provenance/SBOM manifests inside the image index, pointing at the image by annotation. */
export const DOCKER_REFERENCE_TYPE = 'vnd.docker.reference.type';
const DOCKER_REFERENCE_DIGEST = 'vnd.docker.reference.digest';

function attestedImage(descriptor: Descriptor): string | undefined {
  const annotations = descriptor.annotations ?? {};
  return annotations[DOCKER_REFERENCE_TYPE] === 'attestation-manifest' ? annotations[DOCKER_REFERENCE_DIGEST] : undefined;
}

function artifactKind(type: string | undefined): ManifestKind | undefined {
  if (!type) return undefined;
  if (/sbom|spdx|cyclonedx/i.test(type)) return 'sbom';
  if (/in-toto|attestation|provenance|vuln/i.test(type)) return 'attestation';
  if (/sig/i.test(type)) return 'signature';
  return undefined;
}

/** A runnable image's config (OCI or Docker), as opposed to an artifact's config or the empty blob. */
export function isImageConfig(mediaType: string): boolean {
  return mediaType === MediaType.ociConfig || mediaType === MediaType.dockerConfig;
}

/** Digests a manifest makes the graph depend on: children and subject. */
export function referencedDigests(manifest: Manifest): string[] {
  const out = isIndex(manifest) ? manifest.manifests.map((d) => d.digest) : [];
  if (manifest.subject) out.push(manifest.subject.digest);
  return out;
}

/**
 * Builds the content graph from the inventory and every manifest read (undefined = 404).
 * Discovered digests (children, subjects, referrer-tag subjects) become unlisted nodes.
 */
export function buildGraph(inventory: readonly InventoryItem[], manifests: ReadonlyMap<string, Manifest | undefined>): PruneGraph {
  const graph: PruneGraph = new Map();
  const node = (digest: string): GraphNode => {
    let found = graph.get(digest);
    if (!found) {
      found = {
        digest,
        kind: 'image',
        exists: manifests.get(digest) !== undefined,
        listed: false,
        userTags: [],
        referrerTags: [],
        children: [],
        subjects: [],
        parents: [],
        referrers: [],
      };
      graph.set(digest, found);
    }
    return found;
  };
  const link = (from: GraphNode, list: 'children' | 'subjects', to: string): void => {
    if (from[list].includes(to) || to === from.digest) return;
    from[list].push(to);
    node(to)[list === 'children' ? 'parents' : 'referrers'].push(from.digest);
  };
  const suffixKinds: Record<string, ManifestKind> = { sig: 'signature', att: 'attestation', sbom: 'sbom' };
  const tagKinds = new Map<string, ManifestKind>();

  for (const item of inventory) {
    const n = node(item.digest);
    n.listed = true;
    if (item.created && (!n.created || item.created > n.created)) n.created = item.created;
    if (item.versionId !== undefined) n.versionId = item.versionId;
    for (const tag of item.tags) {
      const referrer = referrerTagSubject(tag);
      if (!referrer) {
        if (!n.userTags.includes(tag)) n.userTags.push(tag);
        continue;
      }
      if (!n.referrerTags.includes(tag)) n.referrerTags.push(tag);
      link(n, 'subjects', referrer.subject);
      if (referrer.suffix) tagKinds.set(item.digest, suffixKinds[referrer.suffix]!);
    }
  }
  for (const [digest, manifest] of manifests) {
    if (!manifest) continue;
    const n = node(digest);
    if (isIndex(manifest)) {
      for (const child of manifest.manifests) {
        link(n, 'children', child.digest);
        const image = attestedImage(child);
        if (image) {
          link(node(child.digest), 'subjects', image);
          node(child.digest).kind = 'attestation';
        }
      }
    }
    if (manifest.subject) link(n, 'subjects', manifest.subject.digest);
  }
  for (const n of graph.values()) {
    const manifest = manifests.get(n.digest);
    if (!manifest || n.kind === 'attestation') continue;
    const configType = isIndex(manifest) ? undefined : manifest.config.mediaType;
    const declared = artifactKind(manifest.artifactType) ?? (configType && !isImageConfig(configType) ? artifactKind(configType) : undefined);
    n.kind = declared ?? tagKinds.get(n.digest) ?? (isIndex(manifest) ? 'index' : n.subjects.length > 0 ? 'artifact' : 'image');
  }
  return graph;
}
