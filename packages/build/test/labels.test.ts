import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { LabelLineError, ociLabels, parseLabelLines } from '../src/labels.js';
import { computeTags, type GitContext } from '../src/tags.js';
import { ctx, HEAD, MERGE, SHA } from './fixtures/git-context.js';

const P = 'org.opencontainers.image.';

const labelsFor = (context: GitContext, meta: Parameters<typeof ociLabels>[2] = {}) =>
  ociLabels(context, computeTags(context, { latest: 'auto', shaLength: 12, extra: [] }), meta);

const cases: { name: string; context?: Partial<GitContext>; meta?: Parameters<typeof ociLabels>[2]; labels: Record<string, string> }[] = [
  {
    name: 'push to main: defaults, created = commit time in whole seconds',
    labels: {
      [`${P}source`]: 'https://github.com/Acme/Service',
      [`${P}revision`]: SHA,
      [`${P}created`]: '2024-05-06T07:08:09Z',
      [`${P}version`]: 'main',
      [`${P}title`]: 'Service',
    },
  },
  {
    name: 'uppercase owner keeps its case in source and title',
    context: { repository: 'BigCorp/API-Gateway' },
    labels: {
      [`${P}source`]: 'https://github.com/BigCorp/API-Gateway',
      [`${P}revision`]: SHA,
      [`${P}created`]: '2024-05-06T07:08:09Z',
      [`${P}version`]: 'main',
      [`${P}title`]: 'API-Gateway',
    },
  },
  {
    name: 'pull_request: revision is the PR head, not the merge commit',
    context: {
      eventName: 'pull_request',
      ref: 'refs/pull/12/merge',
      sha: MERGE,
      pullRequest: { number: 12, headSha: HEAD, headRef: 'feature/x', baseRef: 'main' },
    },
    labels: {
      [`${P}source`]: 'https://github.com/Acme/Service',
      [`${P}revision`]: HEAD,
      [`${P}created`]: '2024-05-06T07:08:09Z',
      [`${P}version`]: 'pr-12',
      [`${P}title`]: 'Service',
    },
  },
  {
    name: 'semver tag, GHES server URL with a trailing slash, all meta given',
    context: { ref: 'refs/tags/v1.2.3', serverUrl: 'https://ghe.example.com/' },
    meta: { title: 'Service API', description: 'The API', licenses: 'Apache-2.0', url: 'https://service.example.com' },
    labels: {
      [`${P}source`]: 'https://ghe.example.com/Acme/Service',
      [`${P}revision`]: SHA,
      [`${P}created`]: '2024-05-06T07:08:09Z',
      [`${P}version`]: '1.2.3',
      [`${P}title`]: 'Service API',
      [`${P}description`]: 'The API',
      [`${P}licenses`]: 'Apache-2.0',
      [`${P}url`]: 'https://service.example.com',
    },
  },
  {
    name: 'empty and blank meta (unset action inputs) are omitted; empty title falls back to the repo name',
    meta: { title: '', description: '  ', licenses: '', url: '' },
    labels: {
      [`${P}source`]: 'https://github.com/Acme/Service',
      [`${P}revision`]: SHA,
      [`${P}created`]: '2024-05-06T07:08:09Z',
      [`${P}version`]: 'main',
      [`${P}title`]: 'Service',
    },
  },
];
for (const c of cases) {
  test(`ociLabels: ${c.name}`, () => {
    const labels = labelsFor(ctx(c.context), c.meta);
    assert.deepEqual(labels, c.labels);
    assert.deepEqual(Object.keys(labels), Object.keys(c.labels), 'stable key order');
  });
}

test('ociLabels: created does not depend on the build time', async () => {
  const first = labelsFor(ctx());
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepEqual(labelsFor(ctx()), first);
});

const goodLines: { name: string; lines: string[]; labels: Record<string, string> }[] = [
  { name: 'no lines', lines: [], labels: {} },
  { name: 'key=value', lines: ['com.example.team=payments'], labels: { 'com.example.team': 'payments' } },
  { name: 'value with = and spaces, trimmed', lines: ['  a.b = x=y z  '], labels: { 'a.b': 'x=y z' } },
  { name: 'empty value', lines: ['a='], labels: { a: '' } },
  { name: 'blank lines and comments skipped', lines: ['', '# comment', 'a=1', '   '], labels: { a: '1' } },
  { name: 'one multi-line string (CRLF)', lines: ['a=1\r\nb=2\n'], labels: { a: '1', b: '2' } },
  { name: 'overriding an OCI label', lines: [`${P}title=Custom`], labels: { [`${P}title`]: 'Custom' } },
];
for (const c of goodLines) {
  test(`parseLabelLines: ${c.name}`, () => assert.deepEqual(parseLabelLines(c.lines), c.labels));
}

const badLines: { name: string; lines: string[]; error: RegExp; lineNumber: number }[] = [
  { name: 'a line without =', lines: ['a=1', 'just-a-key'], error: /labels line 2 "just-a-key" is not key=value/, lineNumber: 2 },
  { name: 'an empty key', lines: ['=value'], error: /labels line 1 "=value" has an empty key/, lineNumber: 1 },
  { name: 'a key with whitespace', lines: ['my key=v'], error: /labels line 1 "my key=v": key "my key" contains whitespace/, lineNumber: 1 },
  { name: 'a key given twice', lines: ['a=1', '', 'a=2'], error: /labels line 3 "a=2": key "a" was already set on line 1/, lineNumber: 3 },
];
for (const c of badLines) {
  test(`parseLabelLines rejects ${c.name}`, () => {
    assert.throws(
      () => parseLabelLines(c.lines),
      (error: unknown) =>
        error instanceof LabelLineError &&
        error instanceof ActionError &&
        c.error.test(error.message) &&
        error.lineNumber === c.lineNumber &&
        /; write one key=value label per line$/.test(error.message),
    );
  });
}
