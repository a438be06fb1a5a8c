/**
 * The long fuzz run: `pnpm run fuzz -- --runs 20 [--seed N] [--action build]`.
 * --runs is per input of every action (13 gives every input every hostile class); CI runs
 * test/fuzz/fuzz.test.ts with a fixed seed and two runs per input instead.
 */
import { parseArgs } from 'node:util';
import { fuzzActions } from './fuzz.js';

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm run fuzz -- ...` through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    runs: { type: 'string', default: '10' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    action: { type: 'string', multiple: true },
  },
  allowPositionals: true,
});
const runsPerInput = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isSafeInteger(runsPerInput) || runsPerInput < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: pnpm run fuzz -- --runs <runs per input, >= 1> [--seed <integer>] [--action <name>]...');
  process.exit(2);
}
console.log(`fuzz: seed ${seed}, ${runsPerInput} run(s) per input`);
const figures = await fuzzActions({ seed, runsPerInput, ...(values.action ? { actions: values.action } : {}), log: (line) => console.log(line) });
const total = figures.reduce((n, f) => n + f.runs, 0);
console.log(`fuzz: ${total} runs, failures 0`);
