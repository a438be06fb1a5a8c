export * from './provider.js';
export * from './prune-graph.js';
export * from './prune-plan.js';
export * from './prune.js';
export * from './in-use.js';
export * from './providers/oci.js';
export * from './providers/oci-layout.js';
export * from './providers/ghcr.js';
