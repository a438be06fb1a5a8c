import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { NODE_BINARY, REPO_ROOT } from '../../../test/helpers/action-runner.js';
import { git } from '../../../test/helpers/git-remote.js';

const BIN = join(REPO_ROOT, 'packages/cli/bin/service-pipeline.mjs');

/** `pnpm exec service-pipeline plan ...` in `cwd`: the bin, under the Node the tests run with. */
async function plan(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const result = await runCommand(NODE_BINARY, [BIN, 'plan', ...args], { cwd, captureStdout: true });
  return { code: result.code, stdout: result.stdout, stderr: result.tail.join('\n') };
}

describe('service-pipeline plan', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-plan-cli-'));
    await git(dir, ['init', '-q', '--initial-branch=main']);
    await git(dir, ['remote', 'add', 'origin', 'https://github.com/Acme/Shop.git']);
    await writeFile(join(dir, 'main.go'), 'package main\n');
    await git(dir, ['add', '.']);
    await git(dir, ['commit', '-qm', 'feat: first']);
    await git(dir, ['tag', 'v1.2.0']);
    await git(dir, ['commit', '-q', '--allow-empty', '-m', 'fix: rounding']);
    await git(dir, ['commit', '-q', '--allow-empty', '-m', 'feat(cart): coupons']);
    await writeFile(join(dir, 'pipeline.yml'), 'environments: [staging, production]\npreview-environment: preview\nfeature-branches: ["feature/**"]\n');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('--json: a push to the default branch is a release with the next version from the commits since the last tag', async () => {
    const { code, stdout, stderr } = await plan(dir, '--event', 'push', '--ref', 'refs/heads/main', '--config', 'pipeline.yml', '--json');
    assert.equal(code, 0, stderr);
    const result = JSON.parse(stdout) as { kind: string; push: boolean; tags: string[]; bump: unknown; versionTag: string | null; image: string };
    const sha = (await git(dir, ['rev-parse', 'HEAD'])).trim();
    assert.equal(result.kind, 'release');
    assert.equal(result.push, true);
    assert.deepEqual(result.tags, [`sha-${sha.slice(0, 12)}`, 'main', 'latest']);
    assert.deepEqual(result.bump, { environment: 'staging', mode: 'push' });
    assert.equal(result.versionTag, 'v1.3.0');
    assert.equal(result.image, 'ghcr.io/acme/shop');
  });

  test('--json: a feature branch pushes a branch-tagged pre-release and bumps only the preview', async () => {
    const { stdout } = await plan(
      dir,
      '--event',
      'push',
      '--ref',
      'refs/heads/feature/login',
      '--default-branch',
      'main',
      '--config',
      'pipeline.yml',
      '--json',
    );
    const result = JSON.parse(stdout) as { kind: string; tags: string[]; bump: unknown; versionTag: null };
    assert.equal(result.kind, 'prerelease');
    assert.equal(result.tags[1], 'feature-login');
    assert.deepEqual(result.bump, { environment: 'preview', mode: 'push' });
    assert.equal(result.versionTag, null);
  });

  test('--json: a pull request plan pushes nothing', async () => {
    const { stdout } = await plan(dir, '--event', 'pull_request', '--ref', 'refs/pull/3/merge', '--json');
    const result = JSON.parse(stdout) as { kind: string; push: boolean; tags: string[]; bump: null };
    assert.deepEqual([result.kind, result.push, result.tags, result.bump], ['validate', false, [], null]);
  });

  test('without --json: one paragraph a person reads', async () => {
    const { stdout } = await plan(dir, '--event', 'push', '--ref', 'refs/tags/v1.2.0', '--config', 'pipeline.yml');
    assert.match(stdout, /^promote: version tag v1.2.0: promote 1.2.0 to production by pull request\n/);
    assert.match(stdout, /bump {6}production \(pull-request\)/);
  });

  test('bad input: one clear error each, exit 1, nothing else printed', async () => {
    const cases: [string[], RegExp][] = [
      [['--event', 'nope', '--ref', 'refs/heads/main'], /service-pipeline plan failed: event "nope" is not one the pipeline plans for/],
      [['--event', 'push', '--ref', 'refs/tags/release-7'], /tag "release-7" is not a semver version tag/],
      [['--event', 'push', '--ref', 'refs/heads/main', '--config', 'missing.yml'], /--config missing.yml cannot be read \(ENOENT\); pass the path/],
    ];
    for (const [args, message] of cases) {
      const result = await plan(dir, ...args, '--json');
      assert.equal(result.code, 1, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    }
    await writeFile(join(dir, 'bad.yml'), 'environments: [staging]\npreview-environment: staging\n');
    const production = await plan(dir, '--event', 'push', '--ref', 'refs/heads/feature/x', '--config', 'bad.yml', '--json');
    assert.match(production.stderr, /would bump staging, a release environment/);
    const usage = await plan(dir, '--event', 'push');
    assert.match(usage.stderr, /--ref is required/);
  });
});
