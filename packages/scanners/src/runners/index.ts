export { ScannerFailedError } from './errors.js';
export type { GrypeOptions } from './grype.js';
export { classifyGrypeFailure, grypeArgs, grypeEnv, grypeSource, runGrype } from './grype.js';
export type { SyftOptions } from './syft.js';
export { runSyft, syftArgs, syftEnv } from './syft.js';
export type { ScanTarget } from './target.js';
export { describeTarget } from './target.js';
export type { ScannerRun, TrivyOptions, TrivyReport } from './trivy.js';
export { classifyTrivyFailure, runTrivy, trivyArgs, trivyEnv } from './trivy.js';
