// The public surface of the prune package: providers, the planner and the engine.
export { addInUseReference, collectInUseFromPath, emptyInUse } from './in-use.js';
export type { InventoryItem, PruneProvider } from './provider.js';
export { GhcrOptionError, GhcrProvider } from './providers/ghcr.js';
export type { GhcrProviderOptions } from './providers/ghcr.js';
export { OciLayoutProvider } from './providers/oci-layout.js';
export { OciProvider } from './providers/oci.js';
export { buildGraph, referrerTagSubject } from './prune-graph.js';
export { planPrune, tagSelected } from './prune-plan.js';
export type { PlanEntry, PlanRules, PrunePlan, TagFilter } from './prune-plan.js';
export { prune } from './prune.js';
export type { PruneOptions, PruneResult } from './prune.js';
