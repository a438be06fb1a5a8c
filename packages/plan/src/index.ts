export { DEFAULT_CONFIG, DEFAULT_RUNNERS, STAGES, matchesBranch, parseConfigFile, resolveConfig, runnerFor } from './config.js';
export type { PipelineConfig, RawConfig, Stage } from './config.js';
export { PlanError } from './errors.js';
export { EVENTS, SECRETS, planPipeline } from './plan.js';
export type { BumpMode, EventName, Plan, PlanInput, PlanKind, SecretName } from './plan.js';
export { WORKFLOW_JOBS, jobsOf, planOutputs } from './outputs.js';
export type { WorkflowJob } from './outputs.js';
export { commitBump, nextVersion, releaseType, versionOfTag } from './version.js';
export type { Bump, NextVersion, VersionFacts } from './version.js';
