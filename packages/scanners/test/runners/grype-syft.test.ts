import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { installTool, TOOLS } from '@service-pipeline/tools';
import { DatabaseUnavailableError } from '../../src/db/index.js';
import { runGrype, runSyft, ScannerFailedError } from '../../src/index.js';
import { fakeTool, GRYPE_REPORT, SYFT_CYCLONEDX, SYFT_SPDX, writeGrypeReport, writeSyftOutputs } from './fake-tools.js';

describe('grype and syft runners, against executables that behave like the tools', () => {
  let work: string;
  const savedPath = process.env['PATH'];
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'grype-syft-'));
  });
  after(async () => {
    process.env['PATH'] = savedPath;
    await rm(work, { recursive: true, force: true });
  });

  test('grype found on PATH at the pinned version writes its report; arguments and environment as built', async () => {
    const grype = await fakeTool(work, 'grype', TOOLS.grype.version, writeGrypeReport(GRYPE_REPORT));
    process.env['PATH'] = `${grype.bin}${delimiter}${savedPath}`;
    const installed = await installTool('grype', { logger: silentLogger });
    assert.deepEqual(installed, { path: grype.path, version: TOOLS.grype.version, source: 'PATH' });

    const output = join(work, 'grype.json');
    await runGrype({
      binary: installed.path,
      target: { kind: 'oci-layout', dir: '/tmp/layout' },
      output,
      cacheDir: join(work, 'grype-db'),
      skipDbUpdate: true,
      logger: silentLogger,
    });
    assert.equal(await readFile(output, 'utf8'), await readFile(GRYPE_REPORT, 'utf8'));
    assert.deepEqual(await grype.args(), ['oci-dir:/tmp/layout', '--output', 'json', '--file', output]);
    const env = await grype.env();
    assert.equal(env['GRYPE_DB_CACHE_DIR'], join(work, 'grype-db'));
    assert.equal(env['GRYPE_DB_AUTO_UPDATE'], 'false');
    assert.equal(env['GRYPE_CHECK_FOR_APP_UPDATE'], 'false');
  });

  test('grype refusing a stale DB is DatabaseUnavailableError; a crash is ScannerFailedError', async () => {
    const stale = await fakeTool(
      work,
      'grype',
      TOOLS.grype.version,
      'echo "[0000] ERROR the vulnerability database was built 9 days ago (max allowed age is 5 days)" >&2; exit 1',
    );
    const error = await runGrype({
      binary: stale.path,
      target: { kind: 'image', ref: 'ghcr.io/acme/shop:1' },
      output: join(work, 'g.json'),
      cacheDir: work,
      logger: silentLogger,
    }).then(
      () => assert.fail('a stale DB gave a result'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.equal(error.problem, 'stale');
    assert.match(error.message, /built 9 days ago/);

    const crash = await fakeTool(work, 'grype', TOOLS.grype.version, 'echo "panic: runtime error: invalid memory address" >&2; kill -SEGV $$');
    const failed = await runGrype({
      binary: crash.path,
      target: { kind: 'sbom', path: '/tmp/x.json' },
      output: join(work, 'g.json'),
      cacheDir: work,
      logger: silentLogger,
    }).then(
      () => assert.fail('a crash gave a result'),
      (e: unknown) => e,
    );
    assert.ok(failed instanceof ScannerFailedError);
    assert.equal(failed.signal, 'SIGSEGV');
    assert.match(failed.message, /grype was killed by SIGSEGV, so the image was not scanned; its last output:\npanic: runtime error/);
  });

  test('syft writes both formats in one run', async () => {
    const syft = await fakeTool(work, 'syft', TOOLS.syft.version, writeSyftOutputs(SYFT_CYCLONEDX, SYFT_SPDX));
    const outputs = { cyclonedx: join(work, 'b.cdx.json'), spdx: join(work, 'b.spdx.json') };
    await runSyft({ binary: syft.path, target: { kind: 'image', ref: '127.0.0.1:5000/acme/shop:1' }, outputs, logger: silentLogger });
    assert.deepEqual(await syft.args(), [
      'scan',
      'registry:127.0.0.1:5000/acme/shop:1',
      '--output',
      `cyclonedx-json=${outputs.cyclonedx}`,
      '--output',
      `spdx-json=${outputs.spdx}`,
    ]);
    assert.equal((await syft.env())['SYFT_REGISTRY_INSECURE_USE_HTTP'], 'true');
    assert.equal(await readFile(outputs.spdx, 'utf8'), await readFile(SYFT_SPDX, 'utf8'));
  });

  test('a binary that cannot start is ScannerFailedError', async () => {
    const error = await runSyft({
      binary: join(work, 'no-syft'),
      target: { kind: 'directory', path: work },
      outputs: { cyclonedx: join(work, 'x.json') },
      logger: silentLogger,
    }).then(
      () => assert.fail('ran a missing binary'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ScannerFailedError);
    assert.match(error.message, /cannot run .*no-syft/);
  });
});
