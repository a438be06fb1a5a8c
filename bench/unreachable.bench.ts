/**
 * How fast the bundled push action reports a registry it cannot reach (issue 14, defect 6):
 * connection refused, a name that does not resolve, and the registry killed in the middle of
 * a push. Each is timed from the action's start (refused, DNS) or from the kill (killed) to
 * its exit, for this checkout's bundle and for the bundle committed on a baseline ref (main),
 * run alternately in the same session. Tests assert attempt counts; this measures the time.
 *
 *   pnpm bench:unreachable [-- --runs 5 --baseline main]
 *
 * Prints a Markdown table and writes bench/results/unreachable.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputEnvName, NODE_BINARY, REPO_ROOT } from '../test/helpers/action-runner.js';
import { type FixtureImage, makeImage } from '../test/helpers/images.js';
import { freePort } from '../test/helpers/ports.js';
import { startRegistry } from '../test/helpers/registry.js';
import { median, numberArg, writeResults } from './stats.js';

const RUNS = numberArg('--runs', 5);
const BASELINE = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1]! : 'main';
const MB = 1024 * 1024;

interface Run {
  exitCode: number | null;
  /** performance.now() at the start and at the exit of the process. */
  startedAt: number;
  exitedAt: number;
  /** What `during` returned: the moment to measure from instead of the start. */
  from?: number;
  error: string;
}

/** Starts a push bundle the way the runner does; `during` runs while it is alive and may return a time to measure from. */
async function runPush(bundle: string, image: FixtureImage, tag: string, during?: () => Promise<number>): Promise<Run> {
  const home = await mkdtemp(join(tmpdir(), 'bench-unreachable-'));
  const started = performance.now();
  const child = spawn(NODE_BINARY, [bundle], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      RUNNER_TEMP: home,
      [inputEnvName('oci-layout')]: image.dir,
      [inputEnvName('tags')]: tag,
      [inputEnvName('source-label-check')]: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<Run>((resolve) =>
    child.on('exit', (code) => resolve({ exitCode: code, startedAt: started, exitedAt: performance.now(), error: /::error::(.*)/.exec(output)?.[1] ?? '' })),
  );
  const from = await during?.();
  const run = await exited;
  await rm(home, { recursive: true, force: true });
  return from === undefined ? run : { ...run, from };
}

/** Files below `dir`, recursively (the registry's storage, to see the first upload land). */
async function hasUpload(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.some((entry) => entry.includes('_uploads') || entry.includes('blobs/sha256'));
}

async function main(): Promise<void> {
  const baselineDir = await mkdtemp(join(tmpdir(), 'bench-unreachable-baseline-'));
  await mkdir(join(baselineDir, 'dist'));
  for (const file of ['action.yml', 'dist/index.js']) {
    await writeFile(join(baselineDir, file), execFileSync('git', ['show', `${BASELINE}:actions/push/${file}`], { cwd: REPO_ROOT, maxBuffer: 64 * MB }));
  }
  const bundles: Record<string, string> = {
    [BASELINE]: join(baselineDir, 'dist', 'index.js'),
    'this branch': join(REPO_ROOT, 'actions', 'push', 'dist', 'index.js'),
  };
  const image = await makeImage({ layerSizes: [8 * MB, 8 * MB, 8 * MB, 8 * MB] });
  const samples: Record<string, number[]> = {};
  const errors: Record<string, string> = {};
  const record = (name: string, run: Run): void => {
    if (run.exitCode !== 1) throw new Error(`${name}: expected a failure, got exit ${run.exitCode}`);
    samples[name] = [...(samples[name] ?? []), run.exitedAt - (run.from ?? run.startedAt)];
    errors[name] = run.error;
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? Object.entries(bundles) : Object.entries(bundles).reverse();
      for (const [label, bundle] of order) {
        const refused = await runPush(bundle, image, `127.0.0.1:${await freePort()}/acme/shop:v1`);
        record(`${label}: connection refused`, refused);

        const dns = await runPush(bundle, image, 'registry.invalid/acme/shop:v1');
        record(`${label}: name does not resolve`, dns);

        const registry = await startRegistry({ auth: 'none' });
        try {
          const killed = await runPush(bundle, image, `${registry.host}/acme/shop:v1`, async () => {
            while (!(await hasUpload(registry.storageDir))) await new Promise((resolve) => setTimeout(resolve, 10));
            process.kill(registry.process.pid, 'SIGKILL');
            return performance.now();
          });
          record(`${label}: registry killed mid-push (from the kill)`, killed);
        } finally {
          await registry.stop();
        }
      }
    }
  } finally {
    await rm(image.dir, { recursive: true, force: true });
    await rm(baselineDir, { recursive: true, force: true });
  }
  const rows = Object.entries(samples).map(([name, ms]) => ({
    name,
    medianMs: Math.round(median(ms)),
    maxMs: Math.round(Math.max(...ms)),
    runs: ms.length,
    error: errors[name],
  }));
  console.log(`push action bundles, ${RUNS} runs each, Node ${process.versions.node} (${NODE_BINARY})`);
  console.log('| scenario | median | max | reported as |');
  console.log('| --- | ---: | ---: | --- |');
  for (const row of rows) console.log(`| ${row.name} | ${row.medianMs} ms | ${row.maxMs} ms | ${(row.error ?? '').slice(0, 140)} |`);
  await writeResults('unreachable', { date: new Date().toISOString(), runs: RUNS, baseline: BASELINE, node: process.version, rows });
}

await main();
