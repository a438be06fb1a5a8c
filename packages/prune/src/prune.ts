import { ActionError, type Logger, silentLogger } from '@service-pipeline/action-kit';
import { type Manifest, mapLimit, parseManifest } from '@service-pipeline/oci';
import type { InUse } from './in-use.js';
import type { InventoryItem, PruneProvider } from './provider.js';
import { buildGraph, type PruneGraph, referencedDigests, referrerTagSubject } from './prune-graph.js';
import { type PlanEntry, type PlanRules, type PrunePlan, planPrune, type TagFilter } from './prune-plan.js';

export interface PruneOptions {
  graceMs: number;
  keepUntagged: number;
  tags: TagFilter;
  inUse: InUse;
  /** Delete signatures, attestations and SBOMs whose subject is not in the repository (see PlanRules). Default false. */
  deleteOrphanedReferrers?: boolean;
  /** Refuse to delete anything when the plan deletes more than this many manifests. */
  maxDeletions?: number;
  dryRun: boolean;
  /** Manifest reads and deletions in flight at once. */
  concurrency: number;
  logger?: Logger;
  now?: Date;
}

export interface PruneResult {
  repository: string;
  /** The plan as re-checked just before deleting: dropped candidates appear as kept, with the reason. */
  plan: PrunePlan;
  /** Deleted, or found already gone (a 404 counts as done). Empty on a dry run or when the brake held. */
  deleted: PlanEntry[];
  /** Candidates of the first plan that became reachable before deletion started. */
  droppedAtRecheck: PlanEntry[];
  /** Set when max-deletions refused the plan: nothing was deleted. */
  refused?: string;
  dryRun: boolean;
}

/** Reads every manifest the inventory reaches (children, subjects, referrer-tag subjects), each digest once. */
async function readGraph(
  provider: PruneProvider,
  inventory: readonly InventoryItem[],
  cache: Map<string, Manifest | undefined>,
  concurrency: number,
): Promise<PruneGraph> {
  let pending = new Set<string>();
  for (const item of inventory) {
    pending.add(item.digest);
    for (const tag of item.tags) {
      const subject = referrerTagSubject(tag)?.subject;
      if (subject) pending.add(subject);
    }
  }
  while (pending.size > 0) {
    const batch = [...pending].filter((d) => !cache.has(d));
    pending = new Set();
    await mapLimit(batch, concurrency, async (digest) => {
      const stored = await provider.readManifest(digest);
      const manifest = stored && parseManifest(Buffer.from(stored.bytes), stored.mediaType, `manifest ${digest} in ${provider.repository}`);
      cache.set(digest, manifest);
      if (manifest) for (const next of referencedDigests(manifest)) if (!cache.has(next)) pending.add(next);
    });
  }
  return buildGraph(inventory, cache);
}

/** Wraps a failure with where the run stopped; an ActionError keeps its own fix. */
function stopped(provider: PruneProvider, where: string, fallbackFix: string, error: unknown): ActionError {
  const message = error instanceof ActionError ? error.what : error instanceof Error ? error.message : String(error);
  const fix = error instanceof ActionError ? error.fix : fallbackFix;
  return new ActionError(`pruning ${provider.repository} stopped ${where}: ${message}`, fix, { cause: error });
}

/**
 * Inventory -> read every manifest -> graph -> plan -> re-check -> delete in waves. Any read
 * failure stops the repository before the first deletion: a partial view would look like
 * unreachable images.
 */
export async function prune(provider: PruneProvider, options: PruneOptions): Promise<PruneResult> {
  const log = options.logger ?? silentLogger;
  const cache = new Map<string, Manifest | undefined>();
  const rules: PlanRules = {
    graceMs: options.graceMs,
    keepUntagged: options.keepUntagged,
    tags: options.tags,
    inUseDigests: options.inUse.digests,
    inUseTags: options.inUse.tags,
    listsUntagged: provider.listsUntagged,
    deleteOrphanedReferrers: options.deleteOrphanedReferrers ?? false,
    now: options.now ?? new Date(),
  };
  const planFrom = async (phase: string): Promise<PrunePlan> => {
    try {
      const inventory = await provider.inventory();
      log.info(`${provider.repository}: ${inventory.length} manifests listed (${phase})`);
      return planPrune(await readGraph(provider, inventory, cache, options.concurrency), rules);
    } catch (error) {
      throw stopped(provider, `while ${phase}, before deleting anything`, 'fix the cause and run again; nothing was deleted from this repository', error);
    }
  };

  const first = await planFrom('planning');
  const candidates = first.waves.flat();
  const result: PruneResult = { repository: provider.repository, plan: first, deleted: [], droppedAtRecheck: [], dryRun: options.dryRun };
  if (options.dryRun || candidates.length === 0) return result;

  // Re-plan on a fresh inventory: a tag or version pushed since can only remove deletions.
  const second = await planFrom('re-checking');
  const stillDeleted = new Set(second.waves.flat().map((e) => e.digest));
  result.droppedAtRecheck = candidates.filter((e) => !stillDeleted.has(e.digest));
  for (const dropped of result.droppedAtRecheck) log.info(`${dropped.digest} became reachable during the run; keeping it`);
  const firstDeleted = new Set(candidates.map((e) => e.digest));
  result.plan = {
    entries: second.entries.map((e) =>
      e.action === 'delete' && !firstDeleted.has(e.digest) ? { ...e, action: 'keep' as const, reason: 'appeared during the run; left for the next run' } : e,
    ),
    waves: second.waves.map((wave) => wave.filter((e) => firstDeleted.has(e.digest))).filter((wave) => wave.length > 0),
  };
  const planned = result.plan.waves.flat();
  if (options.maxDeletions !== undefined && planned.length > options.maxDeletions) {
    result.refused = `the plan deletes ${planned.length} manifests, more than max-deletions (${options.maxDeletions}); nothing was deleted`;
    return result;
  }

  for (const wave of result.plan.waves) {
    await mapLimit(wave, options.concurrency, async (entry) => {
      const outcome = await provider.delete({
        digest: entry.digest,
        tags: entry.tags,
        ...(entry.versionId !== undefined ? { versionId: entry.versionId } : {}),
      });
      log.info(`${outcome === 'deleted' ? 'deleted' : 'already gone:'} ${entry.digest} (${entry.kind}: ${entry.reason})`);
      result.deleted.push(entry);
    }).catch((error: unknown) => {
      throw stopped(
        provider,
        `after ${result.deleted.length} of ${planned.length} deletions`,
        'fix the cause and run again; the next run continues where this one stopped',
        error,
      );
    });
  }
  return result;
}
