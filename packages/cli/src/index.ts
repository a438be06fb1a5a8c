export { startLocalRegistry } from './local-registry.js';
export type { PipelineOptions, StepName, StepReport } from './pipeline.js';
export { runPipeline, STEPS } from './pipeline.js';
