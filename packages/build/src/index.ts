export * from './distroless-check.js';
export * from './append.js';
export * from './git-context.js';
export * from './labels.js';
export * from './tags.js';
export * from './buildah.js';
