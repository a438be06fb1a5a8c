import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { tempDir } from '../../../packages/scanners/test/temp-dir.js';
import { runAction } from '../../../test/helpers/action-runner.js';
import { buildGrypeDb } from '../../../test/helpers/grype-db.js';
import { goTool, goToolVersion, toolCacheEnv } from '../../../test/helpers/tools.js';
import { debianLikeImage } from '../../../test/helpers/trivy.js';

/**
 * The scan action's bundle with the real grype (built by `pnpm run tools`, given as grype-path,
 * the installer's "binary by path" route) and a grype DB the test writes where the action keeps
 * grype's cache (RUNNER_TEMP/service-pipeline/scanner-cache/grype). The gate's finer rules run
 * against a recorded grype report in recorded-grype.test.ts.
 */
describe('scan action with the real grype', () => {
  test('a planted Debian vulnerability fails the gate; outputs, SARIF and summary name it', async (t) => {
    const work = await tempDir(t, 'scan-real-grype-');
    const runnerTemp = join(work, 'runner-temp');
    const image = await debianLikeImage({ dir: join(work, 'layout') });
    await buildGrypeDb({
      dir: join(runnerTemp, 'service-pipeline', 'scanner-cache', 'grype'),
      advisories: [
        { source: 'debian 12', package: 'openssl', id: 'CVE-2099-1001', severity: 'HIGH', fixedVersion: '3.0.15-1~deb12u1' },
        { source: 'debian 12', package: 'glibc', id: 'CVE-2099-1003', severity: 'LOW' },
      ],
    });
    const run = await runAction(
      'scan',
      { 'oci-layout': image.dir, scanners: 'grype', 'grype-path': goTool('grype'), 'fail-on': 'high' },
      { github: { workspace: work }, env: { RUNNER_TEMP: runnerTemp, ...toolCacheEnv() } },
    );
    assert.equal(run.exitCode, 1, run.stdout);
    assert.deepEqual([run.outputs.gate, run.outputs.high, run.outputs.low, run.outputs.fixable], ['fail', '1', '1', '1']);
    assert.match(run.errors[0]!, /^scan failed: the gate failed for OCI layout .*: 1 finding at high or higher: CVE-2099-1001 \(high, libssl3\)/);
    assert.match(run.stdout, new RegExp(`grype ${goToolVersion('grype').replaceAll('.', '\\.')} \\(path: `));
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8'));
    assert.deepEqual(sarif.runs[0].tool.driver.version, goToolVersion('grype'));
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort(), ['CVE-2099-1001', 'CVE-2099-1003']);
    const attestation = JSON.parse(await readFile(run.outputs.attestation!, 'utf8')) as { predicate: { scanner: { uri: string; db: { lastUpdate: string } } } };
    assert.equal(attestation.predicate.scanner.uri, `pkg:github/anchore/grype@v${goToolVersion('grype')}`);
    assert.match(attestation.predicate.scanner.db.lastUpdate, /^\d{4}-\d{2}-\d{2}T/, 'the DB build time grype reports');
  });

  test('no grype DB where the action looks: the step fails with a database error, not a clean verdict', async (t) => {
    const work = await tempDir(t, 'scan-real-grype-nodb-');
    const image = await debianLikeImage({ dir: join(work, 'layout') });
    const run = await runAction(
      'scan',
      { 'oci-layout': image.dir, scanners: 'grype', 'grype-path': goTool('grype'), 'fail-on': 'none' },
      { github: { workspace: work }, env: { RUNNER_TEMP: join(work, 'runner-temp'), GRYPE_DB_AUTO_UPDATE: 'false', ...toolCacheEnv() } },
    );
    assert.equal(run.exitCode, 1, run.stdout);
    assert.match(run.errors[0]!, /^scan failed: OCI layout \S+ was not scanned: grype vulnerability database is unavailable/);
    assert.equal(run.outputs.gate, undefined);
  });
});
