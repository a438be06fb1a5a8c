export { runPipeline, STEPS } from './pipeline.js';
export type { PipelineOptions, StepName, StepReport } from './pipeline.js';
export { startLocalRegistry } from './local-registry.js';
