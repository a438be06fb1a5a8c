/**
 * Start-up of every bundled action, as a runner starts it: a fresh Node 24 process running
 * `dist/index.js` that fails on its first missing required input (so it loads what a real run
 * loads before doing any work), against the floor `node -e 0` measured in the same run.
 * Target (issue 15): every bundle at most 2.5x the floor.
 *
 *   pnpm bench:startup [-- --runs 10]
 *
 * Prints a Markdown table and writes bench/results/startup.json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_BINARY, REPO_ROOT } from '../test/helpers/action-runner.js';
import { median, numberArg, writeResults } from './stats.js';

const RUNS = numberArg('--runs', 10);
const TARGET = 2.5;

function time(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) =>
    execFile(NODE_BINARY, args, { env }, (error, stdout) => {
      const ms = performance.now() - started;
      // A bundle must fail on the missing input, not on something it could not load.
      if (args[0] !== '-e' && !(error && /::error::/.test(stdout))) reject(new Error(`${args[0]}: expected an input error, got ${error ? stdout : 'success'}`));
      else resolve(ms);
    }),
  );
}

async function bundleBytes(action: string): Promise<number> {
  const dist = join(REPO_ROOT, 'actions', action, 'dist');
  let total = 0;
  for (const file of await readdir(dist)) if (file.endsWith('.js')) total += (await stat(join(dist, file))).size;
  return total;
}

async function main(): Promise<void> {
  const actions = (await readdir(join(REPO_ROOT, 'actions'))).sort();
  const home = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const env = { PATH: process.env.PATH ?? '', HOME: home, RUNNER_TEMP: home, GITHUB_WORKSPACE: home };
  const samples: Record<string, number[]> = { 'node -e 0': [] };
  for (const action of actions) samples[action] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      // Alternate the order; run 0 warms the file cache and is not counted.
      const order = i % 2 === 0 ? ['node -e 0', ...actions] : [...actions].reverse().concat('node -e 0');
      for (const name of order) {
        const ms = await time(name === 'node -e 0' ? ['-e', '0'] : [join(REPO_ROOT, 'actions', name, 'dist', 'index.js')], env);
        if (i > 0) samples[name]!.push(ms);
      }
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
  const floor = median(samples['node -e 0']!);
  const rows = [];
  for (const [name, ms] of Object.entries(samples)) {
    const m = median(ms);
    rows.push({ name, medianMs: Math.round(m), ratio: +(m / floor).toFixed(2), bytes: name === 'node -e 0' ? null : await bundleBytes(name) });
  }
  console.log(`Node ${process.versions.node} (${NODE_BINARY}), ${RUNS} runs each, medians; target <= ${TARGET}x the floor`);
  console.log('| process | median | x floor | bundle (.js) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.name} | ${row.medianMs} ms | ${row.ratio} | ${row.bytes === null ? '-' : `${(row.bytes / 1024 / 1024).toFixed(2)} MB`} |`);
  const over = rows.filter((r) => r.ratio > TARGET);
  console.log(over.length ? `over the target: ${over.map((r) => r.name).join(', ')}` : `every bundle within ${TARGET}x`);
  await writeResults('startup', { date: new Date().toISOString(), runs: RUNS, node: process.version, floorMs: floor, target: TARGET, rows });
}

await main();
