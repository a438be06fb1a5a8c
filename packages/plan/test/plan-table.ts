/**
 * The events of the plan table, shared by the plan's own tests and by the test that checks the
 * reusable workflow's `if:`s against the plan.
 */
import { type PipelineConfig, type PlanInput, type RawConfig, resolveConfig } from '@service-pipeline/plan';

export const SHA = '0123456789abcdef0123456789abcdef01234567';
export const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';
export const REPOSITORY = 'Acme/Shop';

/** A team with three environments, previews, a chart, notifications and every secret set. */
export const TEAM: RawConfig = {
  environments: ['dev', 'staging', 'production'],
  'preview-environment': 'preview',
  'feature-branches': ['feature/**', 'fix/*'],
  platforms: ['linux/amd64', 'linux/arm64'],
  chart: 'charts/shop',
  webhook: true,
  'dispatch-repositories': ['acme/integration-tests'],
  stages: { prune: true },
};

export const ALL_SECRETS = new Set(['config-repo-token', 'notify-webhook-url', 'dispatch-token']);

export function input(overrides: Partial<PlanInput> & { raw?: RawConfig } = {}): PlanInput {
  const { raw, ...rest } = overrides;
  const config: PipelineConfig = resolveConfig({ where: 'test config', raw: raw ?? TEAM });
  return {
    event: 'push',
    ref: 'refs/heads/main',
    defaultBranch: 'main',
    sha: SHA,
    commitTime: new Date('2026-11-02T10:00:00Z'),
    repository: REPOSITORY,
    config,
    version: { lastTag: 'v1.3.2', commits: ['feat(cart): coupons', 'fix: rounding'] },
    secrets: ALL_SECRETS,
    ...rest,
  };
}

export interface PlanCase {
  name: string;
  input: PlanInput;
}

export const PLAN_CASES: PlanCase[] = [
  {
    name: 'pull_request from the same repository',
    input: input({ event: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: { number: 7, headSha: HEAD, headRepository: REPOSITORY } }),
  },
  {
    name: 'pull_request from a fork',
    input: input({
      event: 'pull_request',
      ref: 'refs/pull/8/merge',
      pullRequest: { number: 8, headSha: HEAD, headRepository: 'mallory/shop' },
      secrets: new Set(),
    }),
  },
  { name: 'push to a feature branch', input: input({ ref: 'refs/heads/feature/login' }) },
  { name: 'push to another branch', input: input({ ref: 'refs/heads/experiments' }) },
  { name: 'push to the default branch', input: input() },
  {
    name: 'push to the default branch of a service without a chart, previews or dependents',
    input: input({ raw: { environments: ['production'] }, secrets: new Set(['config-repo-token']) }),
  },
  { name: 'push of a version tag', input: input({ ref: 'refs/tags/v1.4.0' }) },
  { name: 'workflow_dispatch on the default branch', input: input({ event: 'workflow_dispatch' }) },
  {
    name: 'workflow_dispatch promote',
    input: input({ event: 'workflow_dispatch', dispatch: { action: 'promote', environment: 'production', version: '1.4.0' } }),
  },
  { name: 'repository_dispatch build', input: input({ event: 'repository_dispatch', dispatch: { action: 'build' } }) },
  {
    name: 'repository_dispatch promote',
    input: input({ event: 'repository_dispatch', dispatch: { action: 'promote', environment: 'staging', version: 'v1.4.0' } }),
  },
  { name: 'schedule', input: input({ event: 'schedule' }) },
  { name: 'delete of a feature branch', input: input({ event: 'delete', ref: 'refs/heads/feature/login' }) },
];
