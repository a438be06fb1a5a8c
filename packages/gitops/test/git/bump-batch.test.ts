import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BumpOptions, type BumpResult, bumpImage, bumpTrailers } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo, filesOf, git } from '../../../../test/helpers/git-remote.js';
import { type GitDataFake, startGitDataFake } from '../../../../test/helpers/github-git-data.js';
import { LEADER_PATIENCE_MS, QUEUE_TTL_MS, queueLeader } from '../../src/git/bump-queue.js';

/**
 * Batch mode against real bare repositories (and the Git Data API fake backed by one): refused
 * bumps queue their commit, the next bump lands the queue in one push, every bump lands exactly
 * once, and a queued ref that is not exactly a bump's commit is never landed.
 */
const REGISTRY = 'ghcr.io/acme';
const QUEUE = 'refs/service-pipeline/queue/main';

const deployment = (service: string, tag: string, replicas = 2): string =>
  [
    `# ${service}, owned by team ${service.length}`,
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}`,
    'spec:',
    `  replicas: ${replicas}`,
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${REGISTRY}/${service}:${tag}  # bumped by CI`,
    '',
  ].join('\n');

const services = (n: number, prefix = 'svc') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

function options(remote: string, service: string, tag: string, extra: Partial<BumpOptions> = {}): BumpOptions {
  return {
    remote,
    image: { name: `${REGISTRY}/${service}`, tag },
    targets: [{ file: `apps/${service}/deployment.yaml`, kind: 'manifest' }],
    pin: 'tag',
    environment: 'prod',
    service,
    author: { name: `Bot of ${service}`, email: `${service}@example.com` },
    mode: 'push',
    maxAttempts: 60,
    batch: true,
    ...extra,
  };
}

async function queueRefs(repo: ConfigRepo): Promise<string[]> {
  return (await git(repo.bare, ['for-each-ref', '--format=%(refname)', 'refs/service-pipeline/'])).split('\n').filter(Boolean);
}

/** Each service's bump is one commit, authored by its own run, and every result names its commit. */
async function assertLandedOnce(repo: ConfigRepo, names: string[], results: BumpResult[], tag: string): Promise<void> {
  assert.deepEqual(
    results.map((r) => r.result),
    names.map(() => 'pushed'),
  );
  const log = await repo.log();
  const bumped = log.flatMap((c) => /^Service: (\S+)$/m.exec(c.body)?.[1] ?? []);
  assert.deepEqual([...bumped].sort(), names, 'one commit per service');
  for (const [i, s] of names.entries()) {
    assert.equal(await repo.read(`apps/${s}/deployment.yaml`), deployment(s, tag));
    const sha = results[i]!.commitSha!;
    assert.ok(
      log.some((c) => c.sha === sha),
      `${s}'s commit ${sha} is on the branch`,
    );
    assert.equal((await git(repo.bare, ['log', '-1', '--format=%an <%ae>', sha])).trim(), `Bot of ${s} <${s}@example.com>`, `${s}'s commit keeps its author`);
  }
  assert.deepEqual(await queueRefs(repo), [], 'nothing is left queued');
  await git(repo.bare, ['fsck', '--strict', '--no-dangling']);
}

/** A commit on the branch tip changing `files`, with `message`, pushed under a queue ref `ageMs` old (as anyone who can push refs could). */
async function queueByHand(repo: ConfigRepo, files: Record<string, string>, message: string, ageMs = 0): Promise<{ ref: string; commit: string }> {
  const work = await mkdtemp(join(tmpdir(), 'sp-queue-hand-'));
  try {
    await git(work, ['init', '-q']);
    await git(work, ['fetch', '-q', repo.bare, repo.branch]);
    await git(work, ['checkout', '-q', 'FETCH_HEAD']);
    for (const [path, text] of Object.entries(files)) await writeFile(join(work, path), text);
    await git(work, ['commit', '-q', '-am', message]);
    const ref = `${QUEUE}/${Date.now() - ageMs}-${randomBytes(4).toString('hex')}`;
    await git(work, ['push', '-q', repo.bare, `HEAD:${ref}`]);
    return { ref, commit: (await git(work, ['rev-parse', 'HEAD'])).trim() };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const bumpMessage = (service: string, tag: string) =>
  `Bump ${service} in prod to ${tag}\n\n${bumpTrailers([{ image: `${REGISTRY}/${service}`, environment: 'prod', service, tag }])}`;

describe('manifest-bump batch mode (git remote)', () => {
  const repos: ConfigRepo[] = [];
  const config = async (names: string[]) => {
    const repo = await createConfigRepo(Object.fromEntries(names.map((s) => [`apps/${s}/deployment.yaml`, deployment(s, '1.0.0')])));
    repos.push(repo);
    return repo;
  };
  after(async () => {
    for (const repo of repos) await repo.remove();
  });

  test('24 concurrent bumps land exactly once each, most in one push with others, at most two attempts each', async () => {
    const names = services(24);
    const repo = await config(names);
    const results = await Promise.all(names.map((s) => bumpImage(options(repo.url, s, '2.0.0'))));
    await assertLandedOnce(repo, names, results, '2.0.0');
    const byOthers = results.filter((r) => r.notes.some((n) => n.startsWith("landed by another run's push")));
    const landers = results.filter((r) => r.notes.some((n) => /^landed in one push with \d+ queued bump/.test(n)));
    assert.ok(byOthers.length > 0 && landers.length > 0, 'refused bumps were landed by other runs');
    assert.ok(
      results.every((r) => r.attempts <= 2),
      `attempts: ${results.map((r) => r.attempts).join(' ')}`,
    );
    // Each landed-by-another result names the very commit on the branch that carries its service.
    for (const r of byOthers)
      assert.match(await git(repo.bare, ['log', '-1', '--format=%b', r.commitSha!]), new RegExp(`^Service: ${r.images[0]!.service}$`, 'm'));
  });

  test('a server without atomic pushes: the branch moves first, the queue refs go after; still exactly once', async () => {
    const names = services(10, 'web');
    const repo = await config(names);
    await git(repo.bare, ['config', 'receive.advertiseAtomic', 'false']);
    const results = await Promise.all(names.map((s) => bumpImage(options(repo.url, s, '2.0.0'))));
    await assertLandedOnce(repo, names, results, '2.0.0');
    assert.ok(results.some((r) => r.notes.some((n) => n.startsWith("landed by another run's push"))));
  });

  test('bumps of one shared file are never copied over each other: each owner re-applies its edit, all land', async () => {
    const names = services(6, 'api');
    const shared = names.map((s) => deployment(s, '1.0.0')).join('---\n');
    const repo = await createConfigRepo({ 'apps/all.yaml': shared });
    repos.push(repo);
    const results = await Promise.all(names.map((s) => bumpImage(options(repo.url, s, '1.1.0', { targets: [{ file: 'apps/all.yaml', kind: 'manifest' }] }))));
    assert.deepEqual(
      results.map((r) => r.result),
      names.map(() => 'pushed'),
    );
    assert.equal(await repo.read('apps/all.yaml'), names.map((s) => deployment(s, '1.1.0')).join('---\n'));
    assert.equal((await repo.log()).length, names.length + 1);
    assert.deepEqual(await queueRefs(repo), []);
  });

  test('a queued commit that changes more than the image is never landed, and stays for its owner', async () => {
    const repo = await config(['shop', 'cart']);
    // Looks like a bump of shop (its records say so) but also scales it to 50 replicas.
    const forged = await queueByHand(repo, { 'apps/shop/deployment.yaml': deployment('shop', '9.9.9', 50) }, bumpMessage('shop', '9.9.9'));
    const result = await bumpImage(options(repo.url, 'cart', '2.0.0'));
    assert.equal(result.result, 'pushed');
    assert.equal(await repo.read('apps/shop/deployment.yaml'), deployment('shop', '1.0.0'), 'the forged change is not on the branch');
    assert.deepEqual(await queueRefs(repo), [forged.ref]);
  });

  test('a genuine queued bump is landed by the next run, with its own author and message; junk refs are deleted', async () => {
    const repo = await config(['shop', 'cart']);
    const queued = await queueByHand(repo, { 'apps/shop/deployment.yaml': deployment('shop', '2.0.0') }, bumpMessage('shop', '2.0.0'));
    const blob = (await git(repo.bare, ['hash-object', '-w', '--stdin'], 'not a commit')).trim();
    const junk = `${QUEUE}/${Date.now()}-${randomBytes(4).toString('hex')}`;
    await git(repo.bare, ['update-ref', junk, blob]);
    const noRecords = await queueByHand(repo, { 'apps/cart/deployment.yaml': deployment('cart', '3.0.0') }, 'tidy up');

    // The run is not queued itself, so it lands what is queued with its own bump, in one push.
    const result = await bumpImage(options(repo.url, 'cart', '2.0.0'));
    assert.equal(result.result, 'pushed');
    const log = await repo.log();
    assert.deepEqual(
      log.slice(0, 2).map((c) => c.subject),
      ['Bump cart in prod to 2.0.0', 'Bump shop in prod to 2.0.0'],
    );
    const queuedAuthor = (await git(repo.bare, ['log', '-1', '--format=%an <%ae> %ad', queued.commit])).trim();
    assert.equal((await git(repo.bare, ['log', '-1', '--format=%an <%ae> %ad|%cn', log[1]!.sha])).trim(), `${queuedAuthor}|Bot of cart`);
    assert.equal(await repo.read('apps/shop/deployment.yaml'), deployment('shop', '2.0.0'));
    assert.deepEqual(await queueRefs(repo), [], `${queued.ref}, ${junk} and ${noRecords.ref} are gone`);
    assert.equal(await repo.read('apps/cart/deployment.yaml'), deployment('cart', '2.0.0'), 'the record-less commit was deleted, not landed');
  });

  test('a queued bump older than what landed since is left; an expired one is deleted unlanded', async () => {
    const repo = await config(['shop', 'cart', 'web']);
    const older = await queueByHand(repo, { 'apps/shop/deployment.yaml': deployment('shop', '1.5.0') }, bumpMessage('shop', '1.5.0'));
    assert.equal((await bumpImage(options(repo.url, 'shop', '2.0.0', { batch: false }))).result, 'pushed');
    const stale = await queueByHand(repo, { 'apps/web/deployment.yaml': deployment('web', '2.0.0') }, bumpMessage('web', '2.0.0'), QUEUE_TTL_MS + 60_000);
    const result = await bumpImage(options(repo.url, 'cart', '2.0.0'));
    assert.equal(result.result, 'pushed');
    assert.equal(await repo.read('apps/shop/deployment.yaml'), deployment('shop', '2.0.0'), 'the older queued bump did not replace the newer one');
    assert.equal(await repo.read('apps/web/deployment.yaml'), deployment('web', '1.0.0'), 'the expired bump was not landed');
    assert.deepEqual(await queueRefs(repo), [older.ref], `${stale.ref} was deleted`);
  });

  // Real charts and kustomizations (fixtures/real): a bump made by a run, then queued as if its
  // push had been refused, is copied byte for byte by the next run, unless it is not what the
  // editor writes from its records alone (an `images:` entry added by missing=add).
  const REAL = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');
  const DIGEST = `sha256:${'c'.repeat(64)}`;
  const real: [string, Partial<BumpOptions> & Pick<BumpOptions, 'image' | 'targets'>, boolean][] = [
    [
      'argocd-helm-guestbook',
      {
        image: { name: 'gcr.io/heptio-images/ks-guestbook-demo', tag: '0.2', digest: DIGEST },
        targets: [{ file: 'argocd-helm-guestbook/values.yaml', kind: 'auto' }],
      },
      true,
    ],
    [
      'grafana-chart',
      { image: { name: 'docker.io/grafana/grafana', tag: '11.3.0', digest: DIGEST }, targets: [{ file: 'grafana-chart/values.yaml', kind: 'helm' }] },
      true,
    ],
    [
      'bitnami-chart',
      {
        image: { name: 'docker.io/bitnami/nginx', tag: '1.27.2-debian-12-r0', digest: DIGEST },
        targets: [{ file: 'bitnami-chart/values.yaml', kind: 'helm' }],
      },
      true,
    ],
    [
      'single-image-chart',
      { image: { name: 'ghcr.io/acme/web', tag: '1.1.0', digest: DIGEST }, targets: [{ file: 'single-image-chart/values.yaml', kind: 'auto' }] },
      true,
    ],
    [
      'microservices-demo-kustomize',
      {
        image: { name: 'us-central1-docker.pkg.dev/google-samples/microservices-demo/frontend', tag: 'v0.10.6' },
        targets: [{ file: 'microservices-demo-kustomize/overlays/prod/kustomization.yaml', kind: 'kustomize' }],
        pin: 'tag',
      },
      true,
    ],
    [
      'argocd-kustomize-guestbook',
      {
        image: { name: 'gcr.io/heptio-images/ks-guestbook-demo', tag: '0.2', digest: DIGEST },
        targets: [{ file: 'argocd-kustomize-guestbook/kustomization.yaml', kind: 'kustomize', addMissing: true }],
      },
      false,
    ],
  ];
  for (const [fixture, bump, copied] of real) {
    test(`${fixture}: a queued bump ${copied ? 'is copied as it is' : 'that adds an entry is left for its own run'}`, async () => {
      const files: Record<string, string> = { ...(await filesOf(join(REAL, fixture), fixture)), 'apps/other/deployment.yaml': deployment('other', '1.0.0') };
      const repo = await createConfigRepo(files);
      repos.push(repo);
      const base = await repo.head();
      const service = bump.image.name.split('/').pop()!;
      const made = await bumpImage(options(repo.url, service, 'unused', { pin: 'tag+digest', batch: false, ...bump }));
      assert.equal(made.result, 'pushed');
      // As if its push had been refused: the branch back where it was, the commit queued.
      const queued = `${QUEUE}/${Date.now()}-${randomBytes(4).toString('hex')}`;
      await git(repo.bare, ['update-ref', queued, made.commitSha!]);
      await git(repo.bare, ['update-ref', `refs/heads/${repo.branch}`, base, made.commitSha!]);

      const other = await bumpImage(options(repo.url, 'other', '2.0.0'));
      assert.equal(other.result, 'pushed');
      const file = bump.targets[0]!.file;
      if (copied) {
        assert.ok(other.notes.includes('landed in one push with 1 queued bump(s) of other runs'), JSON.stringify(other.notes));
        assert.equal(await repo.read(file), await repo.read(file, made.commitSha!));
        assert.deepEqual(await queueRefs(repo), []);
      } else {
        assert.equal(await repo.read(file), files[file]);
        assert.deepEqual(await queueRefs(repo), [queued]);
      }
    });
  }

  test('the oldest bump queued within the patience window leads; refs older than it or from the future do not', () => {
    const now = Date.parse('2026-12-06T10:00:00Z');
    const ref = (msAgo: number) => ({ ref: `${QUEUE}/${now - msAgo}-0000000${msAgo % 10}`, commit: 'c' });
    assert.equal(queueLeader([ref(5_000), ref(2_000), ref(9_000)], now)?.ref, ref(9_000).ref);
    assert.equal(queueLeader([ref(LEADER_PATIENCE_MS + 1), ref(2_000)], now)?.ref, ref(2_000).ref);
    assert.equal(queueLeader([ref(-LEADER_PATIENCE_MS - 5_000)], now), undefined);
    assert.equal(queueLeader([], now), undefined);
  });

  test('batch is refused in pull-request mode, before anything is fetched', async () => {
    await assert.rejects(bumpImage(options('file:///nonexistent/config.git', 'shop', '2.0.0', { mode: 'pull-request' })), /batch is for push mode/);
  });
});

describe('manifest-bump batch mode (GitHub Git Data API fake)', () => {
  let api: GitDataFake;
  before(async () => {
    api = await startGitDataFake('ghs_batchToken');
  });
  after(() => api?.stop());

  test('16 concurrent bumps through the API land exactly once each; the queue refs are deleted', async () => {
    const names = services(16);
    const repo = await createConfigRepo(Object.fromEntries(names.map((s) => [`apps/${s}/deployment.yaml`, deployment(s, '1.0.0')])));
    const githubApi = { client: api.client, ...api.add(repo) };
    const results = await Promise.all(names.map((s) => bumpImage(options(`https://github.com/acme/${githubApi.repo}.git`, s, '2.0.0', { githubApi }))));
    await assertLandedOnce(repo, names, results, '2.0.0');
    assert.ok(results.some((r) => r.notes.some((n) => n.startsWith("landed by another run's push"))));
    assert.ok(api.fake.log.some((r) => r.method === 'POST' && r.path.endsWith('/git/refs')));
  });

  test('a queue ref whose delete failed after the landing is recognised in the history and not landed twice', async () => {
    const repo = await createConfigRepo(Object.fromEntries(['shop', 'cart', 'web'].map((s) => [`apps/${s}/deployment.yaml`, deployment(s, '1.0.0')])));
    const githubApi = { client: api.client, ...api.add(repo) };
    const remote = `https://github.com/acme/${githubApi.repo}.git`;
    const queued = await queueByHand(repo, { 'apps/shop/deployment.yaml': deployment('shop', '2.0.0') }, bumpMessage('shop', '2.0.0'));
    api.fake.intercept((req) => (req.method === 'DELETE' ? { status: 500, body: { message: 'try again later' } } : undefined));
    try {
      const cart = await bumpImage(options(remote, 'cart', '2.0.0', { githubApi }));
      assert.equal(cart.result, 'pushed', 'the landing stands although the queue ref could not be deleted');
      assert.ok(cart.notes.includes('landed in one push with 1 queued bump(s) of other runs'), JSON.stringify(cart.notes));
    } finally {
      api.fake.intercept(undefined);
    }
    assert.deepEqual(await queueRefs(repo), [queued.ref]);
    const web = await bumpImage(options(remote, 'web', '2.0.0', { githubApi }));
    assert.equal(web.result, 'pushed');
    assert.ok(!web.notes.some((n) => n.startsWith('landed in one push')), 'nothing was copied again');
    assert.deepEqual(await queueRefs(repo), [], 'the landed queue ref went with the next landing');
    const shop = (await repo.log()).filter((c) => /^Service: shop$/m.test(c.body));
    assert.equal(shop.length, 1, 'shop was bumped exactly once');
  });
});
