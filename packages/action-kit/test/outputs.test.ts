import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setOutputs } from '../src/index.js';
import { withEnv } from './helpers.js';

// Parses the heredoc format @actions/core writes to GITHUB_OUTPUT: name<<DELIM / value / DELIM.
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const [, name, , value] of readFileSync(file, 'utf8').matchAll(/^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    if (name !== undefined && value !== undefined) outputs[name] = value;
  }
  return outputs;
}

test('setOutputs writes strings as-is and serialises everything else', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'action-kit-outputs-')), 'output');
  writeFileSync(file, '');
  withEnv({ GITHUB_OUTPUT: file }, () => {
    setOutputs({ digest: 'sha256:abc', count: 3, pushed: false, tags: ['v1', 'latest'], meta: { a: 1 } });
  });
  assert.deepEqual(readOutputs(file), {
    digest: 'sha256:abc',
    count: '3',
    pushed: 'false',
    tags: '["v1","latest"]',
    meta: '{"a":1}',
  });
});
