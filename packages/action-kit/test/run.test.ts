import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFixture } from './helpers.js';

test('run reports an ActionError as "<action> failed: <what>; <fix>" and exits 1', () => {
  const result = runFixture('run.ts', { SCENARIO: 'action-error' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^::error::demo failed: the registry refused the push; check the token$/m);
  assert.match(result.stdout, /^::debug::caused by: Error: HTTP 401/m);
  assert.match(result.stdout, /^run returned$/m);
});

test('run reports any other Error by message and logs its stack at debug level', () => {
  const result = runFixture('run.ts', { SCENARIO: 'error' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^::error::demo failed: socket hang up$/m);
  assert.match(result.stdout, /^::debug::Error: socket hang up%0A {4}at /m);
  assert.match(result.stdout, /^run returned$/m);
});

test('run reports a thrown non-Error value', () => {
  const result = runFixture('run.ts', { SCENARIO: 'non-error' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^::error::demo failed: a bare string$/m);
});

test('run leaves the exit code alone when main succeeds', () => {
  const result = runFixture('run.ts', { SCENARIO: 'ok' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, 'main ran\nrun returned\n');
});
