/**
 * Build benchmark: examples/go-service built and pushed two ways in the same run, to the same
 * fresh local distribution registry (a new repository per sample, so every push is cold):
 *
 * - append: `go build` of the static binary on the host (CGO_ENABLED=0, -trimpath, the host's
 *   warm build cache), `appendBuild` onto the local distroless-like static base, `pushImage`;
 * - buildah: the example's multi-stage Dockerfile with `buildWithBuildah` (BUILDER_IMAGE and
 *   BASE_IMAGE pointing at the local Go builder and static bases; overlay storage when the
 *   kernel allows it, else vfs), then the same `pushImage` from the layout it wrote.
 *
 *   node_modules/.bin/tsx bench/build.bench.ts [--runs 3]
 *
 * Prints a Markdown table and writes bench/results/build.json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { appendBuild, buildWithBuildah, openBaseImage } from '@service-pipeline/build';
import { type Descriptor, layoutSource, OciLayout, pushImage, RegistryClient } from '@service-pipeline/oci';
import { REPO_ROOT } from '../test/helpers/action-runner.js';
import { createFastBuildahStorage, distrolessStaticImage, goBuilderImage } from '../test/helpers/bases.js';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';
import { median, numberArg, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const RUNS = numberArg('--runs', 3);
const EXAMPLE = join(REPO_ROOT, 'examples', 'go-service');
const EPOCH = 1_700_000_000;
const VERSION = 'bench';
const silent = { info: () => undefined, debug: () => undefined };

interface Sample {
  ms: number;
  digest: string;
  /** Append mode: the host's go build, then append + push. */
  phases?: { goBuildMs: number; appendPushMs: number };
}

async function push(registry: TestRegistry, layoutDir: string, refName: string, repository: string): Promise<Descriptor> {
  const layout = await OciLayout.open(layoutDir);
  const root = await layout.resolve(refName);
  await pushImage({ source: layoutSource(layout), root, client: new RegistryClient(registry.host), repository, tags: ['v1'] });
  return root;
}

async function main(): Promise<void> {
  const [goBuilder, distroless] = await Promise.all([goBuilderImage(), distrolessStaticImage()]);
  const storage = await createFastBuildahStorage();
  const registry = await startRegistry({ auth: 'none' });
  const work = await mkdtemp(join(tmpdir(), 'bench-build-'));
  const results: Record<'append' | 'buildah', Sample[]> = { append: [], buildah: [] };

  const append = async (run: number): Promise<Sample> => {
    const started = performance.now();
    const out = join(work, `append-${run}`);
    await execFileAsync('go', ['build', '-trimpath', `-ldflags=-s -w -buildid= -X main.version=${VERSION}`, '-o', join(out, 'server'), '.'], {
      cwd: EXAMPLE,
      env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'amd64', GOPROXY: 'off', GOFLAGS: '-mod=mod' },
    });
    const built = performance.now();
    await appendBuild({
      base: await openBaseImage(`oci-layout:${distroless.layoutDir}:${distroless.ref}`),
      platforms: ['linux/amd64'],
      artifacts: [{ source: join(out, 'server'), destination: '/app/server' }],
      config: { entrypoint: ['/app/server'], user: '65532:65532', ports: ['8080'] },
      annotations: {},
      sourceDateEpoch: EPOCH,
      layoutDir: join(out, 'layout'),
      refName: 'go-service',
    });
    const root = await push(registry, join(out, 'layout'), 'go-service', `bench/append-${run}`);
    const done = performance.now();
    return { ms: done - started, digest: root.digest, phases: { goBuildMs: built - started, appendPushMs: done - built } };
  };

  const buildah = async (run: number): Promise<Sample> => {
    const started = performance.now();
    const layoutDir = join(work, `buildah-${run}`);
    await buildWithBuildah(
      {
        context: EXAMPLE,
        dockerfile: join(EXAMPLE, 'Dockerfile'),
        buildArgs: { BUILDER_IMAGE: goBuilder.from, BASE_IMAGE: distroless.from, VERSION },
        labels: {},
        platforms: ['linux/amd64'],
        sourceDateEpoch: EPOCH,
        secrets: [],
        layoutDir,
        refName: 'go-service',
        storage: { root: storage.root, runroot: storage.runroot, driver: storage.driver },
        isolation: 'chroot',
        pull: 'missing',
      },
      silent,
    );
    const root = await push(registry, layoutDir, 'go-service', `bench/buildah-${run}`);
    return { ms: performance.now() - started, digest: root.digest };
  };

  try {
    for (let i = 0; i <= RUNS; i++) {
      // Alternate the order so neither mode always runs on a hotter machine; run 0 is a
      // warm-up (the host's Go build cache, buildah pulling the bases into its storage).
      const order =
        i % 2 === 0
          ? ([
              ['append', append],
              ['buildah', buildah],
            ] as const)
          : ([
              ['buildah', buildah],
              ['append', append],
            ] as const);
      for (const [mode, time] of order) {
        const sample = await time(i);
        console.error(`run ${i} ${mode}: ${Math.round(sample.ms)} ms ${sample.digest}`);
        if (i > 0) results[mode].push(sample);
      }
    }
  } finally {
    await registry.stop();
    await storage.cleanup();
    await rm(work, { recursive: true, force: true });
  }

  const rows = (['append', 'buildah'] as const).map((mode) => {
    const samples = results[mode];
    const digests = samples.map((s) => s.digest);
    return {
      mode,
      medianMs: Math.round(median(samples.map((s) => s.ms))),
      runs: samples.length,
      firstTwoDigests: digests.slice(0, 2),
      reproducible: new Set(digests).size === 1,
    };
  });
  const [appendRow, buildahRow] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const ratio = +(buildahRow.medianMs / appendRow.medianMs).toFixed(1);
  const appendPhases = {
    goBuildMs: Math.round(median(results.append.map((s) => s.phases!.goBuildMs))),
    appendPushMs: Math.round(median(results.append.map((s) => s.phases!.appendPushMs))),
  };
  const output = {
    date: new Date().toISOString(),
    runs: RUNS,
    node: process.version,
    buildahStorageDriver: storage.driver,
    rows,
    appendPhases,
    ratioBuildahOverAppend: ratio,
  };

  console.log(
    `examples/go-service, linux/amd64, build + push to a local distribution 2.8 registry; ${RUNS} runs each after a warm-up; buildah storage driver: ${storage.driver}`,
  );
  console.log('| mode | median wall time | digests of two consecutive builds | same digest every run |');
  console.log('| --- | ---: | --- | --- |');
  for (const row of rows)
    console.log(
      `| ${row.mode} | ${row.medianMs} ms | ${row.firstTwoDigests.map((d) => `\`${d.slice(7, 19)}\``).join(', ')} | ${row.reproducible ? 'yes' : 'no'} |`,
    );
  console.log(`append phases (median): go build on the host ${appendPhases.goBuildMs} ms, append + push ${appendPhases.appendPushMs} ms`);
  console.log(`ratio buildah/append (median wall time): ${ratio}x (target >= 3x)`);
  await writeResults('build', output);
}

await main();
