/**
 * Manifest-bump benchmark, real git against local bare repositories:
 *
 * 1. 20 and 50 concurrent bumps of different services into one config repository, through git
 *    (file:// remote) and through the Git Data API of the GitHub fake (backed by a real bare
 *    repository): wall time until all landed, attempts per bump, and that each landed exactly
 *    once, against the same bumps run one after another in the same run (what a
 *    `concurrency:` group serialising the jobs would cost).
 * 2. One bump of a sidecar image referenced by 200 files in a 2,000-file config repository,
 *    against a naive baseline in the same run: full clone, `yaml` parse + stringify of each file,
 *    `git add -A`, commit, push (what reformatting tools do; it also shows the lines they disturb).
 *
 *   node_modules/.bin/tsx bench/bump.bench.ts [--runs 3] [--only concurrent|wide] [--size 20|50] [--batch]
 *
 * Prints a Markdown table and writes bench/results/bump.json.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubClient } from '@service-pipeline/action-kit/github';
import { type BumpOptions, type BumpResult, bumpImage } from '@service-pipeline/gitops';
import { parseAllDocuments } from 'yaml';
import { type ConfigRepo, createConfigRepo, git } from '../test/helpers/git-remote.js';
import { startGitHubFake } from '../test/helpers/github-fake.js';
import { serveGitData } from '../test/helpers/github-git-data.js';
import { median, numberArg, writeResults } from './stats.js';

const RUNS = numberArg('--runs', 3);
const REGISTRY = 'ghcr.io/acme';
const SIDECAR = `${REGISTRY}/mesh-proxy`;

function deployment(service: string, withSidecar: boolean): string {
  return [
    `# Deployment of ${service} (owned by team-${service.length % 7})`,
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}`,
    '  annotations:',
    "    deploy.acme.io/window: 'mon-fri'",
    `    deploy.acme.io/description: Serves ${service} for the storefront; owned by the payments team, paged through the on-call rota`,
    'spec:',
    '  replicas:   3',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${REGISTRY}/${service}:1.0.0  # bumped by CI`,
    '          args: ["--port", "8080"]',
    '          env:',
    '            - {name: MODE, value: "on"}',
    ...(withSidecar ? ['        - name: proxy', `          image: "${SIDECAR}:1.20"`] : []),
    '',
  ].join('\n');
}

const base = (remote: string, service: string, tag: string): BumpOptions => ({
  remote,
  image: { name: `${REGISTRY}/${service}`, tag },
  targets: [{ file: `apps/${service}/deployment.yaml`, kind: 'manifest' }],
  pin: 'tag',
  environment: 'prod',
  service,
  author: { name: 'Bench Bot', email: 'bench@example.com' },
  mode: 'push',
  maxAttempts: 200,
});

type Transport = 'git' | 'github-api';
const BATCH_ONLY = process.argv.includes('--batch');

interface Concurrency {
  concurrentMs: number;
  sequentialMs: number;
  attemptsMedian: number;
  attemptsMax: number;
}

/** Every bump pushed, and each service's bump is exactly one commit on the branch. */
async function landedOnce(repo: ConfigRepo, services: string[], results: BumpResult[], round: number): Promise<void> {
  if (results.some((r) => r.result !== 'pushed')) throw new Error(`not every bump was pushed: ${results.map((r) => r.result).join(' ')}`);
  const log = await repo.log();
  const counts = new Map<string, number>();
  for (const commit of log.slice(0, services.length)) {
    const service = /^Service: (\S+)$/m.exec(commit.body)?.[1] ?? '';
    counts.set(service, (counts.get(service) ?? 0) + 1);
  }
  if (log.length !== 1 + round * services.length || services.some((s) => counts.get(s) !== 1)) {
    throw new Error(`round ${round}: ${log.length - 1} commits for ${services.length} bumps per round`);
  }
}

async function concurrent(n: number, transport: Transport, batch: boolean): Promise<Concurrency> {
  const services = Array.from({ length: n }, (_, i) => `svc${String(i).padStart(3, '0')}`);
  const files = Object.fromEntries(services.map((s) => [`apps/${s}/deployment.yaml`, deployment(s, false)]));
  const repo = await createConfigRepo(files);
  const fake = transport === 'github-api' ? await startGitHubFake({ tokens: ['ghs_bench'] }) : undefined;
  if (fake) serveGitData(fake, () => repo.bare);
  const client = fake ? await githubClient({ token: 'ghs_bench', baseUrl: fake.url, maxRetries: 0 }) : undefined;
  const options = (service: string, tag: string): BumpOptions => ({
    ...base(repo.url, service, tag),
    ...(client ? { githubApi: { client, owner: 'acme', repo: 'config' } } : {}),
    ...(batch ? { batch } : {}),
  });
  try {
    let started = performance.now();
    const results = await Promise.all(services.map((s) => bumpImage(options(s, '2.0.0'))));
    const concurrentMs = performance.now() - started;
    await landedOnce(repo, services, results, 1);
    started = performance.now();
    const sequential: BumpResult[] = [];
    for (const s of services) sequential.push(await bumpImage(options(s, '3.0.0')));
    const sequentialMs = performance.now() - started;
    await landedOnce(repo, services, sequential, 2);
    const attempts = results.map((r) => r.attempts);
    return { concurrentMs, sequentialMs, attemptsMedian: median(attempts), attemptsMax: Math.max(...attempts) };
  } finally {
    await fake?.stop();
    await repo.remove();
  }
}

/** The baseline: what a reformatting tool does, by the same git plumbing minus shallow fetch. */
async function naiveBump(remote: string, files: string[], tag: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-naive-'));
  try {
    await git(tmpdir(), ['clone', '-q', '--single-branch', remote, dir]);
    for (const file of files) {
      const path = join(dir, file);
      const docs = parseAllDocuments(await readFile(path, 'utf8'));
      for (const doc of docs) {
        const containers = doc.getIn(['spec', 'template', 'spec', 'containers']) as { items: { get(k: string): unknown; set(k: string, v: string): void }[] };
        for (const c of containers.items) {
          const image = String(c.get('image'));
          if (image.startsWith(`${SIDECAR}:`)) c.set('image', `${SIDECAR}:${tag}`);
        }
      }
      await writeFile(path, docs.map((d) => d.toString()).join(''));
    }
    await git(dir, ['add', '-A']);
    await git(dir, ['commit', '-q', '-m', `bump mesh-proxy to ${tag}`]);
    await git(dir, ['push', '-q', 'origin', 'HEAD:main']);
    return Number(
      (await git(dir, ['diff', '--numstat', 'HEAD~1']))
        .split('\n')
        .filter(Boolean)
        .reduce((sum, l) => sum + Number(l.split('\t')[0]), 0),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function wide(): Promise<{ bumpMs: number; naiveMs: number; bumpLines: number; naiveLines: number }> {
  const files: Record<string, string> = {};
  const sidecarFiles: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = `svc${String(i).padStart(4, '0')}`;
    const withSidecar = i % 10 === 0;
    files[`apps/${s}/deployment.yaml`] = deployment(s, withSidecar);
    if (withSidecar) sidecarFiles.push(`apps/${s}/deployment.yaml`);
  }
  const ours = await createConfigRepo(files, { name: 'ours' });
  const naive = await createConfigRepo(files, { name: 'naive' });
  try {
    const bumpSamples: number[] = [];
    const naiveSamples: number[] = [];
    let bumpLines = 0;
    let naiveLines = 0;
    for (let run = 0; run < RUNS; run++) {
      const tag = `1.${21 + run}`;
      let started = performance.now();
      const result = await bumpImage({
        ...base(ours.url, 'mesh-proxy', tag),
        service: 'mesh-proxy',
        targets: sidecarFiles.map((file) => ({ file, kind: 'manifest' as const })),
      });
      bumpSamples.push(performance.now() - started);
      if (result.changes.length !== 200) throw new Error(`expected 200 changes, got ${result.changes.length}`);
      // The first run shows the damage: later runs find files the baseline already reformatted.
      bumpLines = Math.max(bumpLines, result.diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length);
      started = performance.now();
      naiveLines = Math.max(naiveLines, await naiveBump(naive.url, sidecarFiles, tag));
      naiveSamples.push(performance.now() - started);
    }
    return { bumpMs: median(bumpSamples), naiveMs: median(naiveSamples), bumpLines, naiveLines };
  } finally {
    await ours.remove();
    await naive.remove();
  }
}

const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const SIZE = numberArg('--size', 0);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: string[][] = [];
const results: Record<string, unknown> = { runs: RUNS };
for (const transport of ['git', 'github-api'] as const) {
  for (const batch of BATCH_ONLY ? [true] : [false, true]) {
    for (const n of [20, 50]) {
      if ((ONLY && ONLY !== 'concurrent') || (SIZE && SIZE !== n)) continue;
      const samples: Concurrency[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await concurrent(n, transport, batch));
      const c: Concurrency = {
        concurrentMs: median(samples.map((x) => x.concurrentMs)),
        sequentialMs: median(samples.map((x) => x.sequentialMs)),
        attemptsMedian: median(samples.map((x) => x.attemptsMedian)),
        attemptsMax: Math.max(...samples.map((x) => x.attemptsMax)),
      };
      results[`${transport}${batch ? '-batch' : ''}-${n}`] = { ...c, samples };
      rows.push([
        `${n} concurrent bumps (${transport}${batch ? ', batch: true' : ''}), until all landed`,
        s(c.concurrentMs),
        `${s(c.sequentialMs)} (${n} one after another)`,
        (c.concurrentMs / c.sequentialMs).toFixed(2),
        `attempts median ${c.attemptsMedian}, max ${c.attemptsMax}; each landed once`,
      ]);
    }
  }
}
if (!ONLY || ONLY === 'wide') {
  const w = await wide();
  results.wide = w;
  rows.push([
    `one bump, 200 of 2,000 files (median of ${RUNS})`,
    s(w.bumpMs),
    `${s(w.naiveMs)} (full clone + yaml parse/stringify)`,
    (w.bumpMs / w.naiveMs).toFixed(2),
    `lines changed: ${w.bumpLines} vs ${w.naiveLines}`,
  ]);
}
console.log('| case | manifest-bump | baseline | ours / baseline | notes |\n| --- | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
await writeResults('bump', results);
