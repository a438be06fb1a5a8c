import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { type BumpImagesOptions, bumpImage, bumpImages, readBumpRecords } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo } from '../../../../test/helpers/git-remote.js';

const REGISTRY = 'ghcr.io/acme';
const kustomization = (tags: Record<string, string>): string =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources: [deployment.yaml]',
    'images:',
    ...Object.entries(tags).flatMap(([s, t]) => [`  - name: ${REGISTRY}/${s}`, `    newTag: "${t}"`]),
    '',
  ].join('\n');
const FILE = 'apps/prod/kustomization.yaml';

const options = (repo: ConfigRepo, images: [string, string, string?][], extra: Partial<BumpImagesOptions> = {}): BumpImagesOptions => ({
  remote: repo.url,
  images: images.map(([service, tag, created]) => ({
    image: { name: `${REGISTRY}/${service}`, tag },
    service,
    ...(created ? { created } : {}),
    source: { commit: 'c0ffee' },
  })),
  group: 'release',
  targets: [{ file: FILE, kind: 'kustomize' }],
  pin: 'tag',
  environment: 'prod',
  author: { name: 'Bump Bot', email: 'bot@example.com' },
  mode: 'push',
  maxAttempts: 5,
  ...extra,
});

describe('several images in one commit, each with its own ordering record and guard', () => {
  const repos: ConfigRepo[] = [];
  const config = async (): Promise<ConfigRepo> => {
    const repo = await createConfigRepo({ [FILE]: kustomization({ shop: '1.0.0', cart: '1.0.0', auth: '1.0.0' }) });
    repos.push(repo);
    return repo;
  };
  after(async () => {
    for (const repo of repos) await repo.remove();
  });

  test('one commit, one record per image; later single bumps are ordered against their own record', async () => {
    const repo = await config();
    const result = await bumpImages(
      options(repo, [
        ['shop', '1.1.0', '2026-05-02T00:00:00Z'],
        ['cart', '1.1.0', '2026-05-01T00:00:00Z'],
      ]),
    );
    assert.equal(result.result, 'pushed');
    assert.deepEqual(
      result.images.map((i) => [i.service, i.result]),
      [
        ['shop', 'changed'],
        ['cart', 'changed'],
      ],
    );
    assert.equal(await repo.read(FILE), kustomization({ shop: '1.1.0', cart: '1.1.0', auth: '1.0.0' }));
    const [commit] = await repo.log();
    assert.equal(commit!.subject, 'Bump shop, cart in prod to shop 1.1.0, cart 1.1.0');
    assert.deepEqual(
      readBumpRecords(`${commit!.subject}\n\n${commit!.body}`).map((r) => [r.service, r.tag, r.created]),
      [
        ['shop', '1.1.0', '2026-05-02T00:00:00Z'],
        ['cart', '1.1.0', '2026-05-01T00:00:00Z'],
      ],
    );

    const single = (service: string, tag: string, created: string) =>
      bumpImage({ ...options(repo, []), image: { name: `${REGISTRY}/${service}`, tag }, service, created });
    // Between cart's and shop's build times: older than shop's record, newer than cart's.
    assert.equal((await single('shop', '1.0.9', '2026-05-01T12:00:00Z')).result, 'skipped');
    assert.equal((await single('cart', '1.0.9', '2026-05-01T12:00:00Z')).result, 'pushed');
  });

  test('when one image is older than what landed, none is written', async () => {
    const repo = await config();
    await bumpImage({ ...options(repo, []), image: { name: `${REGISTRY}/cart`, tag: '2.0.0' }, service: 'cart', created: '2026-05-03T00:00:00Z' });
    const head = await repo.head();
    const result = await bumpImages(
      options(repo, [
        ['shop', '1.1.0', '2026-05-02T00:00:00Z'],
        ['cart', '1.1.0', '2026-05-02T00:00:00Z'],
      ]),
    );
    assert.equal(result.result, 'skipped');
    assert.deepEqual(
      result.images.map((i) => [i.service, i.result]),
      [
        ['shop', 'noop'],
        ['cart', 'skipped'],
      ],
    );
    assert.match(result.reason!, /newer image of ghcr\.io\/acme\/cart \(2\.0\.0\) already landed on main.*none was written/);
    assert.equal(await repo.head(), head);
  });

  test('an image already deployed is a no-op inside a bump that changes the others', async () => {
    const repo = await config();
    const result = await bumpImages(
      options(repo, [
        ['shop', '1.0.0'],
        ['auth', '1.2.0'],
      ]),
    );
    assert.equal(result.result, 'pushed');
    assert.deepEqual(
      result.images.map((i) => [i.service, i.result]),
      [
        ['shop', 'noop'],
        ['auth', 'changed'],
      ],
    );
    const [commit] = await repo.log();
    assert.deepEqual(
      readBumpRecords(`${commit!.subject}\n\n${commit!.body}`).map((r) => r.service),
      ['auth'],
      'only the changed image is recorded',
    );
  });

  test('each image has its own expected-current guard', async () => {
    const repo = await config();
    const head = await repo.head();
    const opts = options(repo, [
      ['shop', '1.1.0'],
      ['cart', '1.1.0'],
    ]);
    opts.images[1]!.expectedCurrent = '0.9.0';
    const result = await bumpImages(opts);
    assert.equal(result.result, 'skipped');
    assert.match(result.images[1]!.reason!, /kustomization\.yaml:\d+ holds 1\.0\.0, not the expected-current 0\.9\.0/);
    assert.equal(await repo.head(), head);
    opts.images[1]!.expectedCurrent = '1.0.0';
    assert.equal((await bumpImages(opts)).result, 'pushed');
  });

  test('a forged record for one image in an earlier commit blocks neither image', async () => {
    const repo = await config();
    const forged = [
      'Release',
      '',
      `Image: ${REGISTRY}/shop`,
      'Image-Tag: 1.0.0',
      'Environment: prod',
      'Service: shop',
      `Image: ${REGISTRY}/cart`,
      'Image-Tag: 1.0.0',
      'Environment: prod',
      'Service: cart',
      'Source-Commit: x',
      'Image-Created: 2099-01-01T00:00:00Z',
    ].join('\n');
    await repo.commit({ 'notes.txt': 'x\n' }, forged);
    const result = await bumpImages(
      options(repo, [
        ['shop', '1.1.0', '2026-05-02T00:00:00Z'],
        ['cart', '1.1.0', '2026-05-02T00:00:00Z'],
      ]),
    );
    assert.equal(result.result, 'pushed', result.reason);
  });

  test('values are checked per image, before the remote is touched, naming the image', async () => {
    const repo = { url: 'file:///nonexistent/config.git' } as ConfigRepo;
    const opts = options(repo, [
      ['shop', '1.1.0'],
      ['cart', '1.1.0'],
    ]);
    opts.images[1]!.source = { commit: 'c0ffee\nImage-Created: 2099-01-01T00:00:00Z' };
    await assert.rejects(bumpImages(opts), (e: unknown) => e instanceof ActionError && /images\[1\]\.source\.commit contains a line break/.test(e.message));
    const twice = options(repo, [
      ['shop', '1.1.0'],
      ['shop', '1.2.0'],
    ]);
    await assert.rejects(
      bumpImages(twice),
      (e: unknown) => e instanceof ActionError && /images\[1\]\.image\.name ghcr\.io\/acme\/shop is listed twice/.test(e.message),
    );
  });

  test('an image that no target holds is an error naming it', async () => {
    const repo = await config();
    await assert.rejects(
      bumpImages(
        options(repo, [
          ['shop', '1.1.0'],
          ['billing', '1.1.0'],
        ]),
      ),
      (e: unknown) => e instanceof ActionError && /no target for image ghcr\.io\/acme\/billing/.test(e.message),
    );
  });
});
