import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger } from '../src/index.js';
import { runFixture } from './helpers.js';

test('consoleLogger prints info to stdout, warnings to stderr and hides debug by default', () => {
  const result = runFixture('logger.ts', { LOGGER: 'console' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '== build ==\ncompiling\nresult 42\n');
  assert.equal(result.stderr, 'warning: cache is cold\n');
});

test('consoleLogger prints debug to stderr when SP_DEBUG=1', () => {
  const result = runFixture('logger.ts', { LOGGER: 'console', SP_DEBUG: '1' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, 'debug: checking cache\nwarning: cache is cold\n');
});

test('actionLogger emits workflow commands', () => {
  const result = runFixture('logger.ts', { LOGGER: 'action' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '::debug::checking cache\n::group::build\ncompiling\n::endgroup::\nresult 42\n::warning::cache is cold\n');
});

test('silentLogger still runs groups and returns their result', async () => {
  silentLogger.debug('x');
  silentLogger.info('x');
  silentLogger.warning('x');
  assert.equal(await silentLogger.group('g', async () => 7), 7);
});
