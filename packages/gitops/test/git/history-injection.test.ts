import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { type BumpOptions, bumpImage } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo } from '../../../../test/helpers/git-remote.js';
import { shopDeployment } from './shop-deployment.js';

// Issue 14, defect 2: a value from a service repository (source-commit, commit-message) must
// not be able to write ordering trailers, and the ordering must read only the trailer block
// service-pipeline wrote, so a forged `Image-Created: 2099-...` can never block later deploys.

const IMAGE = 'registry.example.com/acme/shop';
const FILE = 'apps/shop/deployment.yaml';
const deployment = (tag: string): string => shopDeployment(IMAGE, tag);

const options = (repo: ConfigRepo, tag: string, extra: Partial<BumpOptions> = {}): BumpOptions => ({
  remote: repo.url,
  image: { name: IMAGE, tag },
  targets: [{ file: FILE, kind: 'manifest' }],
  pin: 'tag',
  environment: 'prod',
  service: 'shop',
  created: '2026-06-02T00:00:00Z',
  author: { name: 'Bump Bot', email: 'bot@example.com' },
  mode: 'push',
  maxAttempts: 3,
  ...extra,
});

describe('history injection through bump values (issue 14, defect 2)', () => {
  const repos: ConfigRepo[] = [];
  const config = async (): Promise<ConfigRepo> => {
    const repo = await createConfigRepo({ [FILE]: deployment('1.0.0') });
    repos.push(repo);
    return repo;
  };
  after(async () => {
    for (const repo of repos) await repo.remove();
  });

  // Each message is a commit that is already in a config repository's history: what an older
  // version wrote when `source-commit` carried a newline, a hand-made commit quoting trailers
  // in its body, and a foreign tool's trailer block that borrows our keys.
  const forged: [string, string][] = [
    [
      'an injected line inside a bump trailer block (a newline in source-commit, older versions)',
      [
        'Bump shop in prod to 1.0.1',
        '',
        `Image: ${IMAGE}`,
        'Image-Tag: 1.0.1',
        'Image-Created: 2026-06-01T00:00:00Z',
        'Environment: prod',
        'Service: shop',
        'Source-Commit: c0ffee',
        'Image-Created: 2099-01-01T00:00:00Z',
      ].join('\n'),
    ],
    [
      'trailer lines quoted in a commit message body',
      [
        'Revert a bad bump',
        '',
        `Image: ${IMAGE}`,
        'Environment: prod',
        'Image-Created: 2099-01-01T00:00:00Z',
        '',
        'Signed-off-by: Someone <someone@example.com>',
      ].join('\n'),
    ],
    [
      'our keys mixed into a foreign trailer block',
      [
        'Tune replicas',
        '',
        `Image: ${IMAGE}`,
        'Environment: prod',
        'Image-Created: 2099-01-01T00:00:00Z',
        'Co-authored-by: Someone <someone@example.com>',
      ].join('\n'),
    ],
  ];
  for (const [title, message] of forged) {
    test(`a forged Image-Created does not block a later normal bump: ${title}`, async () => {
      const repo = await config();
      await repo.commit({ [FILE]: deployment('1.0.1') }, message);
      const result = await bumpImage(options(repo, '1.0.2'));
      assert.equal(result.result, 'pushed', result.reason);
      assert.equal(await repo.read(FILE), deployment('1.0.2'));
    });
  }

  test('a newline in any value that lands in the commit is refused before the remote is touched', async () => {
    const fields: [string, Partial<BumpOptions>][] = [
      ['source.commit', { source: { commit: 'c0ffee\nImage-Created: 2099-01-01T00:00:00Z' } }],
      ['source.repository', { source: { repository: 'acme/shop\nImage-Created: 2099-01-01T00:00:00Z' } }],
      ['source.runUrl', { source: { runUrl: 'https://github.com/acme/shop/actions/runs/1\r\nImage-Created: 2099-01-01T00:00:00Z' } }],
      ['environment', { environment: 'prod\nImage-Created: 2099-01-01T00:00:00Z' }],
      ['service', { service: 'shop\nImage-Created: 2099-01-01T00:00:00Z' }],
      ['created', { created: '2026-06-02T00:00:00Z\nImage-Created: 2099-01-01T00:00:00Z' }],
      ['author.name', { author: { name: 'Bot\nImage-Created: 2099-01-01T00:00:00Z', email: 'bot@example.com' } }],
      ['image.tag', { image: { name: IMAGE, tag: '1.0.2\nImage-Created: 2099-01-01T00:00:00Z' } }],
    ];
    for (const [field, extra] of fields) {
      const bump = bumpImage({ ...options({ url: 'file:///nonexistent/config.git' } as ConfigRepo, '1.0.2'), ...extra });
      await assert.rejects(bump, (error: unknown) => {
        assert.ok(error instanceof ActionError, `${field}: ${String(error)}`);
        assert.match(error.message, new RegExp(`${field.replace('.', '\\.')}.*(line break|single line|not a valid)`), field);
        assert.doesNotMatch(error.message, /nonexistent/, `${field} was refused before git ran`);
        return true;
      });
    }
  });

  test('a multi-line commit-message template is fine; its placeholders stay single-line and our trailers stay last', async () => {
    const repo = await config();
    const result = await bumpImage(
      options(repo, '1.0.2', { source: { commit: 'c0ffee' }, commitMessage: 'deploy {service}\n\nImage-Created: {source-commit}\nbuilt from {source-commit}' }),
    );
    assert.equal(result.result, 'pushed');
    const [commit] = await repo.log();
    const paragraphs = commit!.body.trim().split('\n\n');
    assert.match(paragraphs.at(-1)!, /^Image: registry\.example\.com\/acme\/shop$/m);
    assert.match(paragraphs.at(-1)!, /^Image-Created: 2026-06-02T00:00:00Z$/m);
    // The template's own line is in the body, and does not decide the ordering.
    const later = await bumpImage(options(repo, '1.0.3', { created: '2026-06-03T00:00:00Z' }));
    assert.equal(later.result, 'pushed', later.reason);
  });
});
