import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { bumpImage, type PromoteOptions, promoteImages, pullRequestBranch, readBumpRecords } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo } from '../../../../test/helpers/git-remote.js';
import { type GitHubFake, startGitHubFake } from '../../../../test/helpers/github-fake.js';
import { servePulls } from '../../../../test/helpers/github-pulls.js';

const REGISTRY = 'ghcr.io/acme';
const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
const kustomization = (images: Record<string, [string, string?]>): string =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources: [../base]',
    'images:',
    ...Object.entries(images).flatMap(([s, [tag, digest]]) => [
      `  - name: ${REGISTRY}/${s}`,
      `    newTag: "${tag}"`,
      ...(digest ? [`    digest: "${digest}"`] : []),
    ]),
    '',
  ].join('\n');
const STAGING = 'apps/staging/kustomization.yaml';
const PROD = 'apps/prod/kustomization.yaml';
const author = { name: 'Bump Bot', email: 'bot@example.com' };

describe('promotion: the image references one environment runs, copied into another', () => {
  let root: string;
  let github: GitHubFake;
  const repos: ConfigRepo[] = [];
  let count = 0;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-promote-'));
    github = await startGitHubFake({ tokens: ['ghs_t'] });
  });
  after(async () => {
    await github?.stop();
    await rm(root, { recursive: true, force: true });
  });

  /** Staging got shop and cart by bumps (so their build times are in the history); prod runs older ones. */
  const config = async (): Promise<{ repo: ConfigRepo; name: string }> => {
    const name = `config${count++}`;
    const repo = await createConfigRepo(
      { [STAGING]: kustomization({ shop: ['1.0.0'], cart: ['1.0.0'] }), [PROD]: kustomization({ shop: ['1.0.0'], cart: ['1.0.0'] }) },
      { root, name: `acme/${name}` },
    );
    repos.push(repo);
    for (const [service, tag, digest, created] of [
      ['shop', '1.2.0', D(1), '2026-06-02T00:00:00Z'],
      ['cart', '1.1.0', D(2), '2026-06-01T00:00:00Z'],
    ] as const) {
      const result = await bumpImage({
        remote: repo.url,
        image: { name: `${REGISTRY}/${service}`, tag, digest },
        service,
        created,
        source: { repository: `acme/${service}`, commit: 'c0ffee' },
        targets: [{ file: STAGING, kind: 'kustomize' }],
        pin: 'tag+digest',
        environment: 'staging',
        author,
        mode: 'push',
        maxAttempts: 3,
      });
      assert.equal(result.result, 'pushed');
    }
    return { repo, name };
  };
  const options = (repo: ConfigRepo, images: string[], extra: Partial<PromoteOptions> = {}): PromoteOptions => ({
    remote: repo.url,
    images: images.map((s) => ({ name: `${REGISTRY}/${s}` })),
    from: { environment: 'staging', targets: [{ file: STAGING, kind: 'kustomize' }] },
    environment: 'prod',
    targets: [{ file: PROD, kind: 'kustomize' }],
    author,
    mode: 'push',
    maxAttempts: 3,
    ...extra,
  });

  test('copies tag and digest, with the build time and source of the bump that brought them to staging', async () => {
    const { repo } = await config();
    const result = await promoteImages(options(repo, ['shop']));
    assert.equal(result.result, 'pushed');
    assert.equal(await repo.read(PROD), kustomization({ shop: ['1.2.0', D(1)], cart: ['1.0.0'] }));
    const [commit] = await repo.log();
    assert.equal(commit!.subject, `Promote shop from staging to prod: 1.2.0@${D(1).slice(0, 19)}`);
    assert.deepEqual(readBumpRecords(`${commit!.subject}\n\n${commit!.body}`), [
      {
        image: `${REGISTRY}/shop`,
        tag: '1.2.0',
        digest: D(1),
        created: '2026-06-02T00:00:00Z',
        environment: 'prod',
        service: 'shop',
        sourceRepository: 'acme/shop',
        sourceCommit: 'c0ffee',
      },
    ]);
    // Prod's own guard now orders later bumps and promotions against it.
    const late = await bumpImage({
      remote: repo.url,
      image: { name: `${REGISTRY}/shop`, tag: '1.1.5', digest: D(3) },
      service: 'shop',
      created: '2026-06-01T12:00:00Z',
      targets: [{ file: PROD, kind: 'kustomize' }],
      pin: 'tag+digest',
      environment: 'prod',
      author,
      mode: 'push',
      maxAttempts: 3,
    });
    assert.equal(late.result, 'skipped');
  });

  test('several images in one pull request, the building block of a staging -> production release', async () => {
    const { repo, name } = await config();
    const pulls = servePulls(github, 'acme', name);
    const base = await repo.head();
    const result = await promoteImages(
      options(repo, ['shop', 'cart'], {
        mode: 'pull-request',
        pullRequest: { client: await githubClient({ token: 'ghs_t', baseUrl: github.url }), owner: 'acme', repo: name, labels: ['release'], reviewers: [] },
      }),
    );
    assert.equal(result.result, 'pr-opened');
    assert.equal(result.branch, pullRequestBranch('prod', 'promotion-from-staging'));
    assert.equal(await repo.head(), base);
    assert.equal(await repo.read(PROD, result.branch), kustomization({ shop: ['1.2.0', D(1)], cart: ['1.1.0', D(2)] }));
    assert.deepEqual(
      result.images.map((i) => [i.service, i.result]),
      [
        ['shop', 'changed'],
        ['cart', 'changed'],
      ],
    );
    assert.equal(pulls.pulls.length, 1);
    assert.match(pulls.pulls[0]!.title, /^Promote shop, cart from staging to prod: shop 1\.2\.0@sha256:1{12}, cart 1\.1\.0@sha256:2{12}$/);
    // Promoting again is a no-op: the pull request already carries it.
    const again = await promoteImages(
      options(repo, ['shop', 'cart'], {
        mode: 'pull-request',
        pullRequest: { client: await githubClient({ token: 'ghs_t', baseUrl: github.url }), owner: 'acme', repo: name, labels: [], reviewers: [] },
      }),
    );
    assert.equal(again.result, 'noop');
  });

  test('an image the source environment does not run, or runs in two versions, is refused before anything is written', async () => {
    const { repo } = await config();
    const head = await repo.head();
    await assert.rejects(
      promoteImages(options(repo, ['billing'])),
      (e: unknown) => e instanceof ActionError && /staging does not run ghcr\.io\/acme\/billing/.test(e.message),
    );
    await repo.commit({ 'apps/staging/extra.yaml': kustomization({ shop: ['0.9.0'] }) }, 'second file');
    const head2 = await repo.head();
    await assert.rejects(
      promoteImages(
        options(repo, ['shop'], {
          from: {
            environment: 'staging',
            targets: [
              { file: STAGING, kind: 'kustomize' },
              { file: 'apps/staging/extra.yaml', kind: 'kustomize' },
            ],
          },
        }),
      ),
      (e: unknown) => e instanceof ActionError && /files of staging hold different references of ghcr\.io\/acme\/shop \(1\.2\.0, 0\.9\.0/.test(e.message),
    );
    assert.notEqual(head, head2);
    assert.equal(await repo.head(), head2);
  });
});
