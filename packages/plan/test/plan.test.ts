import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jobsOf, type Plan, PlanError, planOutputs, planPipeline } from '@service-pipeline/plan';
import { HEAD, input, PLAN_CASES } from './plan-table.js';

type Summary = Pick<Plan, 'kind' | 'push' | 'tags' | 'bump' | 'versionTag'> & { jobs: string[] };

/** A release of the default branch by the team of the table: every job but promotion and clean-up runs. */
const RELEASE: Summary = {
  kind: 'release',
  push: true,
  tags: ['sha-0123456789ab', 'main', 'latest'],
  bump: { environment: 'dev', mode: 'push' },
  versionTag: 'v1.4.0',
  jobs: ['plan', 'build', 'image', 'code-scanning', 'push', 'attest', 'helm', 'bump', 'release', 'prune', 'notify'],
};

const EXPECTED: Record<string, Summary> = {
  'pull_request from the same repository': {
    kind: 'validate',
    push: false,
    tags: [],
    bump: null,
    versionTag: null,
    jobs: ['plan', 'build', 'image', 'code-scanning', 'notify'],
  },
  'pull_request from a fork': { kind: 'validate', push: false, tags: [], bump: null, versionTag: null, jobs: ['plan', 'build', 'image', 'notify'] },
  'push to a feature branch': {
    kind: 'prerelease',
    push: true,
    tags: ['feature-login-sha-0123456789ab', 'feature-login'],
    bump: { environment: 'preview', mode: 'push' },
    versionTag: null,
    jobs: ['plan', 'build', 'image', 'code-scanning', 'push', 'attest', 'helm', 'bump', 'prune', 'notify'],
  },
  'push to another branch': {
    kind: 'validate',
    push: false,
    tags: [],
    bump: null,
    versionTag: null,
    jobs: ['plan', 'build', 'image', 'code-scanning', 'notify'],
  },
  'push to the default branch': RELEASE,
  'push to the default branch of a service without a chart, previews or dependents': {
    kind: 'release',
    push: true,
    tags: ['sha-0123456789ab', 'main', 'latest'],
    bump: { environment: 'production', mode: 'push' },
    versionTag: 'v1.4.0',
    jobs: ['plan', 'build', 'image', 'code-scanning', 'push', 'attest', 'bump', 'release', 'notify'],
  },
  'push of a version tag': {
    kind: 'promote',
    push: false,
    tags: [],
    bump: { environment: 'staging', mode: 'pull-request' },
    versionTag: null,
    jobs: ['plan', 'promote', 'notify'],
  },
  'workflow_dispatch on the default branch': RELEASE,
  'workflow_dispatch promote': {
    kind: 'promote',
    push: false,
    tags: [],
    bump: { environment: 'production', mode: 'pull-request' },
    versionTag: null,
    jobs: ['plan', 'promote', 'notify'],
  },
  'repository_dispatch build': RELEASE,
  'repository_dispatch promote': {
    kind: 'promote',
    push: false,
    tags: [],
    bump: { environment: 'staging', mode: 'pull-request' },
    versionTag: null,
    jobs: ['plan', 'promote', 'notify'],
  },
  schedule: { kind: 'validate', push: false, tags: [], bump: null, versionTag: null, jobs: ['plan', 'build', 'image', 'code-scanning', 'notify'] },
  'delete of a feature branch': { kind: 'cleanup', push: false, tags: [], bump: null, versionTag: null, jobs: ['plan', 'cleanup', 'notify'] },
};

describe('plan: the event table', () => {
  for (const { name, input: given } of PLAN_CASES) {
    test(name, () => {
      const plan = planPipeline(given);
      const { kind, push, tags, bump, versionTag } = plan;
      assert.deepEqual({ kind, push, tags, bump, versionTag, jobs: jobsOf(plan) }, EXPECTED[name]);
      // Nothing that is not pushed is bumped, tagged or released.
      if (!plan.push) assert.equal(plan.release || plan.attest || plan.helm !== null || plan.prune || plan.bump?.mode === 'push', false);
      // Feature branches never reach a release environment.
      if (plan.kind === 'prerelease') assert.ok(!given.config.environments.includes(plan.bump?.environment ?? ''));
    });
  }
});

describe('plan: details', () => {
  test('pull requests build the head commit and cancel superseded runs; releases are never cancelled', () => {
    const pr = planPipeline(PLAN_CASES[0]!.input);
    assert.equal(pr.revision, HEAD);
    assert.equal(pr.immutableTag, `sha-${HEAD.slice(0, 12)}`);
    assert.deepEqual(pr.concurrency, { group: 'pr-7', cancelInProgress: true });
    const release = planPipeline(input());
    assert.equal(release.concurrency.cancelInProgress, false);
    assert.match(release.concurrency.group, /0123456789abcdef/);
  });

  test('a release: release tags, one runner per platform, the commit time orders bumps, dependents are told', () => {
    const plan = planPipeline(input());
    assert.deepEqual(plan.releaseTags, ['1.4.0', '1.4', '1']);
    assert.deepEqual(plan.platforms, [
      { platform: 'linux/amd64', runner: 'ubuntu-24.04' },
      { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' },
    ]);
    assert.equal(plan.imageCreated, '2026-11-02T10:00:00.000Z');
    assert.deepEqual(plan.notify, { summary: true, webhook: true, dispatch: ['acme/integration-tests'] });
    assert.equal(plan.image, 'ghcr.io/acme/shop');
    assert.deepEqual(plan.helm, { chart: 'charts/shop', repository: 'ghcr.io/acme/charts' });
    assert.deepEqual(plan.requiredSecrets, ['config-repo-token or config-repo-ssh-key', 'notify-webhook-url', 'dispatch-token']);
  });

  test('the version comes from the file the service keeps when it names one', () => {
    const plan = planPipeline(
      input({
        raw: { 'version-file': 'VERSION' },
        version: { file: { path: 'VERSION', content: '2.0.1\n' }, commits: [] },
        secrets: new Set(['config-repo-token']),
      }),
    );
    assert.equal(plan.versionTag, 'v2.0.1');
    assert.deepEqual(plan.releaseTags, ['2.0.1', '2.0', '2']);
  });

  test('a release of an already released commit pushes and bumps, but tags no new version', () => {
    const plan = planPipeline(input({ version: { lastTag: 'v1.3.2', commits: [] } }));
    assert.equal(plan.push, true);
    assert.equal(plan.versionTag, null);
    assert.equal(plan.release, false);
  });

  test('every stage can be switched off', () => {
    const plan = planPipeline(input({ raw: { stages: 'push' }, secrets: new Set() }));
    assert.equal(plan.kind, 'release');
    assert.equal(plan.push, false);
    assert.equal(plan.bump, null);
    assert.deepEqual(jobsOf(plan), ['plan', 'build', 'image', 'code-scanning', 'notify']);
    const quiet = planPipeline(input({ raw: { stages: { notify: false, helm: false, test: false } } }));
    assert.equal(quiet.notify.summary, false);
    assert.equal(quiet.test, false);
    assert.equal(quiet.helm, null);
  });

  test('a service without a chart has no Helm stage; another registry needs its password', () => {
    const plan = planPipeline(input({ raw: { image: 'quay.io/acme/shop' }, secrets: new Set(['config-repo-token', 'registry-password']) }));
    assert.equal(plan.helm, null);
    assert.ok(plan.requiredSecrets.includes('registry-password'));
    assert.deepEqual(plan.tags, ['sha-0123456789ab', 'main', 'latest']);
  });

  test('outputs: tags are full references, flags are true/false strings', () => {
    const outputs = planOutputs(planPipeline(input()));
    assert.equal(outputs['tags'], 'ghcr.io/acme/shop:sha-0123456789ab\nghcr.io/acme/shop:main\nghcr.io/acme/shop:latest');
    assert.equal(outputs['bump'], 'true');
    assert.equal(outputs['environment'], 'dev');
    assert.equal(outputs['version-tag'], 'v1.4.0');
    assert.deepEqual(JSON.parse(outputs['platforms']!), [
      { platform: 'linux/amd64', runner: 'ubuntu-24.04' },
      { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' },
    ]);
  });

  test('branch delete: the branch tag is cleaned up, nothing is built', () => {
    const plan = planPipeline(input({ event: 'delete', ref: 'refs/heads/feature/login' }));
    assert.deepEqual(plan.cleanupPatterns, ['^feature-login(-sha-[0-9a-f]{12})?$']);
    assert.equal(plan.build, false);
  });
});

describe('plan: bad input, one clear error each', () => {
  const cases: { name: string; given: Parameters<typeof input>[0]; message: RegExp }[] = [
    {
      name: 'unknown event',
      given: { event: 'issue_comment' },
      message: /event "issue_comment" is not one the pipeline plans for; trigger the workflow on push, pull_request/,
    },
    { name: 'pull_request_target', given: { event: 'pull_request_target' }, message: /use pull_request: pull_request_target runs with write access/ },
    {
      name: 'a feature branch that would bump production',
      given: { ref: 'refs/heads/feature/login', raw: { environments: ['staging', 'production'], 'preview-environment': 'production' } },
      message:
        /push to feature branch feature\/login.* would bump production, a release environment \(staging, production\); give previews an environment of their own/,
    },
    {
      name: 'a version tag that is not semver',
      given: { ref: 'refs/tags/v1.4' },
      message: /tag "v1.4" is not a semver version tag \(vX.Y.Z\); push version tags such as v1.4.0/,
    },
    {
      name: 'a last version tag that is not semver',
      given: { version: { lastTag: 'v1.x', commits: ['fix: a'] } },
      message: /the last version tag "v1.x" is not vX.Y.Z semver/,
    },
    {
      name: 'a missing secret',
      given: { secrets: new Set(['notify-webhook-url', 'dispatch-token']) },
      message: /have no secret config-repo-token or config-repo-ssh-key; pass the secret\(s\) to the workflow under secrets:/,
    },
    {
      name: 'a promotion to an unknown environment',
      given: { event: 'workflow_dispatch', dispatch: { action: 'promote', environment: 'qa', version: '1.0.0' } },
      message: /promotion to "qa": it is not one of the environments \(dev, staging, production\)/,
    },
    {
      name: 'a promotion into the first environment',
      given: { event: 'workflow_dispatch', dispatch: { action: 'promote', environment: 'dev', version: '1.0.0' } },
      message: /every release is bumped into it directly/,
    },
    {
      name: 'a promotion without a version',
      given: { event: 'workflow_dispatch', dispatch: { action: 'promote', environment: 'production' } },
      message: /names no version to promote/,
    },
    {
      name: 'a promotion of a non-semver version',
      given: { event: 'repository_dispatch', dispatch: { action: 'promote', environment: 'production', version: 'latest' } },
      message: /"latest", is not semver/,
    },
    {
      name: 'an unknown dispatch action',
      given: { event: 'repository_dispatch', dispatch: { action: 'deploy' } },
      message: /repository_dispatch action "deploy" is unknown; use build/,
    },
    {
      name: 'a version file without a version',
      given: { version: { file: { path: 'VERSION', content: 'next' }, commits: [] } },
      message: /VERSION holds "next", which is not a semver release version/,
    },
  ];
  for (const { name, given, message } of cases) {
    test(name, () => {
      assert.throws(
        () => planPipeline(input(given)),
        (error: unknown) => error instanceof PlanError && message.test(error.message),
      );
    });
  }
});
