import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../helpers/action-runner.js';
import { ACTIONS } from './actions.js';
import { fuzzActions } from './fuzz.js';

// Fixed, so CI replays the same values; `pnpm run fuzz -- --runs N` draws new ones.
const SEED = 20_260_114;
// Two values (two hostile classes) per input: about 220 runs, well under two minutes.
const RUNS_PER_INPUT = 2;

test('fuzz: every input of every bundled action, with hostile values, fails cleanly naming the input and changes nothing (issue 14)', {
  timeout: 900_000,
}, async (t) => {
  const figures = await fuzzActions({ seed: SEED, runsPerInput: RUNS_PER_INPUT, log: (line) => t.diagnostic(line) });
  assert.deepEqual(
    figures.map((f) => f.action),
    Object.keys(ACTIONS),
  );
  assert.deepEqual(Object.keys(ACTIONS).sort(), (await readdir(join(REPO_ROOT, 'actions'))).sort(), 'test/fuzz/actions.ts covers every action');
  for (const f of figures) {
    assert.equal(f.failures, 0);
    assert.equal(f.runs, RUNS_PER_INPUT * f.inputs, `${f.action}: ${RUNS_PER_INPUT} runs per input`);
  }
});
