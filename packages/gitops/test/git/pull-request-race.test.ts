import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { githubClient } from '@service-pipeline/action-kit/github';
import { type BumpOptions, type BumpResult, bumpImage, pullRequestBranch } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo, type GitHttpServer, startGitHttpServer } from '../../../../test/helpers/git-remote.js';
import { type GitHubFake, startGitHubFake } from '../../../../test/helpers/github-fake.js';
import { type FakePulls, servePulls } from '../../../../test/helpers/github-pulls.js';

// Pull-request mode rewrites one bot branch per service and environment. A run that read the
// bot branch must not overwrite what another run pushed after that read: its push carries a
// lease on the tip it saw. These tests stage the race exactly: the "late" runs reach the remote
// through a second URL of the same repository, and the server holds their push (the
// receive-pack advertisement, after their fetch) until the "early" runs have landed. With a
// plain --force instead of the lease, the late runs overwrite the newer images.

const TOKEN = 'ghs_prRaceToken';
const IMAGE = 'ghcr.io/acme';
const deployment = (service: string, tag: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${IMAGE}/${service}:${tag}`,
    '',
  ].join('\n');
const FILES = ['shop', 'cart'].flatMap((s) => ['staging', 'prod'].map((env) => [`apps/${s}/${env}/deployment.yaml`, deployment(s, '1.0.0')]));

describe('pull-request mode under concurrency: the lease on the bot branch', () => {
  let root: string;
  let server: GitHttpServer;
  let github: GitHubFake;
  let held: { count: number; arrived: () => void; release: () => void; gate: Promise<void> };
  let repoCount = 0;
  const repos: ConfigRepo[] = [];

  const resetGate = (expected: number): Promise<void> => {
    let release!: () => void;
    let arrivedAll!: () => void;
    const allArrived = new Promise<void>((resolve) => (arrivedAll = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    held = { count: 0, arrived: () => (++held.count === expected ? arrivedAll() : undefined), release, gate };
    return allArrived;
  };

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-pr-race-'));
    server = await startGitHttpServer(root, TOKEN, {
      before: async ({ path, query }) => {
        if (/^\/acme\/config\d+-late\.git\/info\/refs$/.test(path) && query.includes('service=git-receive-pack')) {
          held.arrived();
          await held.gate;
        }
      },
    });
    github = await startGitHubFake({ tokens: [TOKEN] });
  });
  after(async () => {
    await server?.stop();
    await github?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const config = async (): Promise<{ repo: ConfigRepo; name: string; pulls: FakePulls }> => {
    const name = `config${repoCount++}`;
    const repo = await createConfigRepo(Object.fromEntries(FILES), { root, name: `acme/${name}` });
    repos.push(repo);
    await symlink(repo.bare, join(root, 'acme', `${name}-late.git`));
    return { repo, name, pulls: servePulls(github, 'acme', name) };
  };
  const bump = async (name: string, late: boolean, service: string, environment: string, tag: string, created: string): Promise<BumpResult> => {
    const options: BumpOptions = {
      remote: `${server.url}/acme/${name}${late ? '-late' : ''}.git`,
      credentials: { token: TOKEN },
      image: { name: `${IMAGE}/${service}`, tag },
      targets: [{ file: `apps/${service}/${environment}/deployment.yaml`, kind: 'manifest' }],
      pin: 'tag',
      environment,
      service,
      created,
      author: { name: 'Bump Bot', email: 'bot@example.com' },
      mode: 'pull-request',
      pullRequest: { client: await githubClient({ token: TOKEN, baseUrl: github.url }), owner: 'acme', repo: name, labels: [], reviewers: [] },
      maxAttempts: 5,
    };
    return bumpImage(options);
  };

  /** Starts the late runs, waits until each is held before its push, lets the early runs land, then releases the late ones. */
  const race = async (late: (() => Promise<BumpResult>)[], early: (() => Promise<BumpResult>)[]) => {
    const arrived = resetGate(late.length);
    const lateRuns = late.map((run) => run());
    await arrived;
    const earlyResults = await Promise.all(early.map((run) => run()));
    held.release();
    return { early: earlyResults, late: await Promise.all(lateRuns) };
  };

  test('same service and environment, no pull request yet: the later-pushed older image does not replace the newer one', async () => {
    const { repo, name, pulls } = await config();
    const base = await repo.head();
    const { early, late } = await race(
      [() => bump(name, true, 'shop', 'prod', '1.0.1', '2026-06-01T00:00:00Z')],
      [() => bump(name, false, 'shop', 'prod', '1.0.2', '2026-06-02T00:00:00Z')],
    );
    assert.equal(early[0]!.result, 'pr-opened');
    assert.equal(late[0]!.result, 'skipped', late[0]!.reason);
    assert.equal(late[0]!.attempts, 2, 'the lease refused the first push');
    assert.match(late[0]!.reason!, /1\.0\.2\) already waits in the pull request/);
    assert.equal(await repo.read('apps/shop/prod/deployment.yaml', pullRequestBranch('prod', 'shop')), deployment('shop', '1.0.2'));
    assert.equal(pulls.pulls.length, 1);
    assert.equal(await repo.head(), base, 'the base branch never moves in pull-request mode');
  });

  test("same service and environment, pull request open: an update read before another run's update is refused and re-checked", async () => {
    const { repo, name, pulls } = await config();
    assert.equal((await bump(name, false, 'shop', 'prod', '1.0.1', '2026-06-01T00:00:00Z')).result, 'pr-opened');
    const { early, late } = await race(
      [() => bump(name, true, 'shop', 'prod', '1.0.2', '2026-06-02T00:00:00Z')],
      [() => bump(name, false, 'shop', 'prod', '1.0.3', '2026-06-03T00:00:00Z')],
    );
    assert.equal(early[0]!.result, 'pr-updated');
    assert.equal(late[0]!.result, 'skipped', late[0]!.reason);
    assert.equal(await repo.read('apps/shop/prod/deployment.yaml', pullRequestBranch('prod', 'shop')), deployment('shop', '1.0.3'));
    assert.equal(pulls.pulls.length, 1);
    assert.match(pulls.pulls[0]!.title, /to 1\.0\.3$/);
  });

  test('different services and environments at once: one bot branch and pull request each, the newest image on each', async () => {
    const { repo, name, pulls } = await config();
    const base = await repo.head();
    const pairs = ['shop', 'cart'].flatMap((s) => ['staging', 'prod'].map((env) => [s, env] as const));
    const { early, late } = await race(
      pairs.map(
        ([s, env]) =>
          () =>
            bump(name, true, s, env, '2.0.0', '2026-06-01T00:00:00Z'),
      ),
      pairs.map(
        ([s, env]) =>
          () =>
            bump(name, false, s, env, '2.0.1', '2026-06-02T00:00:00Z'),
      ),
    );
    assert.deepEqual(
      early.map((r) => r.result),
      pairs.map(() => 'pr-opened'),
    );
    assert.deepEqual(
      late.map((r) => r.result),
      pairs.map(() => 'skipped'),
    );
    for (const [s, env] of pairs) {
      assert.equal(await repo.read(`apps/${s}/${env}/deployment.yaml`, pullRequestBranch(env, s)), deployment(s, '2.0.1'), `${s} in ${env}`);
      // Each bot branch changes only its own file.
      assert.equal(await repo.read(`apps/${s}/${env === 'prod' ? 'staging' : 'prod'}/deployment.yaml`, pullRequestBranch(env, s)), deployment(s, '1.0.0'));
    }
    assert.deepEqual(pulls.pulls.map((p) => p.head.ref).sort(), pairs.map(([s, env]) => pullRequestBranch(env, s)).sort());
    assert.equal(await repo.head(), base);
  });
});
