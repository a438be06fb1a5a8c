/**
 * Prune benchmark: a GHCR package of 10,000 versions (1,000 tagged multi-arch images, each an
 * index + 2 platform images + 2 buildx attestations = 5,000 versions, and 5,000 untagged
 * orphans, all older than the grace period), served by the Packages API fake in front of a real
 * local distribution registry. Manifests are tiny and share their blobs, so the setup costs one
 * manifest PUT per version.
 *
 *   node_modules/.bin/tsx bench/prune.bench.ts [--runs 3] [--scale 10] [--tagged 1000 --orphans 5000]
 *     [--limit-scale 2 --limit-orphans 600]
 *
 * Measured, each run in a fresh worker process (so memory is the prune's, not the fake's):
 * - plan (dry run): wall time, GitHub API requests and manifest reads per version, peak memory;
 * - prune: deletions per minute under GitHub's 180 deletes/minute limit, time-scaled: the fake's
 *   minute lasts 60 s / scale and the client's waits are divided by the same scale, so the
 *   reported deletions per (simulated) minute compare with the real limit;
 * - baseline in the same run: the naive cleanup that deletes every untagged version with no
 *   graph, on a second identical package: its requests, time and how many tags it breaks.
 *
 * Prints a Markdown table and writes bench/results/prune.json.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { silentLogger } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { mapLimit, registrySource } from '@service-pipeline/oci';
import { emptyInUse, GhcrProvider, type InventoryItem, type PruneProvider, prune } from '@service-pipeline/prune';
import { assertTagsPullable } from '../packages/prune/test/helpers/pullable.js';
import { type GhcrFake, startGhcrFake } from '../test/helpers/ghcr-fake.js';
import { median, numberArg, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const RUNS = numberArg('--runs', 3);
const SCALE = numberArg('--scale', 10);
// The 10,000-version prune is slower than 180/min x 10 on a 2-core machine (the local registry
// checks every tag on each manifest delete), so a smaller package also runs at a scale where
// the limit binds, to show the back-off holding the rate.
const LIMIT_SCALE = numberArg('--limit-scale', 2);
const LIMIT_ORPHANS = numberArg('--limit-orphans', 600);
const TAGGED = numberArg('--tagged', 1_000);
const ORPHANS = numberArg('--orphans', 5_000);
const LIMIT_PER_MINUTE = 180;
const CONCURRENCY = 4;
const TOKEN = 'bench-token';
const OLD = new Date(Date.now() - 7 * 24 * 3600_000);

interface WorkerJob {
  mode: 'plan' | 'prune' | 'naive' | 'idle';
  scale: number;
  apiUrl: string;
  registryHost: string;
}

interface WorkerResult {
  ms: number;
  deleted: number;
  planned: number;
  manifestReads: number;
  /** When each DELETE was answered, in ms since the first one was sent. */
  deleteTimesMs: number[];
  maxRssMiB: number;
  peakHeapMiB: number;
}

/** Runs inside the worker process: one prune (or the naive cleanup) against the fake. */
async function work(job: WorkerJob): Promise<WorkerResult> {
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  // The fake's minute lasts 60 s / scale, so every wait GitHub asks for shrinks by the same factor.
  const github = githubClient({
    token: TOKEN,
    baseUrl: job.apiUrl,
    maxRetries: 20,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / job.scale)),
  });
  const inner = new GhcrProvider({ image: 'ghcr.io/acme/shop', token: TOKEN, github, registryUrl: job.registryHost, concurrency: CONCURRENCY });
  let manifestReads = 0;
  let firstDelete: number | undefined;
  const deleteTimesMs: number[] = [];
  const provider: PruneProvider = {
    kind: inner.kind,
    repository: inner.repository,
    listsUntagged: inner.listsUntagged,
    inventory: () => inner.inventory(),
    readManifest: (digest) => {
      manifestReads++;
      return inner.readManifest(digest);
    },
    delete: async (item) => {
      firstDelete ??= performance.now();
      const outcome = await inner.delete(item);
      deleteTimesMs.push(performance.now() - firstDelete);
      return outcome;
    },
  };
  const started = performance.now();
  let deleted = 0;
  let planned = 0;
  if (job.mode === 'plan' || job.mode === 'prune') {
    const result = await prune(provider, {
      graceMs: 24 * 3600_000,
      keepUntagged: 0,
      tags: { deleteTags: [], match: 'any', keepTags: [] },
      inUse: emptyInUse(),
      dryRun: job.mode === 'plan',
      concurrency: CONCURRENCY,
      logger: silentLogger,
    });
    planned = result.plan.waves.flat().length;
    deleted = result.deleted.length;
  } else if (job.mode === 'naive') {
    // What many GHCR cleanup scripts do: every untagged version goes, whatever points at it.
    const untagged: InventoryItem[] = (await provider.inventory()).filter((item) => item.tags.length === 0);
    planned = untagged.length;
    await mapLimit(untagged, CONCURRENCY, async (item) => {
      await provider.delete(item);
      deleted++;
    });
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return { ms, deleted, planned, manifestReads, deleteTimesMs, maxRssMiB: process.resourceUsage().maxRSS / 1024, peakHeapMiB: peakHeap / 1024 / 1024 };
}

async function runWorker(fake: GhcrFake, mode: WorkerJob['mode'], scale = SCALE): Promise<WorkerResult & { apiRequests: number; rateLimited: number }> {
  const job: WorkerJob = { mode, scale, apiUrl: fake.apiUrl, registryHost: fake.registry.host };
  const requestsBefore = fake.api.log.length;
  const limitedBefore = fake.rateLimited;
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--worker', JSON.stringify(job)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as WorkerResult;
  return { ...result, apiRequests: fake.api.log.length - requestsBefore, rateLimited: fake.rateLimited - limitedBefore };
}

async function populate(tagged = TAGGED, orphans = ORPHANS, scale = SCALE): Promise<GhcrFake> {
  const fake = await startGhcrFake({ deleteLimit: { perMinute: LIMIT_PER_MINUTE, minuteMs: 60_000 / scale } });
  const bulk = await fake.bulk('shop');
  const started = performance.now();
  await mapLimit(
    Array.from({ length: tagged }, (_, i) => i),
    8,
    (i) => bulk.multiArch({ tag: `v1.${i}`, created: OLD }),
  );
  await mapLimit(
    Array.from({ length: orphans }, (_, i) => i),
    16,
    () => bulk.image({ created: OLD }),
  );
  process.stderr.write(`populated ${fake.versions('shop').length} versions in ${Math.round(performance.now() - started)} ms\n`);
  return fake;
}

async function brokenTags(fake: GhcrFake): Promise<number> {
  const source = registrySource(fake.client, 'acme/shop');
  const tagged = fake.versions('shop').filter((v) => (v.metadata?.container?.tags.length ?? 0) > 0);
  let broken = 0;
  await mapLimit(tagged, 16, async (version) => {
    const head = await fake.client.headManifest('acme/shop', version.name);
    try {
      if (!head) throw new Error('index gone');
      await assertTagsPullable(
        source,
        new Map([[version.metadata!.container!.tags[0]!, { mediaType: head.mediaType, digest: version.name, size: head.size }]]),
      );
    } catch {
      broken += version.metadata!.container!.tags.length;
    }
  });
  return broken;
}

async function main(): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  const fake = await populate();
  let idle;
  const versions = fake.versions('shop').length;
  let engine;
  try {
    idle = await runWorker(fake, 'idle');
    const plans = [];
    for (let i = 0; i < RUNS; i++) plans.push(await runWorker(fake, 'plan'));
    const prunes = await runWorker(fake, 'prune');
    const broken = await brokenTags(fake);
    engine = { plans, prunes, broken, left: fake.versions('shop').length };
  } finally {
    await fake.stop();
  }
  const naiveFake = await populate();
  let naive;
  try {
    const run = await runWorker(naiveFake, 'naive');
    naive = { run, broken: await brokenTags(naiveFake), left: naiveFake.versions('shop').length };
  } finally {
    await naiveFake.stop();
  }

  const limitFake = await populate(20, LIMIT_ORPHANS, LIMIT_SCALE);
  let limited;
  try {
    limited = { run: await runWorker(limitFake, 'prune', LIMIT_SCALE), broken: await brokenTags(limitFake), left: limitFake.versions('shop').length };
  } finally {
    await limitFake.stop();
  }

  // A sliding window lets a minute's worth through at once, so N deletions need at least
  // floor((N - 1) / 180) simulated minutes: the fastest any client could go under the limit.
  const deletion = (r: WorkerResult, scale = SCALE): { perMinute: number; simMinutes: number; idealSimMinutes: number } => {
    const simMinutes = Math.max(...r.deleteTimesMs, 0) / (60_000 / scale);
    return {
      perMinute: Math.round(r.deleted / Math.max(simMinutes, 1)),
      simMinutes: +simMinutes.toFixed(2),
      idealSimMinutes: Math.floor(Math.max(r.deleted - 1, 0) / LIMIT_PER_MINUTE),
    };
  };
  const planMs = median(engine.plans.map((p) => p.ms));
  const plan0 = engine.plans[0]!;
  rows.push(
    {
      name: 'engine: plan (dry run)',
      versions,
      medianMs: Math.round(planMs),
      runs: RUNS,
      apiRequests: plan0.apiRequests,
      apiRequestsPerVersion: +(plan0.apiRequests / versions).toFixed(4),
      manifestReads: plan0.manifestReads,
      planned: plan0.planned,
      maxRssMiB: Math.round(median(engine.plans.map((p) => p.maxRssMiB))),
      peakHeapMiB: Math.round(median(engine.plans.map((p) => p.peakHeapMiB))),
    },
    {
      name: `engine: prune (plan + re-check + deletes, 180/min x${SCALE})`,
      versions,
      medianMs: Math.round(engine.prunes.ms),
      runs: 1,
      apiRequests: engine.prunes.apiRequests,
      manifestReads: engine.prunes.manifestReads,
      deleted: engine.prunes.deleted,
      ...deletion(engine.prunes),
      rateLimited403: engine.prunes.rateLimited,
      maxRssMiB: Math.round(engine.prunes.maxRssMiB),
      tagsBroken: engine.broken,
      versionsLeft: engine.left,
    },
    {
      name: `engine: prune ${LIMIT_ORPHANS} orphans (of ${LIMIT_ORPHANS + 100}) with the limit binding (180/min x${LIMIT_SCALE})`,
      versions: LIMIT_ORPHANS + 100,
      medianMs: Math.round(limited.run.ms),
      runs: 1,
      apiRequests: limited.run.apiRequests,
      manifestReads: limited.run.manifestReads,
      deleted: limited.run.deleted,
      ...deletion(limited.run, LIMIT_SCALE),
      rateLimited403: limited.run.rateLimited,
      maxRssMiB: Math.round(limited.run.maxRssMiB),
      tagsBroken: limited.broken,
      versionsLeft: limited.left,
    },
    {
      name: `baseline: naive delete-every-untagged (180/min x${SCALE})`,
      versions,
      medianMs: Math.round(naive.run.ms),
      runs: 1,
      apiRequests: naive.run.apiRequests,
      manifestReads: naive.run.manifestReads,
      deleted: naive.run.deleted,
      ...deletion(naive.run),
      rateLimited403: naive.run.rateLimited,
      maxRssMiB: Math.round(naive.run.maxRssMiB),
      tagsBroken: naive.broken,
      versionsLeft: naive.left,
    },
  );
  const output = {
    date: new Date().toISOString(),
    node: process.version,
    versions,
    tagged: TAGGED,
    orphans: ORPHANS,
    scale: SCALE,
    limitScale: LIMIT_SCALE,
    limitPerMinute: LIMIT_PER_MINUTE,
    concurrency: CONCURRENCY,
    idleWorkerMaxRssMiB: Math.round(idle.maxRssMiB),
    rows,
  };

  console.log(
    `${versions} versions (${TAGGED} tagged multi-arch images with attestations = ${TAGGED * 5} versions, ${ORPHANS} untagged orphans); delete limit ${LIMIT_PER_MINUTE}/min time-scaled x${SCALE}; concurrency ${CONCURRENCY}; idle worker max RSS ${Math.round(idle.maxRssMiB)} MiB`,
  );
  console.log(
    '| run | versions | wall time | API requests | per version | manifest reads | deleted | deletes / simulated min | simulated min (ideal) | 403s | max RSS | peak heap | tags broken |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const v = (k: string): string => (r[k] === undefined ? '-' : String(r[k]));
    console.log(
      `| ${v('name')} | ${v('versions')} | ${v('medianMs')} ms | ${v('apiRequests')} | ${(Number(r['apiRequests']) / Number(r['versions'])).toFixed(3)} | ${v('manifestReads')} | ${v('deleted')} | ${v('perMinute')} | ${v('simMinutes')} (${v('idealSimMinutes')}) | ${v('rateLimited403')} | ${v('maxRssMiB')} MiB | ${v('peakHeapMiB')} | ${v('tagsBroken')} |`,
    );
  }
  await writeResults('prune', output);
}

const workerIndex = process.argv.indexOf('--worker');
if (workerIndex > 0) {
  const result = await work(JSON.parse(process.argv[workerIndex + 1]!) as WorkerJob);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
