import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type BumpRecord,
  bumpTrailers,
  compareBumps,
  compareSemver,
  normaliseRepoPath,
  PathEscapeError,
  readBumpRecords,
  renderCommitMessage,
  unknownPlaceholders,
} from '@service-pipeline/gitops';

const base: BumpRecord = { image: 'ghcr.io/acme/shop', environment: 'prod', service: 'shop' };
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

describe('bump ordering', () => {
  const cases: [string, Partial<BumpRecord>, Partial<BumpRecord>, ReturnType<typeof compareBumps>][] = [
    ['same digest', { tag: '1.0.0', digest: D1 }, { tag: 'other', digest: D1 }, 'same'],
    ['same tag, no digests', { tag: '1.0.0' }, { tag: '1.0.0' }, 'same'],
    ['later build time wins', { digest: D1, created: '2026-01-02T00:00:00Z' }, { digest: D2, created: '2026-01-01T00:00:00Z' }, 'newer'],
    ['earlier build time loses', { digest: D1, created: '2026-01-01T00:00:00Z' }, { digest: D2, created: '2026-01-01T00:00:01Z' }, 'older'],
    ['time zones are compared as instants', { tag: 'a', created: '2026-01-01T01:00:00+02:00' }, { tag: 'b', created: '2026-01-01T00:00:00Z' }, 'older'],
    ['build time outranks versions', { tag: '1.0.0', created: '2026-02-01T00:00:00Z' }, { tag: '2.0.0', created: '2026-01-01T00:00:00Z' }, 'newer'],
    ['semver without build times', { tag: 'v1.10.0' }, { tag: 'v1.9.3' }, 'newer'],
    ['semver older', { tag: '1.2.3' }, { tag: '1.2.4-rc.1' }, 'older'],
    ['non-versions without times cannot be ordered', { tag: 'sha-abc' }, { tag: 'sha-def' }, 'unordered'],
    ['one side without time falls back to semver', { tag: '2.0.0', created: '2026-01-01T00:00:00Z' }, { tag: '1.0.0' }, 'newer'],
  ];
  for (const [name, incoming, landed, expected] of cases) {
    test(name, () => assert.equal(compareBumps({ ...base, ...incoming }, { ...base, ...landed }), expected));
  }

  test('semver precedence follows semver.org', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ];
    for (let i = 1; i < ordered.length; i++) {
      assert.equal(compareSemver(ordered[i], ordered[i - 1]), 1, `${ordered[i]} > ${ordered[i - 1]}`);
      assert.equal(compareSemver(ordered[i - 1], ordered[i]), -1);
    }
    assert.equal(compareSemver('1.0.0+build.1', '1.0.0+build.2'), 0);
    assert.equal(compareSemver('latest', '1.0.0'), undefined);
  });
});

describe('bump trailers', () => {
  test('round-trip through the trailer block git prints', () => {
    const record: BumpRecord = {
      ...base,
      tag: '1.2.3',
      digest: D1,
      created: '2026-01-01T00:00:00Z',
      sourceRepository: 'acme/shop',
      sourceCommit: 'abc123',
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
    };
    const text = bumpTrailers([record]);
    assert.equal(
      text,
      [
        'Image: ghcr.io/acme/shop',
        'Image-Tag: 1.2.3',
        `Image-Digest: ${D1}`,
        'Image-Created: 2026-01-01T00:00:00Z',
        'Environment: prod',
        'Service: shop',
        'Source-Repository: acme/shop',
        'Source-Commit: abc123',
        'Run-URL: https://github.com/acme/shop/actions/runs/1',
      ].join('\n'),
    );
    assert.deepEqual(readBumpRecords(`Bump shop\n\n${text}\n`), [record]);
  });

  test('several records in one block, each starting with Image', () => {
    const records: BumpRecord[] = [
      { ...base, tag: '1.2.3', created: '2026-01-01T00:00:00Z' },
      { image: 'ghcr.io/acme/cart', environment: 'prod', service: 'cart', digest: D2, created: '2026-01-02T00:00:00Z' },
    ];
    assert.deepEqual(readBumpRecords(`Release 1.2.3\n\nbody\n\n${bumpTrailers(records)}\n`), records);
  });

  const notOurs: [string, string][] = [
    ['no subject', `Image: ghcr.io/acme/shop\nImage-Tag: 1\nEnvironment: prod\nService: shop`],
    ['a foreign trailer', 'Bump\n\nSigned-off-by: someone <a@b.c>'],
    ['Image without Environment', 'Bump\n\nImage: ghcr.io/acme/shop\nImage-Tag: 1\nService: shop'],
    [
      'a repeated key',
      'Bump\n\nImage: ghcr.io/acme/shop\nImage-Tag: 1\nEnvironment: prod\nService: shop\nImage-Created: 2026-01-01T00:00:00Z\nImage-Created: 2026-01-02T00:00:00Z',
    ],
    ['keys in another case', 'Bump\n\nimage: ghcr.io/acme/shop\nimage-tag: 1\nenvironment: prod\nservice: shop'],
    ['a key before Image', 'Bump\n\nImage-Tag: 1\nImage: ghcr.io/acme/shop\nEnvironment: prod\nService: shop'],
    ['a folded continuation line', 'Bump\n\nImage: ghcr.io/acme/shop\nImage-Tag: 1\n  2\nEnvironment: prod\nService: shop'],
    ['an invalid digest', `Bump\n\nImage: ghcr.io/acme/shop\nImage-Digest: sha256:xyz\nEnvironment: prod\nService: shop`],
    ['a build time far in the future', 'Bump\n\nImage: ghcr.io/acme/shop\nImage-Tag: 1\nImage-Created: 2099-01-01T00:00:00Z\nEnvironment: prod\nService: shop'],
    ['trailers in the body only', 'Bump\n\nImage: ghcr.io/acme/shop\nImage-Tag: 1\nEnvironment: prod\nService: shop\n\nthanks'],
  ];
  for (const [title, message] of notOurs) test(`not ours: ${title}`, () => assert.deepEqual(readBumpRecords(message), []));

  test('the writer refuses a value that would add a line, naming the field', () => {
    assert.throws(() => bumpTrailers([{ ...base, tag: '1', sourceCommit: 'abc\nImage-Created: 2099-01-01T00:00:00Z' }]), /sourceCommit contains a line break/);
    assert.throws(() => bumpTrailers([{ ...base, tag: '1', created: '2099-01-01T00:00:00Z' }]), /created is more than a day in the future/);
    assert.throws(() => bumpTrailers([{ ...base, tag: '1', environment: 'prod eu' }]), /environment is not a valid name/);
  });
});

describe('commit message template', () => {
  const values = {
    service: 'shop',
    environment: 'prod',
    image: 'ghcr.io/acme/shop',
    old: '1.0.0',
    new: '1.1.0',
    tag: '1.1.0',
    digest: '',
    'source-repository': 'acme/shop',
    'source-commit': 'abc',
    'run-url': '',
  };
  test('fills placeholders and drops lines that only held empty values', () => {
    assert.equal(
      renderCommitMessage('Bump {service} ({environment}) {old} -> {new}\n\nDigest: {digest}\nFrom {source-repository}@{source-commit}\n{run-url}', values),
      'Bump shop (prod) 1.0.0 -> 1.1.0\n\nFrom acme/shop@abc',
    );
  });
  test('reports unknown placeholders', () => {
    assert.deepEqual(unknownPlaceholders('Bump {service} to {version} in {env}'), ['version', 'env']);
    assert.deepEqual(unknownPlaceholders('Bump {service} to {new}'), []);
  });
});

describe('target paths', () => {
  const ok: [string, string][] = [
    ['apps/shop/deployment.yaml', 'apps/shop/deployment.yaml'],
    ['./apps//shop/./values.yaml', 'apps/shop/values.yaml'],
  ];
  for (const [input, expected] of ok) test(`accepts ${input}`, () => assert.equal(normaliseRepoPath(input), expected));
  const bad: [string, RegExp][] = [
    ['../other/deployment.yaml', /contains "\.\."/],
    ['apps/../../etc/passwd', /contains "\.\."/],
    // Docs say paths with ".." are refused: even one that would stay inside.
    ['apps/x/../shop/k.yaml', /contains "\.\."/],
    ['apps/shop/\u0007.yaml', /control character/],
    ['/etc/passwd', /is absolute/],
    ['C:\\config\\a.yaml', /is absolute/],
    ['.git/config', /into \.git/],
    ['.', /repository root/],
  ];
  for (const [input, message] of bad) {
    test(`refuses ${input}`, () =>
      assert.throws(
        () => normaliseRepoPath(input),
        (e: unknown) => e instanceof PathEscapeError && message.test(e.message),
      ));
  }
});
