export * from './distroless-check.js';
export * from './append.js';
