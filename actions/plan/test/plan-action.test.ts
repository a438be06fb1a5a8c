import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runAction } from '../../../test/helpers/action-runner.js';
import { git } from '../../../test/helpers/git-remote.js';

describe('plan action: the runner event, the checkout and the inputs make the plan job outputs', () => {
  let checkout: string;
  let sha: string;
  before(async () => {
    checkout = await mkdtemp(join(tmpdir(), 'sp-plan-action-'));
    await git(checkout, ['init', '-q', '--initial-branch=main']);
    await writeFile(join(checkout, 'main.go'), 'package main\n');
    await git(checkout, ['add', '.']);
    await git(checkout, ['commit', '-qm', 'feat: first']);
    await git(checkout, ['tag', 'v2.3.4']);
    await git(checkout, ['commit', '-q', '--allow-empty', '-m', 'fix: a bug']);
    await writeFile(join(checkout, 'pipeline.yml'), 'environments: [staging, production]\nplatforms: [linux/amd64, linux/arm64]\n');
    sha = (await git(checkout, ['rev-parse', 'HEAD'])).trim();
  });
  after(() => rm(checkout, { recursive: true, force: true }));

  const plan = async (event: string, ref: string, payload: object, inputs: Record<string, string>) => {
    const eventPath = join(checkout, `${event}.json`);
    await writeFile(eventPath, JSON.stringify({ repository: { default_branch: 'main' }, ...payload }));
    return runAction(
      'plan',
      { path: checkout, config: 'pipeline.yml', ...inputs },
      {
        github: { repository: 'Acme/Shop', workspace: checkout },
        env: { GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_SHA: sha, GITHUB_EVENT_PATH: eventPath },
      },
    );
  };

  test('push to main: a release with the next version, bumped into the first environment', async () => {
    const run = await plan('push', 'refs/heads/main', {}, { 'secrets-set': 'config-repo-token' });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs['kind'], 'release');
    assert.equal(run.outputs['push'], 'true');
    assert.equal(run.outputs['bump'], 'true');
    assert.equal(run.outputs['environment'], 'staging');
    assert.equal(run.outputs['version-tag'], 'v2.3.5');
    assert.equal(run.outputs['tags'], `ghcr.io/acme/shop:sha-${sha.slice(0, 12)}\nghcr.io/acme/shop:main\nghcr.io/acme/shop:latest`);
    assert.deepEqual(JSON.parse(run.outputs['platforms']!), [
      { platform: 'linux/amd64', runner: 'ubuntu-24.04' },
      { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' },
    ]);
    assert.equal(JSON.parse(run.outputs['json']!).kind, 'release');
    assert.match(run.summary, /Pipeline plan: release/);
  });

  test('a pull request from a fork: validated, nothing pushed, no SARIF upload, no secret needed', async () => {
    const run = await plan('pull_request', 'refs/pull/9/merge', { pull_request: { number: 9, head: { sha, repo: { full_name: 'mallory/shop' } } } }, {});
    assert.equal(run.exitCode, 0, run.stdout);
    assert.deepEqual(
      [run.outputs['kind'], run.outputs['push'], run.outputs['sarif'], run.outputs['cancel-in-progress']],
      ['validate', 'false', 'false', 'true'],
    );
  });

  test('a deleted branch (the payload names it, GITHUB_REF is the default branch) is cleaned up', async () => {
    const run = await plan('delete', 'refs/heads/main', { ref: 'feature/login', ref_type: 'branch' }, {});
    assert.equal(run.outputs['kind'], 'cleanup');
    assert.equal(run.outputs['cleanup-patterns'], '^feature-login(-sha-[0-9a-f]{12})?$');
  });

  test('workflow_dispatch promote: inputs name the environment and version', async () => {
    const run = await plan(
      'workflow_dispatch',
      'refs/heads/main',
      { inputs: { action: 'promote', environment: 'production', version: '2.3.4' } },
      { 'secrets-set': 'config-repo-token' },
    );
    assert.deepEqual(
      [run.outputs['kind'], run.outputs['promote'], run.outputs['environment'], run.outputs['version']],
      ['promote', 'true', 'production', '2.3.4'],
    );
  });

  test('bad input: one clear error each, and no outputs', async () => {
    const cases: [string, string, object, Record<string, string>, RegExp][] = [
      [
        'push',
        'refs/heads/main',
        {},
        {},
        /plan failed: the stages this run needs have no secret config-repo-token or config-repo-ssh-key; pass the secret\(s\) to the workflow under secrets:/,
      ],
      ['issue_comment', 'refs/heads/main', {}, {}, /plan failed: event "issue_comment" is not one the pipeline plans for/],
      ['push', 'refs/tags/v2.3', {}, {}, /plan failed: tag "v2.3" is not a semver version tag/],
      ['push', 'refs/heads/feature/x', {}, { 'preview-environment': 'production' }, /would bump production, a release environment/],
      ['push', 'refs/heads/main', {}, { stages: 'deploy' }, /stages names "deploy", which is not a stage/],
    ];
    for (const [event, ref, payload, inputs, message] of cases) {
      const run = await plan(event, ref, payload, inputs);
      assert.notEqual(run.exitCode, 0, `${event} ${ref}`);
      assert.match(run.stdout, message);
      assert.deepEqual(run.outputs, {});
    }
  });
});
