export * from './distroless-check.js';
