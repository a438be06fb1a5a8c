/**
 * The contract between the prune engine and a storage backend. A provider only lists, reads and
 * deletes; every decision (graph, keep set, plan, re-check, order) belongs to the engine, so
 * the rules that protect images in use are written once for all providers.
 */

/** One manifest the provider can see (a GHCR package version, a registry tag target, a layout entry). */
export interface InventoryItem {
  /** Manifest digest, `sha256:<hex>`. */
  digest: string;
  /** Tags pointing at this digest right now; empty for untagged manifests. */
  tags: string[];
  /** Creation (GHCR: version created_at; layout/registry: image `created`). Unknown age counts as young. */
  created?: Date;
  /** GHCR package version id: what the Packages API deletes by. */
  versionId?: number;
}

export type ProviderKind = 'ghcr' | 'oci' | 'oci-layout';

/** A raw manifest as stored: the bytes are what the digest is computed over. */
export interface StoredManifest {
  mediaType: string;
  bytes: Uint8Array;
}

export interface PruneProvider {
  readonly kind: ProviderKind;
  /** Where the images live, for messages and the plan: `ghcr.io/acme/shop`, `127.0.0.1:5000/shop`, a layout path. */
  readonly repository: string;
  /**
   * True when `inventory()` returns every stored manifest, untagged ones included (GHCR lists
   * every version). False when untagged manifests can only be discovered by walking from the
   * listed ones (a distribution registry cannot list them; a layout's children are plain
   * blobs): the engine then also plans the manifests it discovers, and `delete()` receives
   * items that were never in the inventory (no `versionId`).
   */
  readonly listsUntagged: boolean;
  /**
   * Everything the provider can see: tagged and untagged manifests, as far as it can list them.
   * Called twice: once to plan, and again just before deleting, so a tag or version that
   * appeared meanwhile removes its images from the deletions.
   */
  inventory(): Promise<InventoryItem[]>;
  /**
   * Raw manifest by digest; undefined when it does not exist (404). Any other failure throws,
   * and the engine then stops this repository: it never deletes on a partial view.
   */
  readManifest(digest: string): Promise<StoredManifest | undefined>;
  /** Deletes one manifest; 'gone' when it was already absent (a 404 counts as done). */
  delete(item: InventoryItem): Promise<'deleted' | 'gone'>;
}
