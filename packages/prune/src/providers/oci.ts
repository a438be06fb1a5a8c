import { ActionError } from '@service-pipeline/action-kit';
import { type FetchedManifest, isIndex, mapLimit, parseImageConfig, type RegistryClient, RegistryError } from '@service-pipeline/oci';
import type { InventoryItem, PruneProvider, StoredManifest } from '../provider.js';
import { DOCKER_REFERENCE_TYPE, isImageConfig } from '../prune-graph.js';

export interface OciProviderOptions {
  client: RegistryClient;
  /** Repository path on the registry, e.g. `acme/shop`. */
  repository: string;
  /** Requests in flight at once while listing. Default 4. */
  concurrency?: number;
}

/** A manifest by digest from a registry repository; undefined when the registry answers 404. */
export async function readRegistryManifest(client: RegistryClient, repository: string, digest: string): Promise<FetchedManifest | undefined> {
  try {
    return await client.getManifest(repository, digest);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Any distribution-spec registry. The API lists tags but not untagged manifests, so this
 * provider sees tags, what they reach, and (where the registry has the referrers API) the
 * referrers of tagged manifests. It can therefore prune tags selected by delete-tags and what
 * only they reach, and referrer tags whose subject is gone; untagged leftovers it cannot list
 * stay until the registry's own garbage collection removes them.
 */
export class OciProvider implements PruneProvider {
  readonly kind = 'oci';
  readonly listsUntagged = false;
  readonly repository: string;
  private readonly client: RegistryClient;
  private readonly path: string;
  private readonly concurrency: number;
  private readonly manifests = new Map<string, FetchedManifest | undefined>();

  constructor(options: OciProviderOptions) {
    this.client = options.client;
    this.path = options.repository;
    this.repository = `${options.client.registry}/${options.repository}`;
    this.concurrency = options.concurrency ?? 4;
  }

  async inventory(): Promise<InventoryItem[]> {
    const tags = await this.client.listTags(this.path);
    const items = new Map<string, InventoryItem>();
    await mapLimit(tags, this.concurrency, async (tag) => {
      const head = await this.client.headManifest(this.path, tag);
      // Deleted between listing and reading: nothing to keep or delete.
      if (!head) return;
      const item = items.get(head.digest) ?? { digest: head.digest, tags: [] };
      item.tags.push(tag);
      items.set(head.digest, item);
    });
    const tagged = [...items.values()];
    await mapLimit(tagged, this.concurrency, async (item) => {
      const created = await this.createdOf(item.digest);
      if (created) item.created = created;
    });
    const probe = tagged[0] && (await this.client.referrers(this.path, tagged[0].digest));
    // Without the referrers API the fallback is the sha256-<hex> tags, which the listing already has.
    if (probe?.via === 'referrers-api') {
      await mapLimit(tagged, this.concurrency, async (item) => {
        for (const referrer of (await this.client.referrers(this.path, item.digest)).manifests) {
          if (!items.has(referrer.digest)) items.set(referrer.digest, { digest: referrer.digest, tags: [] });
        }
      });
    }
    return [...items.values()];
  }

  async readManifest(digest: string): Promise<StoredManifest | undefined> {
    const fetched = await this.fetch(digest);
    return fetched && { mediaType: fetched.mediaType, bytes: fetched.bytes };
  }

  async delete(item: InventoryItem): Promise<'deleted' | 'gone'> {
    try {
      return (await this.client.deleteManifest(this.path, item.digest)) ? 'deleted' : 'gone';
    } catch (error) {
      if (error instanceof RegistryError && error.status === 405) {
        throw new ActionError(
          `${this.client.registry} refused to delete ${item.digest} from ${this.path} (405): deletion is disabled on this registry`,
          'enable it (distribution: storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true) or prune through the provider that owns it',
          { cause: error },
        );
      }
      if (error instanceof RegistryError && (error.status === 401 || error.status === 403)) {
        throw new ActionError(
          `${this.client.registry} refused to delete ${item.digest} from ${this.path} (${error.status}): the credentials lack delete rights`,
          `use a token or user allowed to delete in ${this.path} (the \`delete\` action on the repository)`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  private async fetch(digest: string): Promise<FetchedManifest | undefined> {
    if (this.manifests.has(digest)) return this.manifests.get(digest);
    const fetched = await readRegistryManifest(this.client, this.path, digest);
    this.manifests.set(digest, fetched);
    return fetched;
  }

  /** The image config's `created`; for an index, its newest image. The registry API has no push time. */
  private async createdOf(digest: string, depth = 0): Promise<Date | undefined> {
    const fetched = await this.fetch(digest);
    if (!fetched || depth > 2) return undefined;
    const manifest = fetched.manifest;
    if (isIndex(manifest)) {
      let newest: Date | undefined;
      for (const child of manifest.manifests) {
        if (child.annotations?.[DOCKER_REFERENCE_TYPE]) continue;
        const created = await this.createdOf(child.digest, depth + 1);
        if (created && (!newest || created > newest)) newest = created;
      }
      return newest;
    }
    if (!isImageConfig(manifest.config.mediaType)) return undefined;
    const config = parseImageConfig(await this.client.getBlobBytes(this.path, manifest.config), `config ${manifest.config.digest} in ${this.path}`);
    const created = config.created !== undefined ? new Date(config.created) : undefined;
    return created && !Number.isNaN(created.getTime()) ? created : undefined;
  }
}
