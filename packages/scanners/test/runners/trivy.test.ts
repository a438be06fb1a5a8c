import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { listenOnLoopback } from '../../../../test/helpers/ports.js';
import { debianLikeImage, TRIVY_BINARY } from '../../../../test/helpers/trivy.js';
import { DatabaseUnavailableError } from '../../src/db/index.js';
import { runTrivy, ScannerFailedError } from '../../src/index.js';

// The real trivy binary: every case here is one trivy process (several seconds each, it is UPX-packed).
describe('runTrivy with the real trivy', () => {
  let work: string;
  let image: Awaited<ReturnType<typeof debianLikeImage>>;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'run-trivy-'));
    image = await debianLikeImage({ dir: join(work, 'layout') });
  });
  after(() => rm(work, { recursive: true, force: true }));

  test('lists the packages of an image in a layout, picked by digest, without network', async () => {
    const output = join(work, 'bom.json');
    const run = await runTrivy({
      binary: TRIVY_BINARY,
      target: { kind: 'oci-layout', dir: image.dir, digest: image.root.digest },
      report: { kind: 'sbom', format: 'cyclonedx' },
      output,
      cacheDir: join(work, 'cache'),
      offline: true,
      logger: silentLogger,
    });
    assert.equal(run.output, output);
    const bom = JSON.parse(await readFile(output, 'utf8')) as { components: { name: string; purl?: string }[] };
    assert.deepEqual(
      bom.components
        .filter((c) => c.purl)
        .map((c) => c.name)
        .sort(),
      ['libc6', 'libssl3', 'zlib1g'],
    );
  });

  test('a vulnerability scan with no DB in the cache and updates off is DatabaseUnavailableError, not a verdict', async () => {
    const error = await runTrivy({
      binary: TRIVY_BINARY,
      target: { kind: 'oci-layout', dir: image.dir },
      report: { kind: 'vulnerabilities' },
      output: join(work, 'vulns.json'),
      cacheDir: join(work, 'empty-cache'),
      db: { skipUpdate: true },
      logger: silentLogger,
    }).then(
      () => assert.fail('trivy reported a result without a DB'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DatabaseUnavailableError, String(error));
    assert.equal(error.problem, 'missing');
    assert.match(error.message, /trivy vulnerability database is unavailable: The first run cannot skip downloading DB/);
    await assert.rejects(readFile(join(work, 'vulns.json')), { code: 'ENOENT' });
  });

  test('a DB repository that refuses connections is DatabaseUnavailableError naming the repository', async () => {
    // A port that accepts nothing: the server is closed right after binding.
    const server = createServer();
    const port = await listenOnLoopback(server);
    await new Promise((resolve) => server.close(resolve));
    const error = await runTrivy({
      binary: TRIVY_BINARY,
      target: { kind: 'oci-layout', dir: image.dir },
      report: { kind: 'vulnerabilities' },
      output: join(work, 'vulns.json'),
      cacheDir: join(work, 'cache-no-db'),
      db: { repositories: [`127.0.0.1:${port}/trivy-db:2`] },
      logger: silentLogger,
    }).then(
      () => assert.fail('trivy reported a result without a DB'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DatabaseUnavailableError, String(error));
    assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}/trivy-db`));
  });

  test("a target that does not exist is ScannerFailedError with trivy's exit code", async () => {
    const error = await runTrivy({
      binary: TRIVY_BINARY,
      target: { kind: 'oci-layout', dir: join(work, 'no-such-layout') },
      report: { kind: 'sbom', format: 'cyclonedx' },
      output: join(work, 'none.json'),
      cacheDir: join(work, 'cache'),
      offline: true,
      logger: silentLogger,
    }).then(
      () => assert.fail('trivy succeeded on a missing layout'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ScannerFailedError, String(error));
    assert.equal(error.scanner, 'trivy');
    assert.equal(error.exitCode, 1);
    assert.match(error.message, /trivy exited with code 1, so the image was not scanned/);
  });
});
