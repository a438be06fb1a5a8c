/**
 * Push benchmark: a 3-layer image of about 50 MB pushed by the bundled `push` action
 * (Node 24, as the runner runs it) to a local distribution registry, cold, warm and with
 * one layer changed, against `skopeo copy` of the same layout in the same run.
 *
 *   pnpm bench:push [-- --runs 5]
 *
 * Prints a Markdown table and writes bench/results/push.json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { layoutSource, parseReference, pushImage, RegistryClient } from '@service-pipeline/oci';
import { inputEnvName, NODE_BINARY, parseFileCommand, REPO_ROOT } from '../test/helpers/action-runner.js';
import { type FixtureImage, makeImage } from '../test/helpers/images.js';
import { startRegistry } from '../test/helpers/registry.js';
import { median, numberArg, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const RUNS = numberArg('--runs', 5);
const MB = 1024 * 1024;
const BUNDLE = join(REPO_ROOT, 'actions', 'push', 'dist', 'index.js');

interface Sample {
  ms: number;
  bytes?: number;
}

/**
 * Times the bundled action as one process, started the way the runner starts it (Node 24,
 * INPUT_* variables, a GITHUB_OUTPUT file), so its wall time compares with skopeo's process.
 */
async function timeAction(image: FixtureImage, tag: string): Promise<Sample> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-push-'));
  const outputFile = join(dir, 'output');
  await writeFile(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    [inputEnvName('oci-layout')]: image.dir,
    [inputEnvName('tags')]: tag,
    [inputEnvName('source-label-check')]: 'off',
  };
  const started = performance.now();
  try {
    await execFileAsync(NODE_BINARY, [BUNDLE], { env });
  } catch (error) {
    throw new Error(`push failed: ${(error as { stdout?: string }).stdout ?? error}`);
  }
  const ms = performance.now() - started;
  const outputs = parseFileCommand(await readFile(outputFile, 'utf8'));
  await rm(dir, { recursive: true, force: true });
  return { ms, bytes: Number(outputs['bytes-uploaded']) };
}

/** The same push through the library in this process: the action minus Node's start-up. */
async function timeLibrary(image: FixtureImage, tag: string): Promise<Sample> {
  const ref = parseReference(tag);
  const started = performance.now();
  const report = await pushImage({
    source: layoutSource(image.layout),
    root: image.root,
    client: new RegistryClient(ref.registry),
    repository: ref.repository,
    tags: [ref.tag!],
  });
  return { ms: performance.now() - started, bytes: report.blobs.uploaded.bytes };
}

async function timeSkopeo(image: FixtureImage, tag: string): Promise<Sample> {
  const started = performance.now();
  await execFileAsync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${image.dir}:latest`, `docker://${tag}`]);
  return { ms: performance.now() - started };
}

async function main(): Promise<void> {
  const base = await makeImage({ layerSizes: [30 * MB, 15 * MB, 5 * MB], sourceLabel: 'https://github.com/acme/bench' });
  // Same two lower layers, a new top layer: what a code change does to an image.
  const changed = await makeImage({ baseLayers: base.layers.slice(0, 2), layerSizes: [5 * MB] });
  const imageBytes = base.layers.reduce((sum, l) => sum + l.descriptor.size, 0);
  const scenarios = ['cold', 'warm', 'one layer changed'] as const;
  const results: Record<string, Sample[]> = {};
  for (const tool of ['push', 'library', 'skopeo']) for (const scenario of scenarios) results[`${tool} ${scenario}`] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      // Alternate the order so neither tool always runs on a hotter machine; run 0 is a warm-up.
      const order = i % 2 === 0 ? ['push', 'library', 'skopeo'] : ['skopeo', 'library', 'push'];
      for (const tool of order) {
        // A fresh registry per sample: skopeo remembers where blobs live (its blob-info cache)
        // and would mount them from an earlier repository, which is not a cold push.
        const registry = await startRegistry({ auth: 'none' });
        try {
          const repo = `${registry.host}/bench/${tool}`;
          const time = tool === 'push' ? timeAction : tool === 'library' ? timeLibrary : timeSkopeo;
          const samples = [await time(base, `${repo}:v1`), await time(base, `${repo}:v2`), await time(changed, `${repo}:v3`)];
          if (i === 0) continue;
          scenarios.forEach((scenario, k) => results[`${tool} ${scenario}`]!.push(samples[k]!));
        } finally {
          await registry.stop();
        }
      }
    }
  } finally {
    await rm(base.dir, { recursive: true, force: true });
    await rm(changed.dir, { recursive: true, force: true });
  }

  const rows = Object.entries(results).map(([name, samples]) => {
    const ms = median(samples.map((s) => s.ms));
    const bytes = samples[0]?.bytes;
    return { name, medianMs: Math.round(ms), bytesUploaded: bytes === undefined ? null : median(samples.map((s) => s.bytes!)), runs: samples.length };
  });
  const get = (name: string) => rows.find((r) => r.name === name)!.medianMs;
  const ratio = (scenario: string) => +(get(`push ${scenario}`) / get(`skopeo ${scenario}`)).toFixed(2);
  const ratios = Object.fromEntries(scenarios.map((scenario) => [scenario, ratio(scenario)]));
  const output = { date: new Date().toISOString(), imageBytes, runs: RUNS, node: process.version, rows, ratios };

  console.log(`image: 3 layers, ${(imageBytes / MB).toFixed(1)} MiB compressed; ${RUNS} runs each; local distribution 2.8 registry`);
  console.log('| scenario | median wall time | bytes uploaded (median) |');
  console.log('| --- | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.name} | ${row.medianMs} ms | ${row.bytesUploaded === null ? 'n/a' : row.bytesUploaded.toLocaleString('en')} |`);
  console.log(
    `ratio push/skopeo (median wall time): ${Object.entries(ratios)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  await writeResults('push', output);
}

await main();
