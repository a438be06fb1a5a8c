import type { GraphNode, ManifestKind, PruneGraph } from './prune-graph.js';

export interface TagFilter {
  /** Tags matching these (any or all, per `match`) may be deleted; empty = no tagged image is deleted. */
  deleteTags: RegExp[];
  match: 'any' | 'all';
  /** Tags matching any of these are always kept, whatever deleteTags says. */
  keepTags: RegExp[];
}

export interface PlanRules {
  /** Milliseconds; listed manifests younger than this (or of unknown age) are kept. */
  graceMs: number;
  /** How many of the newest untagged images to keep. */
  keepUntagged: number;
  tags: TagFilter;
  /** Digests in use, with the reference that named them (for the reason). */
  inUseDigests: ReadonlyMap<string, string>;
  /** Tags in use in this repository, with the reference that named them. */
  inUseTags: ReadonlyMap<string, string>;
  /** True when the provider lists untagged manifests (see PruneProvider.listsUntagged). */
  listsUntagged: boolean;
  /**
   * Delete signatures, attestations and SBOMs whose subject is not in this repository. Off by
   * default: cosign's COSIGN_REPOSITORY keeps signatures apart from their images, where every
   * subject is absent, and a referrer may be pushed before its subject.
   */
  deleteOrphanedReferrers: boolean;
  now: Date;
}

export interface PlanEntry {
  digest: string;
  kind: ManifestKind;
  tags: string[];
  versionId?: number;
  created?: string;
  action: 'keep' | 'delete' | 'missing';
  reason: string;
  /** For a signature, attestation or SBOM none of whose subjects is in the repository: the subject. */
  orphanOf?: string;
}

export interface PrunePlan {
  /** One entry per digest seen, kept first, in a stable order. */
  entries: PlanEntry[];
  /** Deletions in waves: every parent is in an earlier wave than its children, subjects before their referrers. */
  waves: PlanEntry[][];
}

const short = (digest: string): string => digest.slice(0, 19);

export function tagSelected(tag: string, filter: TagFilter): boolean {
  if (filter.deleteTags.length === 0) return false;
  return filter.match === 'all' ? filter.deleteTags.every((r) => r.test(tag)) : filter.deleteTags.some((r) => r.test(tag));
}

/** The absent subject of a referrer none of whose subjects is in the repository, or undefined. */
function orphanedSubject(node: GraphNode, graph: PruneGraph): string | undefined {
  return node.subjects.length > 0 && node.subjects.every((s) => !graph.get(s)?.exists) ? node.subjects[0] : undefined;
}

/** Why a node must be kept on its own account (not because something kept reaches it). */
function rootReason(node: GraphNode, graph: PruneGraph, rules: PlanRules, newestUntagged: ReadonlySet<string>): string | undefined {
  const inUse = rules.inUseDigests.get(node.digest);
  if (inUse) return `in use: ${inUse}`;
  for (const tag of node.userTags) {
    const ref = rules.inUseTags.get(tag);
    if (ref) return `tag "${tag}" is in use: ${ref}`;
    if (rules.tags.keepTags.some((r) => r.test(tag))) return `tag "${tag}" matches keep-tags`;
  }
  const unselected = node.userTags.find((tag) => !tagSelected(tag, rules.tags));
  if (unselected !== undefined) return `tagged "${unselected}"`;
  const orphanOf = orphanedSubject(node, graph);
  if (orphanOf && !rules.deleteOrphanedReferrers)
    return `${node.kind} of ${short(orphanOf)}, which is not in this repository (delete-orphaned-referrers is off)`;
  if (!node.listed) {
    // Nothing listed reaches it, so whoever uses it is invisible to this provider.
    if (node.parents.length === 0)
      return rules.listsUntagged
        ? 'not a listed version, so it cannot be deleted here'
        : 'not listed (untagged) and not reached from anything listed: its age and users are unknown';
    return undefined;
  }
  // A signature or attestation of unknown age follows its subject: registries expose no push time for them.
  if (!node.created) return node.subjects.length > 0 ? undefined : 'age unknown (counts as younger than grace)';
  const age = rules.now.getTime() - node.created.getTime();
  if (age < rules.graceMs) return `younger than grace (created ${node.created.toISOString()})`;
  if (newestUntagged.has(node.digest)) return `one of the ${rules.keepUntagged} newest untagged images older than grace (keep-untagged)`;
  return undefined;
}

function isTopLevelImage(node: GraphNode, graph: PruneGraph): boolean {
  return node.listed && node.exists && node.userTags.length === 0 && node.subjects.length === 0 && !node.parents.some((p) => graph.get(p)?.exists);
}

function deleteReason(node: GraphNode, graph: PruneGraph, deleted: ReadonlySet<string>, rules: PlanRules): string {
  if (node.userTags.length > 0) return `tag${node.userTags.length > 1 ? 's' : ''} ${node.userTags.map((t) => `"${t}"`).join(', ')} selected by delete-tags`;
  const parent = node.parents.find((p) => deleted.has(p));
  if (parent) return `only reached from deleted ${short(parent)}`;
  if (node.subjects.length > 0) {
    const subject = node.subjects[0]!;
    const gone = !graph.get(subject)?.exists;
    return gone ? `${node.kind} of missing ${short(subject)} (delete-orphaned-referrers)` : `${node.kind} of deleted ${short(subject)}`;
  }
  const kept = rules.keepUntagged > 0 ? `, not among the ${rules.keepUntagged} newest` : '';
  return `untagged, older than grace${kept}, not reached from any kept image`;
}

/** Waves where every parent precedes its children and every subject its referrers; orphaned referrers come last. */
function deletionWaves(graph: PruneGraph, deleted: ReadonlySet<string>): string[][] {
  const blockers = new Map<string, number>();
  for (const digest of deleted) {
    const node = graph.get(digest)!;
    blockers.set(digest, [...node.parents, ...node.subjects].filter((d) => deleted.has(d) && d !== digest).length);
  }
  const isReferrer = (digest: string): boolean => graph.get(digest)!.subjects.length > 0;
  const waves: string[][] = [];
  const done = new Set<string>();
  while (done.size < deleted.size) {
    const ready = [...blockers].filter(([d, n]) => n === 0 && !done.has(d)).map(([d]) => d);
    const firstPass = ready.filter((d) => !isReferrer(d));
    // A cycle (an index listing its own ancestor) cannot be ordered; delete what remains together.
    const wave = firstPass.length > 0 ? firstPass : ready.length > 0 ? ready : [...deleted].filter((d) => !done.has(d));
    wave.sort();
    waves.push(wave);
    for (const digest of wave) {
      done.add(digest);
      const node = graph.get(digest)!;
      for (const next of [...node.children, ...node.referrers]) {
        if (blockers.has(next) && !done.has(next)) blockers.set(next, blockers.get(next)! - 1);
      }
    }
  }
  return waves;
}

/**
 * The pure decision: which manifests stay, which go, and why. Keep roots are found first,
 * then everything a kept manifest reaches (children, and its signatures/attestations) is kept;
 * what remains is deleted.
 */
export function planPrune(graph: PruneGraph, rules: PlanRules): PrunePlan {
  // keep-untagged counts beyond grace: the N newest of the untagged images grace does not already keep.
  const untagged = [...graph.values()].filter((n) => isTopLevelImage(n, graph) && n.created && rules.now.getTime() - n.created.getTime() >= rules.graceMs);
  untagged.sort((a, b) => b.created!.getTime() - a.created!.getTime() || a.digest.localeCompare(b.digest));
  const newestUntagged = new Set(untagged.slice(0, rules.keepUntagged).map((n) => n.digest));

  const reasons = new Map<string, string>();
  // The root reason travels along, so "reached from kept X" still says why X is kept.
  const origins = new Map<string, string>();
  const queue: string[] = [];
  for (const node of graph.values()) {
    if (!node.exists) continue;
    const reason = rootReason(node, graph, rules, newestUntagged);
    if (reason) {
      reasons.set(node.digest, reason);
      origins.set(node.digest, reason);
      queue.push(node.digest);
    }
  }
  for (let next = 0; next < queue.length; next++) {
    const node = graph.get(queue[next]!)!;
    const origin = origins.get(node.digest)!;
    const reached = [...node.children.map((d) => [d, 'reached from'] as const), ...node.referrers.map((d) => [d, `${graph.get(d)!.kind} of`] as const)];
    for (const [digest, how] of reached) {
      if (reasons.has(digest) || !graph.get(digest)!.exists) continue;
      reasons.set(digest, `${how} kept ${short(node.digest)} (${origin})`);
      origins.set(digest, origin);
      queue.push(digest);
    }
  }

  const deleted = new Set([...graph.values()].filter((n) => n.exists && !reasons.has(n.digest)).map((n) => n.digest));
  const entry = (node: GraphNode, action: PlanEntry['action'], reason: string): PlanEntry => {
    const orphanOf = node.exists ? orphanedSubject(node, graph) : undefined;
    return {
      digest: node.digest,
      kind: node.kind,
      tags: [...node.userTags, ...node.referrerTags],
      ...(node.versionId !== undefined ? { versionId: node.versionId } : {}),
      ...(node.created ? { created: node.created.toISOString() } : {}),
      action,
      reason,
      ...(orphanOf ? { orphanOf } : {}),
    };
  };
  const entries: PlanEntry[] = [];
  const byDigest = new Map<string, PlanEntry>();
  for (const node of graph.values()) {
    let e: PlanEntry;
    if (!node.exists) {
      const by = [...node.parents, ...node.referrers][0];
      e = entry(node, 'missing', by ? `named by ${short(by)} but absent` : 'absent');
    } else if (deleted.has(node.digest)) e = entry(node, 'delete', deleteReason(node, graph, deleted, rules));
    else e = entry(node, 'keep', reasons.get(node.digest)!);
    entries.push(e);
    byDigest.set(node.digest, e);
  }
  const order = { keep: 0, delete: 1, missing: 2 };
  entries.sort((a, b) => order[a.action] - order[b.action] || a.digest.localeCompare(b.digest));
  return { entries, waves: deletionWaves(graph, deleted).map((wave) => wave.map((d) => byDigest.get(d)!)) };
}
