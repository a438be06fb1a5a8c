import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFixture } from './helpers.js';

test('secret masks the value before anything else is printed', () => {
  const result = runFixture('secret.ts', { INPUT_TOKEN: '  s3cr3t-value  ' });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split('\n');
  assert.equal(lines[0], '::add-mask::s3cr3t-value');
  assert.match(result.stdout, /^token has 12 characters$/m);
});

test('a missing required secret fails without masking anything', () => {
  const result = runFixture('secret.ts', {});
  assert.equal(result.status, 1, result.stderr);
  assert.doesNotMatch(result.stdout, /::add-mask::/);
  assert.match(result.stdout, /^::error::secret-demo failed: input "token" is required; pass it from a secret/m);
});

const b64 = (text: string) => Buffer.from(text).toString('base64');
const masks = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));

test('a secret is masked with each of its lines and the forms derived from it, before any other output (issue 14)', () => {
  const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACDx\n-----END OPENSSH PRIVATE KEY-----';
  const result = runFixture('secret-forms.ts', { INPUT_USERNAME: 'ci-bot', INPUT_PASSWORD: 'pa55-w0rd', INPUT_KEY: key });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
  assert.equal(lines[firstOther], 'read 9 and 109 characters');
  assert.equal(firstOther, lines.length - 1, 'every mask comes first');
  const masked = masks(result.stdout);
  for (const form of ['pa55-w0rd', b64('pa55-w0rd'), b64('ci-bot:pa55-w0rd'), b64('x-access-token:pa55-w0rd')]) assert.ok(masked.includes(form), form);
  for (const line of key.split('\n')) assert.ok(masked.includes(line), line);
  assert.ok(masked.includes(key.replace(/\n/g, '%0A')), 'the whole key too');
});

test('a bad secret fails after it is masked and is never quoted', () => {
  const result = runFixture('secret-forms.ts', { INPUT_PASSWORD: 'first-line\nsecond-line' });
  assert.equal(result.status, 1, result.stderr);
  assert.ok(masks(result.stdout).includes('first-line') && masks(result.stdout).includes('second-line'));
  const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  assert.deepEqual(errors, [
    '::error::secret-demo failed: input "password" contains a line break; write it on one line: it ends up in a single line of a commit, tag, label or log',
  ]);
});

test('secrets() masks every credential of the step before it checks any: a bad first one leaves no later one unmasked (issue 14)', () => {
  const result = runFixture('secret-forms.ts', { INPUT_PASSWORD: 'bad\u0007password', INPUT_KEY: 'key-line-one\nkey-line-two' });
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  const error = lines.findIndex((l) => l.startsWith('::error::'));
  assert.match(lines[error]!, /input "password" contains the control character U\+0007/);
  const maskedBefore = masks(lines.slice(0, error).join('\n'));
  for (const form of ['key-line-one', 'key-line-two']) assert.ok(maskedBefore.includes(form), form);
});
