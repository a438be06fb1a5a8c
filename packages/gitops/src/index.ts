export * from './edit/index.js';
export * from './git/index.js';
