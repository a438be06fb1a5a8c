export type { JobResults, Notification, RunResult } from './notify.js';
export { DISPATCH_EVENT, dispatchToDependents, postWebhook, runResult, summaryLines, webhookBody } from './notify.js';
