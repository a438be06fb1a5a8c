export type { AttachedSbom } from './attach.js';
export { attachSbom } from './attach.js';
export type { DependencySnapshot, SnapshotOptions } from './dependency-submission.js';
export { dependencySnapshot, submitDependencySnapshot } from './dependency-submission.js';
export type { GeneratedSbom, GenerateSbomOptions, SbomFile, SbomGenerator } from './generate.js';
export { generateSbom, SBOM_ARTIFACT_TYPES, SBOM_FILE_NAMES, SBOM_FORMATS, SBOM_GENERATORS } from './generate.js';
export type { SbomFormat } from './validate.js';
export { InvalidSbomError, validateCycloneDx, validateSpdx } from './validate.js';
