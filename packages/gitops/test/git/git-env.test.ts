import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isolatedGitEnv } from '../../src/git/git-command.js';

test('the git environment (also the long-lived cat-file process) carries no action inputs, runner tokens or file commands', () => {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, {
      INPUT_TOKEN: 'ghs_secret',
      'INPUT_SSH-KEY': 'key',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      GITHUB_OUTPUT: '/x',
      GIT_DIR: '/elsewhere',
      KEEP_ME: '1',
    });
    const env = isolatedGitEnv({ GIT_CONFIG_COUNT: '0' });
    for (const name of ['INPUT_TOKEN', 'INPUT_SSH-KEY', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_OUTPUT', 'GIT_DIR']) assert.equal(env[name], undefined, name);
    assert.equal(env['KEEP_ME'], '1');
    assert.equal(env['GIT_CONFIG_COUNT'], '0');
    assert.equal(env['GIT_TERMINAL_PROMPT'], '0');
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
});
