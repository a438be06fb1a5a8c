/**
 * Start-up of every bundled action, as a runner starts it: a fresh Node 24 process running
 * `dist/index.js` that fails on its first missing required input (so it loads what a real run
 * loads before doing any work), against the floor `node -e 0` measured in the same run. An
 * action with no required input gets its first input with a control character in it, which
 * every input check refuses before any work.
 * Target (issue 15): every bundle at most 2.5x the floor.
 *
 *   pnpm bench:startup [-- --runs 10 --baseline main]
 *
 * With --baseline, the bundles committed on that ref are timed in the same run too.
 *
 * Prints a Markdown table and writes bench/results/startup.json.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inputEnvName, NODE_BINARY, REPO_ROOT } from '../test/helpers/action-runner.js';
import { median, numberArg, writeResults } from './stats.js';

const RUNS = numberArg('--runs', 10);
const TARGET = 2.5;
const BASELINE = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : undefined;

/** Writes the dist/ of every action as committed on `ref` into `dir`/<action>/dist; returns the bundles. */
async function baselineBundles(ref: string, actions: string[], dir: string): Promise<Record<string, string>> {
  const bundles: Record<string, string> = {};
  for (const action of actions) {
    const files = execFileSync('git', ['ls-tree', '--name-only', `${ref}:actions/${action}/dist`], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    await mkdir(join(dir, action, 'dist'), { recursive: true });
    for (const file of files)
      await writeFile(
        join(dir, action, 'dist', file),
        execFileSync('git', ['show', `${ref}:actions/${action}/dist/${file}`], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }),
      );
    bundles[`${action} (${ref})`] = join(dir, action, 'dist', 'index.js');
  }
  return bundles;
}

/** The one input an action is started with: none when it has a required input, else its first input, refused. */
async function badInput(action: string): Promise<Record<string, string>> {
  const manifest = parse(await readFile(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs?: Record<string, { required?: boolean }> };
  const inputs = Object.entries(manifest.inputs ?? {});
  if (inputs.length === 0 || inputs.some(([, input]) => input.required)) return {};
  return { [inputEnvName(inputs[0]![0])]: 'bad\u0001value' };
}

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
  const bundles: Record<string, string> = Object.fromEntries(actions.map((action) => [action, join(REPO_ROOT, 'actions', action, 'dist', 'index.js')]));
  if (BASELINE) Object.assign(bundles, await baselineBundles(BASELINE, actions, join(home, 'baseline')));
  const names = Object.keys(bundles);
  const envs: Record<string, NodeJS.ProcessEnv> = {};
  for (const name of names) envs[name] = { ...env, ...(await badInput(name.split(' ')[0]!)) };
  const samples: Record<string, number[]> = { 'node -e 0': [] };
  for (const name of names) samples[name] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      // Alternate the order; run 0 warms the file cache and is not counted.
      const order = i % 2 === 0 ? ['node -e 0', ...names] : [...names].reverse().concat('node -e 0');
      for (const name of order) {
        const ms = await time(name === 'node -e 0' ? ['-e', '0'] : [bundles[name]!], name === 'node -e 0' ? env : envs[name]!);
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
    rows.push({
      name,
      medianMs: Math.round(m),
      ratio: +(m / floor).toFixed(2),
      bytes: name in bundles && !name.includes(' (') ? await bundleBytes(name) : null,
    });
  }
  console.log(`Node ${process.versions.node} (${NODE_BINARY}), ${RUNS} runs each, medians; target <= ${TARGET}x the floor`);
  console.log('| process | median | x floor | bundle (.js) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows)
    console.log(`| ${row.name} | ${row.medianMs} ms | ${row.ratio} | ${row.bytes === null ? '-' : `${(row.bytes / 1024 / 1024).toFixed(2)} MB`} |`);
  const over = rows.filter((r) => r.ratio > TARGET && !r.name.includes(' ('));
  console.log(over.length ? `over the target: ${over.map((r) => r.name).join(', ')}` : `every bundle within ${TARGET}x`);
  await writeResults('startup', { date: new Date().toISOString(), runs: RUNS, node: process.version, floorMs: floor, target: TARGET, rows });
}

await main();
