import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { type BumpOptions, type BumpResult, bumpImage } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo, git } from '../../../../test/helpers/git-remote.js';

const REGISTRY = 'registry.example.com/acme';
const digestOf = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;

/** A Deployment whose image line is the only thing a bump may change; the comments and quoting must survive. */
function deployment(service: string, ref: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}   # keep this comment`,
    `  labels: {app: "${service}", tier: backend}`,
    'spec:',
    '  replicas: 2',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          # pinned by service-pipeline',
    `          image: ${ref}`,
    '          args: ["--port", "8080"]',
    '',
  ].join('\n');
}

function options(repo: ConfigRepo, service: string, tag: string, extra: Partial<BumpOptions> = {}): BumpOptions {
  return {
    remote: repo.url,
    image: { name: `${REGISTRY}/${service}`, tag },
    targets: [{ file: `apps/${service}/deployment.yaml`, kind: 'manifest' }],
    pin: 'tag',
    environment: 'prod',
    service,
    author: { name: 'Bump Bot', email: 'bot@example.com' },
    mode: 'push',
    maxAttempts: 5,
    ...extra,
  };
}

async function failure(promise: Promise<BumpResult>): Promise<ActionError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ActionError, `expected an ActionError, got ${String(error)}`);
    return error;
  }
  assert.fail('the bump succeeded');
}

describe('bumpImage (real git, local bare remote)', () => {
  const repos: ConfigRepo[] = [];
  const config = async (services: string[], extra: Record<string, string | { symlink: string }> = {}): Promise<ConfigRepo> => {
    const files: Record<string, string | { symlink: string }> = { ...extra };
    for (const s of services) files[`apps/${s}/deployment.yaml`] = deployment(s, `${REGISTRY}/${s}:1.0.0`);
    const repo = await createConfigRepo(files);
    repos.push(repo);
    return repo;
  };
  after(async () => {
    for (const repo of repos) await repo.remove();
  });

  test('edits only the image, commits with trailers and pushes to the default branch', async () => {
    const repo = await config(['shop', 'cart']);
    const result = await bumpImage(
      options(repo, 'shop', '1.1.0', {
        image: { name: `${REGISTRY}/shop`, tag: '1.1.0', digest: digestOf(7) },
        pin: 'tag+digest',
        created: '2026-03-01T10:00:00Z',
        source: { repository: 'acme/shop', commit: 'c0ffee', runUrl: 'https://github.com/acme/shop/actions/runs/42' },
        commitMessage: 'deploy({environment}): {service} {old} -> {new}\n\nbuilt from {source-repository}@{source-commit}',
      }),
    );
    assert.equal(result.result, 'pushed');
    assert.equal(result.attempts, 1);
    assert.equal(result.branch, 'main');
    assert.equal(result.commitSha, await repo.head());
    const newRef = `${REGISTRY}/shop:1.1.0@${digestOf(7)}`;
    assert.equal(await repo.read('apps/shop/deployment.yaml'), deployment('shop', newRef));
    assert.equal(await repo.read('apps/cart/deployment.yaml'), deployment('cart', `${REGISTRY}/cart:1.0.0`));
    assert.deepEqual(
      result.changes.map((c) => [c.file, c.line, c.old, c.new]),
      [['apps/shop/deployment.yaml', 13, `${REGISTRY}/shop:1.0.0`, newRef]],
    );
    assert.match(result.diff, /^-\s+image: registry\.example\.com\/acme\/shop:1\.0\.0$/m);
    assert.match(result.diff, /^\+\s+image: .*shop:1\.1\.0@sha256:0+7$/m);

    const [commit] = await repo.log();
    assert.equal(commit!.subject, `deploy(prod): shop ${REGISTRY}/shop:1.0.0 -> 1.1.0@${digestOf(7).slice(0, 19)}`);
    for (const line of [
      'built from acme/shop@c0ffee',
      `Image: ${REGISTRY}/shop`,
      'Image-Tag: 1.1.0',
      `Image-Digest: ${digestOf(7)}`,
      'Image-Created: 2026-03-01T10:00:00Z',
      'Environment: prod',
      'Service: shop',
      'Source-Commit: c0ffee',
      'Run-URL: https://github.com/acme/shop/actions/runs/42',
    ]) {
      assert.ok(commit!.body.split('\n').includes(line), `commit body has "${line}":\n${commit!.body}`);
    }
  });

  test('20 concurrent bumps of 20 services all land, each exactly once', async () => {
    const services = Array.from({ length: 20 }, (_, i) => `svc${String(i).padStart(2, '0')}`);
    const repo = await config(services);
    const results = await Promise.all(services.map((s) => bumpImage(options(repo, s, '2.0.0', { maxAttempts: 40 }))));
    assert.deepEqual(
      results.map((r) => r.result),
      services.map(() => 'pushed'),
    );
    assert.ok(
      results.some((r) => r.attempts > 1),
      'concurrent pushes were rejected and retried',
    );

    for (const s of services) assert.equal(await repo.read(`apps/${s}/deployment.yaml`), deployment(s, `${REGISTRY}/${s}:2.0.0`));
    const log = await repo.log();
    assert.equal(log.length, 21, 'the initial commit plus one commit per service');
    const bumped = log.flatMap((c) =>
      c.body
        .split('\n')
        .filter((l) => l.startsWith('Service: '))
        .map((l) => l.slice('Service: '.length)),
    );
    assert.deepEqual(bumped.sort(), services);
    assert.deepEqual(new Set(results.map((r) => r.commitSha)).size, 20);
    // The commits' objects were written in-process: git itself must find them well-formed.
    await git(repo.bare, ['fsck', '--strict', '--no-dangling']);
    for (const r of results)
      assert.ok(
        log.some((c) => c.sha === r.commitSha),
        `${r.commitSha} is in the history`,
      );
  });

  test('an older run started after a newer one landed changes nothing; the same image is a no-op', async () => {
    const repo = await config(['shop']);
    const newer = await bumpImage(options(repo, 'shop', 'sha-bbb', { created: '2026-03-02T00:00:00Z' }));
    assert.equal(newer.result, 'pushed');
    const head = await repo.head();

    const older = await bumpImage(options(repo, 'shop', 'sha-aaa', { created: '2026-03-01T00:00:00Z' }));
    assert.equal(older.result, 'skipped');
    assert.match(older.reason!, /newer image of registry\.example\.com\/acme\/shop \(sha-bbb\) already landed on main/);
    assert.deepEqual(older.changes, []);
    assert.equal(older.commitSha, undefined);

    const again = await bumpImage(options(repo, 'shop', 'sha-bbb', { created: '2026-03-02T00:00:00Z' }));
    assert.equal(again.result, 'noop');
    assert.equal(await repo.head(), head, 'nothing was pushed');
    assert.equal(await repo.read('apps/shop/deployment.yaml'), deployment('shop', `${REGISTRY}/shop:sha-bbb`));
  });

  test('without build times, semantic-version tags order the bumps', async () => {
    const repo = await config(['shop']);
    assert.equal((await bumpImage(options(repo, 'shop', 'v1.10.0'))).result, 'pushed');
    assert.equal((await bumpImage(options(repo, 'shop', 'v1.9.9'))).result, 'skipped');
    assert.equal((await bumpImage(options(repo, 'shop', 'v1.10.1'))).result, 'pushed');
  });

  test('a tag that is no version and no build time: it lands, and the notes say the order could not be checked', async () => {
    const repo = await config(['shop']);
    const first = await bumpImage(options(repo, 'shop', 'sha-aaa'));
    assert.equal(first.result, 'pushed');
    assert.ok(
      first.notes.some((n) =>
        /later runs cannot be ordered against registry\.example\.com\/acme\/shop sha-aaa: it has no image-created and its tag is not a semantic version; pass image-created/.test(
          n,
        ),
      ),
      JSON.stringify(first.notes),
    );
    const second = await bumpImage(options(repo, 'shop', 'sha-bbb'));
    assert.equal(second.result, 'pushed');
    assert.ok(
      second.notes.some((n) => /the order of registry\.example\.com\/acme\/shop sha-bbb against sha-aaa, which landed on main, could not be checked/.test(n)),
      JSON.stringify(second.notes),
    );
    const fresh = await config(['shop']);
    const timed = await bumpImage(options(fresh, 'shop', 'sha-ccc', { created: '2026-06-01T00:00:00Z' }));
    assert.deepEqual(
      timed.notes.filter((n) => /order/.test(n)),
      [],
      'with a build time nothing needs saying',
    );
  });

  test('finds the last bump beyond a shallow history-depth by deepening once', async () => {
    const repo = await config(['shop']);
    await bumpImage(options(repo, 'shop', 'v2.0.0'));
    for (let i = 0; i < 4; i++) await repo.commit({ [`notes/${i}.txt`]: `${i}\n` }, `unrelated ${i}`);
    const late = await bumpImage(options(repo, 'shop', 'v1.5.0', { historyDepth: 2 }));
    assert.equal(late.result, 'skipped');
  });

  test('expected-current makes the bump a compare-and-swap', async () => {
    const repo = await config(['shop']);
    const head = await repo.head();
    const stale = await bumpImage(options(repo, 'shop', '3.0.0', { expectedCurrent: '0.9.0' }));
    assert.equal(stale.result, 'skipped');
    assert.match(stale.reason!, /apps\/shop\/deployment\.yaml:13 holds .*shop:1\.0\.0, not the expected-current 0\.9\.0/);
    assert.equal(await repo.head(), head);
    assert.equal((await bumpImage(options(repo, 'shop', '3.0.0', { expectedCurrent: '1.0.0' }))).result, 'pushed');
  });

  test('dry-run reports the diff and pushes nothing', async () => {
    const repo = await config(['shop']);
    const head = await repo.head();
    const result = await bumpImage(options(repo, 'shop', '1.2.0', { dryRun: true }));
    assert.equal(result.result, 'dry-run');
    assert.match(result.diff, /\+\s+image: .*shop:1\.2\.0/);
    assert.equal(await repo.head(), head);
  });

  test('rejected pushes re-apply the edit, not the file: concurrent bumps of one shared file all survive', async () => {
    const services = Array.from({ length: 8 }, (_, i) => `api${i}`);
    const shared = services.map((s) => deployment(s, `${REGISTRY}/${s}:1.0.0`)).join('---\n');
    const repo = await createConfigRepo({ 'apps/all.yaml': shared });
    repos.push(repo);
    const results = await Promise.all(
      services.map((s) => bumpImage(options(repo, s, '1.1.0', { targets: [{ file: 'apps/all.yaml', kind: 'manifest' }], maxAttempts: 30 }))),
    );
    assert.deepEqual(
      results.map((r) => r.result),
      services.map(() => 'pushed'),
    );
    assert.equal(await repo.read('apps/all.yaml'), services.map((s) => deployment(s, `${REGISTRY}/${s}:1.1.0`)).join('---\n'));
    assert.equal((await repo.log()).length, services.length + 1);
  });

  test('a manual change to the same file survives the next bump', async () => {
    const repo = await config(['shop']);
    const manual = deployment('shop', `${REGISTRY}/shop:1.0.0`).replace('replicas: 2', 'replicas: 5');
    await repo.commit({ 'apps/shop/deployment.yaml': manual }, 'scale up');
    assert.equal((await bumpImage(options(repo, 'shop', '1.4.0'))).result, 'pushed');
    assert.equal(await repo.read('apps/shop/deployment.yaml'), manual.replace('shop:1.0.0', 'shop:1.4.0'));
  });

  describe('a failed bump commits and pushes nothing', () => {
    let repo: ConfigRepo;
    let head: string;
    before(async () => {
      repo = await config(['shop'], {
        'apps/broken/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: [unclosed\n',
        'apps/escape/deployment.yaml': { symlink: '../../../outside.yaml' },
        'apps/absolute/deployment.yaml': { symlink: '/etc/hostname' },
      });
      head = await repo.head();
    });
    after(async () => assert.equal(await repo.head(), head, 'the branch did not move'));

    test('malformed YAML names file:line', async () => {
      const error = await failure(
        bumpImage(
          options(repo, 'shop', '9.0.0', {
            targets: [
              { file: 'apps/shop/deployment.yaml', kind: 'auto' },
              { file: 'apps/broken/deployment.yaml', kind: 'auto' },
            ],
          }),
        ),
      );
      assert.match(error.message, /apps\/broken\/deployment\.yaml:\d+/);
    });
    test('a target file that does not exist', async () => {
      const error = await failure(bumpImage(options(repo, 'shop', '9.0.0', { targets: [{ file: 'apps/nope/deployment.yaml', kind: 'auto' }] })));
      assert.match(error.message, /target file "apps\/nope\/deployment\.yaml" does not exist/);
    });
    test('an image name that matches nothing', async () => {
      const error = await failure(bumpImage(options(repo, 'shop', '9.0.0', { image: { name: `${REGISTRY}/other`, tag: '9.0.0' } })));
      assert.match(error.message, /apps\/shop\/deployment\.yaml.*registry\.example\.com\/acme\/other/);
    });
    test('symlinks that escape the checkout (dangling or to an existing file)', async () => {
      for (const file of ['apps/escape/deployment.yaml', 'apps/absolute/deployment.yaml']) {
        const error = await failure(
          bumpImage(
            options(repo, 'shop', '9.0.0', {
              targets: [
                { file: 'apps/shop/deployment.yaml', kind: 'auto' },
                { file, kind: 'auto' },
              ],
            }),
          ),
        );
        assert.match(error.message, new RegExp(`"${file}" is a symlink that resolves outside the config repository`));
      }
    });
    test('".." and absolute paths are refused before anything is fetched', async () => {
      for (const file of ['../outside.yaml', '/etc/passwd']) {
        const error = await failure(
          bumpImage({ ...options(repo, 'shop', '9.0.0', { targets: [{ file, kind: 'auto' }] }), remote: 'file:///nonexistent/repo.git' }),
        );
        assert.match(error.message, /contains "\.\."|is absolute/);
      }
    });
    test('a branch that does not exist', async () => {
      const error = await failure(bumpImage(options(repo, 'shop', '9.0.0', { branch: 'nope' })));
      assert.match(error.message, /branch "nope" does not exist/);
    });
  });
});
