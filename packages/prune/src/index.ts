// The public surface of the prune package: providers, the planner and the engine.
export { addInUseReference, collectInUseFromPath, emptyInUse } from './in-use.js';
export type { InventoryItem, PruneProvider } from './provider.js';
export type { GhcrProviderOptions } from './providers/ghcr.js';
export { GhcrOptionError, GhcrProvider } from './providers/ghcr.js';
export { OciProvider } from './providers/oci.js';
export { OciLayoutProvider } from './providers/oci-layout.js';
export type { PruneOptions, PruneResult } from './prune.js';
export { prune } from './prune.js';
export { buildGraph, referrerTagSubject } from './prune-graph.js';
export type { PlanEntry, PlanRules, PrunePlan, TagFilter } from './prune-plan.js';
export { planPrune, tagSelected } from './prune-plan.js';
