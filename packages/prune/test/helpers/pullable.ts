import assert from 'node:assert/strict';
import { ANNOTATION_REF_NAME, collectImage, type Descriptor, type ImageSource, type OciLayout, type RegistryClient } from '@service-pipeline/oci';

/**
 * The invariant every prune must keep: each tag still pulls completely. Reads every manifest
 * the tag reaches (recursively) and every config and layer blob, verifying digests.
 */
export async function assertTagsPullable(source: ImageSource, tags: ReadonlyMap<string, Descriptor>): Promise<void> {
  for (const [tag, root] of tags) {
    try {
      const graph = await collectImage(source, root);
      for (const blob of graph.blobs) await source.readBlob(blob);
    } catch (error) {
      assert.fail(`tag ${tag} (${root.digest}) in ${source.label} no longer pulls: ${(error as Error).message}`);
    }
  }
}

/** Every tag of a registry repository with the descriptor it points at. */
export async function registryTags(client: RegistryClient, repository: string): Promise<Map<string, Descriptor>> {
  const out = new Map<string, Descriptor>();
  for (const tag of await client.listTags(repository)) {
    const head = await client.headManifest(repository, tag);
    if (head) out.set(tag, { mediaType: head.mediaType, digest: head.digest, size: head.size });
  }
  return out;
}

/** Every ref name of a layout's index.json with its descriptor. */
export async function layoutTags(layout: OciLayout): Promise<Map<string, Descriptor>> {
  const out = new Map<string, Descriptor>();
  for (const entry of (await layout.index()).manifests) {
    const name = entry.annotations?.[ANNOTATION_REF_NAME];
    if (name) out.set(name, entry);
  }
  return out;
}
