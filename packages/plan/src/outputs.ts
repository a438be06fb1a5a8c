/**
 * The plan as the reusable workflow reads it: flat string outputs of the plan job (every later
 * `if:` compares one of them with 'true' or reads a value), and the jobs that run for a plan.
 */
import type { Plan } from './plan.js';

/** Jobs of workflows/reusable/service-pipeline.yml, in the order they run. */
export const WORKFLOW_JOBS = [
  'plan',
  'build',
  'image',
  'code-scanning',
  'push',
  'attest',
  'helm',
  'bump',
  'promote',
  'release',
  'prune',
  'cleanup',
  'notify',
] as const;
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
    helm: flag(plan.helm !== null),
    chart: plan.helm?.chart ?? '',
    'chart-repository': plan.helm?.repository ?? '',
    bump: flag(plan.bump?.mode === 'push'),
    promote: flag(plan.kind === 'promote' && plan.bump !== null),
    environment: plan.bump?.environment ?? '',
    version: plan.version ?? '',
    'version-tag': plan.versionTag ?? '',
    'release-tags': plan.releaseTags.map((tag) => `${plan.image}:${tag}`).join('\n'),
    release: flag(plan.release),
    prune: flag(plan.prune),
    cleanup: flag(plan.cleanupPatterns.length > 0),
    'cleanup-patterns': plan.cleanupPatterns.join('\n'),
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
    helm: plan.helm !== null,
    bump: plan.bump?.mode === 'push',
    promote: plan.kind === 'promote' && plan.bump !== null,
    release: plan.release,
    prune: plan.prune,
    cleanup: plan.cleanupPatterns.length > 0,
    notify: plan.notify.summary,
  };
  return WORKFLOW_JOBS.filter((job) => runs[job]);
}

/** The plan in a few lines a person reads (CLI `plan`, the plan job's summary). */
export function describePlan(plan: Plan): string {
  const lines = [`${plan.kind}: ${plan.reason}`];
  lines.push(`  image     ${plan.image}${plan.push ? `, pushed as ${plan.tags.join(', ')}` : ', not pushed'}`);
  if (plan.build)
    lines.push(
      `  build     ${plan.platforms.map((p) => `${p.platform} on ${p.runner}`).join(', ')}${plan.test ? ', tested' : ''}${plan.scan ? ', scanned' : ''}${plan.sbom ? ', SBOMs' : ''}`,
    );
  lines.push(`  bump      ${plan.bump ? `${plan.bump.environment} (${plan.bump.mode})` : 'none'}`);
  lines.push(
    `  version   ${plan.versionTag ? `${plan.versionTag} (git tag, image tags ${plan.releaseTags.join(', ')}, GitHub Release)` : (plan.version ?? 'none')}`,
  );
  if (plan.helm) lines.push(`  chart     ${plan.helm.chart} -> ${plan.helm.repository}`);
  if (plan.cleanupPatterns.length > 0) lines.push(`  cleanup   images whose every tag matches ${plan.cleanupPatterns.join(', ')}`);
  const told = [plan.notify.summary ? 'job summary' : '', plan.notify.webhook ? 'webhook' : '', ...plan.notify.dispatch.map((r) => `dispatch to ${r}`)].filter(
    Boolean,
  );
  lines.push(`  notify    ${told.join(', ') || 'nobody'}`);
  if (plan.requiredSecrets.length > 0) lines.push(`  secrets   ${plan.requiredSecrets.join(', ')}`);
  return lines.join('\n');
}
