import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTIONS } from './actions.js';
import { fuzzActions } from './fuzz.js';

// Fixed, so CI replays the same values; `pnpm run fuzz -- --runs N` draws new ones.
const SEED = 20_260_114;

test('fuzz: every input of every bundled action, with hostile values, fails cleanly naming the input and changes nothing (issue 14)', { timeout: 900_000 }, async (t) => {
  const figures = await fuzzActions({ seed: SEED, runsPerInput: 1, log: (line) => t.diagnostic(line) });
  assert.deepEqual(figures.map((f) => f.action), Object.keys(ACTIONS));
  for (const f of figures) {
    assert.equal(f.failures, 0);
    assert.equal(f.runs, f.inputs, `${f.action}: one run per input`);
  }
});
