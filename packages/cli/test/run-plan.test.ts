/**
 * `service-pipeline run <dir> --event <name> --ref <ref>` follows the plan, against the real local
 * registry, a real bare config repository and (for promotion pull requests only) a GitHub API fake.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { RegistryClient } from '@service-pipeline/oci';
import { NODE_BINARY, REPO_ROOT } from '../../../test/helpers/action-runner.js';
import { type ConfigRepo, createConfigRepo, git } from '../../../test/helpers/git-remote.js';
import { type GitHubFake, type Schema, startGitHubFake } from '../../../test/helpers/github-fake.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { seedDeployment } from '../src/local-config-repo.js';

const BIN = join(REPO_ROOT, 'packages/cli/bin/service-pipeline.mjs');
const TARGET = 'apps/go-service/deployment.yaml';
const TOKEN = 'ghp_promotion_token_for_tests';

describe('service-pipeline run follows the plan', () => {
  let registry: TestRegistry;
  let github: GitHubFake;
  let root: string;
  let service: string;
  let config: ConfigRepo;
  let image: string;
  const pulls: Schema<'pull-request-simple'>[] = [];

  /** Commits in the service repo with a fixed commit time (what orders bumps). */
  const commit = async (message: string, time: string): Promise<string> => {
    await writeFile(join(service, 'CHANGES'), `${message}\n`, { flag: 'a' });
    await git(service, ['add', '.']);
    await runCommand('git', ['commit', '-qm', message], {
      cwd: service,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: time,
        GIT_COMMITTER_DATE: time,
        GIT_AUTHOR_NAME: 'dev',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_COMMITTER_NAME: 'dev',
        GIT_COMMITTER_EMAIL: 'dev@example.com',
      },
    });
    return (await git(service, ['rev-parse', 'HEAD'])).trim();
  };

  const run = async (steps: string, ...args: string[]): Promise<{ code: number | null; output: string }> => {
    const result = await runCommand(
      NODE_BINARY,
      [
        BIN,
        'run',
        service,
        '--work-dir',
        join(root, 'work'),
        '--registry',
        registry.host,
        '--repository',
        'acme/go-service',
        '--platforms',
        'linux/amd64',
        '--steps',
        steps,
        '--config-repo',
        config.url,
        '--config-targets',
        TARGET,
        '--config',
        join(root, 'pipeline.yml'),
        ...args,
      ],
      { captureStdout: true, env: { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url } },
    );
    return { code: result.code, output: `${result.stdout}\n${result.tail.join('\n')}` };
  };
  const allTags = async (): Promise<string[]> => (await new RegistryClient(registry.host).listTags('acme/go-service').catch(() => [])).sort();
  /** The tags people read; the push also writes OCI 1.1 referrers fallback tags (`sha256-<hex>`) for the build evidence, checked apart. */
  const tags = async (): Promise<string[]> => (await allTags()).filter((tag) => !/^sha256-[0-9a-f]{64}$/.test(tag));
  const fallbackTags = async (): Promise<string[]> => (await allTags()).filter((tag) => /^sha256-[0-9a-f]{64}$/.test(tag));

  before(async () => {
    registry = await startRegistry();
    github = await startGitHubFake({ tokens: [TOKEN] });
    github.route('GET', '/repos/acme/config/pulls', () => ({ body: pulls }));
    github.route('POST', '/repos/acme/config/pulls', (req) => {
      const body = req.body as { head: string; base: string; title: string };
      const pull = {
        number: pulls.length + 1,
        state: 'open',
        title: body.title,
        html_url: `https://github.example/acme/config/pull/${pulls.length + 1}`,
        head: { ref: body.head },
        base: { ref: body.base },
      } as Schema<'pull-request-simple'>;
      pulls.push(pull);
      return { status: 201, body: pull as unknown as Schema<'pull-request'> };
    });
    root = await mkdtemp(join(tmpdir(), 'sp-run-plan-'));
    service = join(root, 'go-service');
    await cp(join(REPO_ROOT, 'examples/go-service'), service, { recursive: true, filter: (src) => !src.includes('.service-pipeline') });
    await git(root, ['init', '-q', '--initial-branch=main', service]);
    await commit('feat: first', '2026-01-01T10:00:00Z');
    image = `${registry.host}/acme/go-service`;
    config = await createConfigRepo({ [TARGET]: seedDeployment('go-service', image) }, { root: join(root, 'config') });
    await writeFile(join(root, 'pipeline.yml'), 'environments: [staging, production]\nfeature-branches: ["feature/**"]\n');
  });
  after(async () => {
    await registry.stop();
    await github.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('a pull request plan builds and pushes nothing; the config repo is unchanged', async () => {
    const head = await config.head();
    const result = await run('build,push,bump,release,prune', '--event', 'pull_request', '--ref', 'refs/pull/1/merge');
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /plan: validate/);
    assert.match(result.output, /ok {3}build/);
    assert.match(result.output, /skip push .*not in the validate plan/);
    assert.deepEqual(await tags(), []);
    assert.equal(await config.head(), head);
  });

  test('a feature-branch plan pushes a branch-tagged image and leaves the config repo unchanged', async () => {
    const head = await config.head();
    const sha = (await git(service, ['rev-parse', 'HEAD'])).trim();
    const result = await run('build,push,bump,release,prune', '--event', 'push', '--ref', 'refs/heads/feature/login');
    assert.equal(result.code, 0, result.output);
    assert.deepEqual(await tags(), ['feature-login', `feature-login-sha-${sha.slice(0, 12)}`]);
    // The evidence (provenance) hangs off the pushed image through the referrers fallback tag of its digest.
    const pushed = (await new RegistryClient(registry.host).getManifest('acme/go-service', 'feature-login')).digest;
    assert.deepEqual(await fallbackTags(), [pushed.replace(':', '-')]);
    assert.equal(await config.head(), head);
  });

  test('a release plan pushes, bumps the first environment and creates the version tag in the service repo', async () => {
    const sha = (await git(service, ['rev-parse', 'HEAD'])).trim();
    const result = await run('build,push,bump,release', '--event', 'push', '--ref', 'refs/heads/main');
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /plan: release/);
    assert.deepEqual(await tags(), ['0.1', '0.1.0', 'feature-login', `feature-login-sha-${sha.slice(0, 12)}`, 'latest', 'main', `sha-${sha.slice(0, 12)}`]);
    const digest = (await new RegistryClient(registry.host).getManifest('acme/go-service', `sha-${sha.slice(0, 12)}`)).digest;
    assert.match(await config.read(TARGET), new RegExp(`image: ${image}:sha-${sha.slice(0, 12)}@${digest} # bumped by the pipeline\\n`));
    assert.match((await config.log())[0]!.body, /Environment: staging/);
    assert.equal((await git(service, ['rev-parse', 'v0.1.0^{commit}'])).trim(), sha);
  });

  test('a promotion plan opens the pull-request change for the next environment', async () => {
    const main = await config.head();
    const result = await run('bump', '--event', 'push', '--ref', 'refs/tags/v0.1.0', '--pr-repository', 'acme/config');
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /plan: promote: version tag v0.1.0: promote 0.1.0 to production by pull request/);
    assert.equal(await config.head(), main, 'promotion never pushes to the base branch');
    const digest = (await new RegistryClient(registry.host).getManifest('acme/go-service', '0.1.0')).digest;
    assert.match(await config.read(TARGET, 'service-pipeline/production/go-service'), new RegExp(`image: ${image}:0\\.1\\.0@${digest} #`));
    assert.deepEqual(
      pulls.map((p) => [p.head.ref, p.base.ref]),
      [['service-pipeline/production/go-service', 'main']],
    );
  });

  test('two releases finishing out of order never leave the older image in the config repo', async () => {
    const older = await commit('fix: older change', '2026-02-01T10:00:00Z');
    const newer = await commit('fix: newer change', '2026-03-01T10:00:00Z');
    const first = await run('build,push,bump', '--event', 'push', '--ref', 'refs/heads/main');
    assert.equal(first.code, 0, first.output);
    await git(service, ['checkout', '-q', older]);
    const late = await run('build,push,bump', '--event', 'push', '--ref', 'refs/heads/main');
    await git(service, ['checkout', '-q', 'main']);
    assert.equal(late.code, 0, late.output);
    assert.match(late.output, /bump .*skipped/);
    assert.match(await config.read(TARGET), new RegExp(`:sha-${newer.slice(0, 12)}@`));
  });

  test('bad input fails before any work: unknown event, non-semver tag, feature branch into production', async () => {
    const before = await tags();
    for (const [args, message] of [
      [['--event', 'issue_comment', '--ref', 'refs/heads/main'], /service-pipeline run failed: event "issue_comment" is not one the pipeline plans for/],
      [['--event', 'push', '--ref', 'refs/tags/v1'], /tag "v1" is not a semver version tag/],
    ] as const) {
      const result = await run('build,push', ...args);
      assert.equal(result.code, 1);
      assert.match(result.output, message);
      assert.doesNotMatch(result.output, /ok {3}build/);
    }
    await writeFile(join(root, 'bad.yml'), 'environments: [production]\npreview-environment: production\n');
    const result = await run('build,push,bump', '--event', 'push', '--ref', 'refs/heads/feature/x', '--config', join(root, 'bad.yml'));
    assert.match(result.output, /would bump production, a release environment/);
    assert.deepEqual(await tags(), before);
  });
});
