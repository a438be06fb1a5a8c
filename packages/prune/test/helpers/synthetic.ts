import { createHash } from 'node:crypto';
import { type Descriptor, type Manifest, MediaType } from '@service-pipeline/oci';
import { buildGraph, emptyInUse, type InventoryItem, type PlanRules, type PruneOptions, type PrunePlan, planPrune } from '../../src/index.js';

/** Graphs for the pure planner: manifests keyed by made-up digests, no bytes anywhere. */
export class SyntheticRepo {
  readonly manifests = new Map<string, Manifest | undefined>();
  readonly inventory: InventoryItem[] = [];

  static digest(name: string): string {
    return `sha256:${createHash('sha256').update(name).digest('hex')}`;
  }

  private add(name: string, manifest: Manifest, listed: { tags?: string[]; created?: Date } | false): Descriptor {
    const digest = SyntheticRepo.digest(name);
    this.manifests.set(digest, manifest);
    if (listed) this.inventory.push({ digest, tags: listed.tags ?? [], ...(listed.created ? { created: listed.created } : {}) });
    return { mediaType: manifest.mediaType!, digest, size: 1 };
  }

  image(name: string, listed: { tags?: string[]; created?: Date } | false = {}, extra: { subject?: Descriptor; artifactType?: string } = {}): Descriptor {
    const blob = { mediaType: MediaType.ociConfig, digest: SyntheticRepo.digest(`${name}-config`), size: 1 };
    return this.add(name, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: blob, layers: [], ...extra }, listed);
  }

  index(name: string, children: Descriptor[], listed: { tags?: string[]; created?: Date } | false = {}): Descriptor {
    return this.add(name, { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: children }, listed);
  }

  /** Names a digest that does not exist (a 404 for the provider). */
  missing(name: string): Descriptor {
    const digest = SyntheticRepo.digest(name);
    this.manifests.set(digest, undefined);
    return { mediaType: MediaType.ociManifest, digest, size: 1 };
  }

  plan(rules: Partial<PlanRules> = {}): PrunePlan {
    return planPrune(buildGraph(this.inventory, this.manifests), { ...defaultRules(), ...rules });
  }
}

export const NOW = new Date('2026-06-01T12:00:00Z');
export const OLD = new Date('2026-05-01T12:00:00Z');

export function defaultRules(): PlanRules {
  const inUse = emptyInUse();
  return {
    graceMs: 24 * 3600_000,
    keepUntagged: 0,
    tags: { deleteTags: [], match: 'any', keepTags: [] },
    inUseDigests: inUse.digests,
    inUseTags: inUse.tags,
    listsUntagged: true,
    deleteOrphanedReferrers: false,
    now: NOW,
  };
}

/** Engine options for the provider tests: nothing selected, no grace, real deletions. */
export function pruneOptions(overrides: Partial<PruneOptions> = {}): PruneOptions {
  return {
    graceMs: 0,
    keepUntagged: 0,
    tags: { deleteTags: [], match: 'any', keepTags: [] },
    inUse: emptyInUse(),
    dryRun: false,
    concurrency: 4,
    ...overrides,
  };
}

export function actionOf(plan: PrunePlan, digest: string): string | undefined {
  return plan.entries.find((e) => e.digest === digest)?.action;
}
