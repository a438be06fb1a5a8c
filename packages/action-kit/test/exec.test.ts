import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childEnv, runCommand } from '../src/exec.js';

test('a child process never sees INPUT_* variables, the runner tokens or the file commands (issue 14)', async () => {
  const env = {
    PATH: process.env.PATH,
    HOME: '/home/x',
    INPUT_PASSWORD: 'p',
    'INPUT_SSH-KEY': 'k',
    ACTIONS_RUNTIME_TOKEN: 't',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    GITHUB_ENV: '/tmp/env',
    GITHUB_PATH: '/tmp/path',
    GITHUB_OUTPUT: '/tmp/out',
    GITHUB_REPOSITORY: 'acme/shop',
    TRIVY_PASSWORD: 'kept: the scanner was handed it on purpose',
  };
  const result = await runCommand('env', [], { env, captureStdout: true });
  const names = result.stdout
    .split('\n')
    .map((line) => line.slice(0, line.indexOf('=')))
    .filter((n) => n !== '')
    .sort();
  assert.deepEqual(names, ['GITHUB_REPOSITORY', 'HOME', 'PATH', 'TRIVY_PASSWORD']);
  assert.deepEqual(Object.keys(childEnv({ INPUT_X: '1', INPUTS: '2' })), ['INPUTS']);
});
