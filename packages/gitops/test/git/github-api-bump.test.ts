import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { GitHubClient } from '@service-pipeline/action-kit/github';
import { type BumpOptions, bumpImage } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo } from '../../../../test/helpers/git-remote.js';
import type { GitHubFake } from '../../../../test/helpers/github-fake.js';
import { type GitDataFake, startGitDataFake } from '../../../../test/helpers/github-git-data.js';

const TOKEN = 'ghs_gitDataToken';
const IMAGE = 'ghcr.io/acme';
const deployment = (service: string, tag: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}  # keep`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: "${IMAGE}/${service}:${tag}"`,
    '',
  ].join('\n');

describe('bumpImage through the GitHub Git Data API (fake backed by a real bare repository)', () => {
  let api: GitDataFake;
  let fake: GitHubFake;
  let client: GitHubClient;

  before(async () => {
    api = await startGitDataFake(TOKEN);
    ({ fake, client } = api);
  });
  after(() => api?.stop());

  const config = async (services: string[]): Promise<{ repo: ConfigRepo; name: string }> => {
    const repo = await createConfigRepo(Object.fromEntries(services.map((s) => [`apps/${s}/deployment.yaml`, deployment(s, '1.0.0')])));
    return { repo, name: api.add(repo).repo };
  };
  const options = (name: string, service: string, tag: string, extra: Partial<BumpOptions> = {}): BumpOptions => ({
    remote: `https://github.com/acme/${name}.git`,
    githubApi: { client, owner: 'acme', repo: name },
    image: { name: `${IMAGE}/${service}`, tag },
    targets: [{ file: `apps/${service}/deployment.yaml`, kind: 'manifest' }],
    pin: 'tag',
    environment: 'prod',
    service,
    author: { name: 'Bump Bot', email: 'bot@example.com' },
    mode: 'push',
    maxAttempts: 40,
    ...extra,
  });

  test('blob, tree, commit and a non-forced ref update: the same commit git would make', async () => {
    const { repo, name } = await config(['shop', 'cart']);
    const before = fake.log.length;
    const result = await bumpImage(options(name, 'shop', '1.1.0', { created: '2026-05-01T00:00:00Z', source: { commit: 'c0ffee' } }));
    assert.equal(result.result, 'pushed');
    assert.equal(result.commitSha, await repo.head());
    assert.equal(await repo.read('apps/shop/deployment.yaml'), deployment('shop', '1.1.0'));
    assert.equal(await repo.read('apps/cart/deployment.yaml'), deployment('cart', '1.0.0'));
    assert.match(result.diff, /^-\s+image: "ghcr\.io\/acme\/shop:1\.0\.0"\n\+\s+image: "ghcr\.io\/acme\/shop:1\.1\.0"$/m);
    const [commit] = await repo.log();
    assert.match(
      commit!.body,
      /^Image: ghcr\.io\/acme\/shop\nImage-Tag: 1\.1\.0\nImage-Created: 2026-05-01T00:00:00Z\nEnvironment: prod\nService: shop\nSource-Commit: c0ffee$/m,
    );
    const calls = fake.log.slice(before).map((l) => `${l.method} ${l.path.replace(/[0-9a-f]{40}/g, '<sha>')}`);
    for (const call of [
      `POST /repos/acme/${name}/git/blobs`,
      `POST /repos/acme/${name}/git/trees`,
      `POST /repos/acme/${name}/git/commits`,
      `PATCH /repos/acme/${name}/git/refs/heads%2Fmain`,
    ]) {
      assert.ok(calls.includes(call), `${call} in\n${calls.join('\n')}`);
    }
  });

  test('an older image after a newer one landed is skipped, read from the commits list', async () => {
    const { repo, name } = await config(['shop']);
    assert.equal((await bumpImage(options(name, 'shop', 'v2.0.0'))).result, 'pushed');
    const head = await repo.head();
    const late = await bumpImage(options(name, 'shop', 'v1.9.0'));
    assert.equal(late.result, 'skipped');
    assert.equal(await repo.head(), head);
  });

  test('10 concurrent bumps of 10 services land exactly once each: a refused fast-forward re-applies the edit', async () => {
    const services = Array.from({ length: 10 }, (_, i) => `svc${i}`);
    const { repo, name } = await config(services);
    const results = await Promise.all(services.map((s) => bumpImage(options(name, s, '2.0.0'))));
    assert.deepEqual(
      results.map((r) => r.result),
      services.map(() => 'pushed'),
    );
    assert.ok(
      results.some((r) => r.attempts > 1),
      'some updates were refused and retried',
    );
    const log = await repo.log();
    assert.equal(log.length, services.length + 1);
    for (const s of services) assert.equal(await repo.read(`apps/${s}/deployment.yaml`), deployment(s, '2.0.0'));
    assert.ok(
      fake.log.some((l) => l.method === 'PATCH' && l.status === 422),
      'GitHub refused a non-fast-forward update',
    );
  });
});
