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
