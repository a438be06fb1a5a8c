/**
 * The plan as the reusable workflow reads it: flat string outputs of the plan job (every later
 * `if:` compares one of them with 'true' or reads a value), and the jobs that run for a plan.
 */
import type { Plan } from './plan.js';

/** Jobs of workflows/reusable/service-pipeline.yml, in the order they run. */
export const WORKFLOW_JOBS = ['plan', 'build', 'image', 'code-scanning', 'push', 'attest', 'helm', 'bump', 'promote', 'release', 'prune', 'cleanup', 'notify'] as const;
export type WorkflowJob = (typeof WORKFLOW_JOBS)[number];

const flag = (value: boolean): string => (value ? 'true' : 'false');

/** Every output of the plan job. Lists are newline-separated; structured values are JSON. */
export function planOutputs(plan: Plan): Record<string, string> {
  return {
    kind: plan.kind,
    reason: plan.reason,
    build: flag(plan.build),
    test: flag(plan.test),
    scan: flag(plan.scan),
    sbom: flag(plan.sbom),
    sarif: flag(plan.sarif),
    push: flag(plan.push),
    image: plan.image,
    tags: plan.tags.map((tag) => `${plan.image}:${tag}`).join('\n'),
    'immutable-tag': plan.immutableTag,
    revision: plan.revision,
    'image-created': plan.imageCreated,
    platforms: JSON.stringify(plan.platforms),
    attest: flag(plan.attest),
    helm: flag(plan.helm),
    bump: flag(plan.bump?.mode === 'push'),
    promote: flag(plan.kind === 'promote' && plan.bump !== null),
    environment: plan.bump?.environment ?? '',
    version: plan.version ?? '',
    'version-tag': plan.versionTag ?? '',
    'release-tags': plan.releaseTags.map((tag) => `${plan.image}:${tag}`).join('\n'),
    release: flag(plan.release),
    prune: flag(plan.prune),
    cleanup: flag(plan.cleanupTags.length > 0),
    'cleanup-tags': plan.cleanupTags.join('\n'),
    notify: flag(plan.notify.summary),
    'notify-webhook': flag(plan.notify.webhook),
    'dispatch-repositories': plan.notify.dispatch.join('\n'),
    'concurrency-group': plan.concurrency.group,
    'cancel-in-progress': flag(plan.concurrency.cancelInProgress),
  };
}

/** The jobs of the reusable workflow that run for this plan when every job succeeds. */
export function jobsOf(plan: Plan): WorkflowJob[] {
  const runs: Record<WorkflowJob, boolean> = {
    plan: true,
    build: plan.build,
    image: plan.build,
    'code-scanning': plan.sarif,
    push: plan.push,
    attest: plan.attest,
    helm: plan.helm,
    bump: plan.bump?.mode === 'push',
    promote: plan.kind === 'promote' && plan.bump !== null,
    release: plan.release,
    prune: plan.prune,
    cleanup: plan.cleanupTags.length > 0,
    notify: plan.notify.summary,
  };
  return WORKFLOW_JOBS.filter((job) => runs[job]);
}
