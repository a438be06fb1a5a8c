export * from './runners/index.js';
export * from './sbom/index.js';
export * from './db/index.js';
export * from './findings/index.js';
export * from './scan.js';
export * from './vex.js';
export * from './vuln-attestation.js';
