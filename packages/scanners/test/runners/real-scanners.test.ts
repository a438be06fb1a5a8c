import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { buildGrypeDb } from '../../../../test/helpers/grype-db.js';
import { goTool, goToolVersion } from '../../../../test/helpers/tools.js';
import { debianLikeImage, npmApp } from '../../../../test/helpers/trivy.js';
import { buildTrivyDb, type FixtureAdvisory } from '../../../../test/helpers/trivy-db.js';
import { DatabaseUnavailableError } from '../../src/db/index.js';
import { mergeFindings, type ParsedReport, parseGrypeReport, parseTrivyReport, runGrype, runTrivy, type ScanTarget } from '../../src/index.js';
import { tempDir } from '../temp-dir.js';

/** What both scanners must agree on: id, package, installed and fixed version, severity, fix state. */
const summary = (report: ParsedReport): string[][] =>
  report.findings.map((f) => [f.id, f.package.name, f.package.version, f.fixedVersions.join(','), f.severity, f.fixState]).sort();

async function scanBoth(work: string, target: ScanTarget, advisories: FixtureAdvisory[]): Promise<{ grype: ParsedReport; trivy: ParsedReport }> {
  const grypeDb = await buildGrypeDb({ dir: join(work, 'grype-db'), advisories });
  const trivyDb = await buildTrivyDb({ dir: join(work, 'trivy-cache'), advisories });
  const grypeOut = join(work, 'grype.json');
  const trivyOut = join(work, 'trivy.json');
  await runGrype({ binary: goTool('grype'), target, output: grypeOut, cacheDir: grypeDb.cacheDir, skipDbUpdate: true, logger: silentLogger });
  await runTrivy({
    binary: goTool('trivy'),
    target,
    report: { kind: 'vulnerabilities' },
    output: trivyOut,
    cacheDir: trivyDb.cacheDir,
    db: { skipUpdate: true },
    offline: true,
    logger: silentLogger,
  });
  return { grype: parseGrypeReport(await readFile(grypeOut, 'utf8')), trivy: parseTrivyReport(await readFile(trivyOut, 'utf8')) };
}

// The real grype and a current trivy (both built from their modules by `pnpm run tools`) on the
// same image, each reading a DB the tests wrote from the same advisories, offline.
describe('real grype and real trivy on the same image and advisories', () => {
  test('Debian packages: both report the planted vulnerabilities matched through the source package, and nothing else', async (t) => {
    const work = await tempDir(t, 'real-scanners-deb-');
    // debianLikeImage: libc6 2.36-9+deb12u4 (glibc), libssl3 3.0.11-1~deb12u2 (openssl), zlib1g 1:1.2.13.dfsg-1 (zlib).
    const image = await debianLikeImage({ dir: join(work, 'image') });
    const { grype, trivy } = await scanBoth(work, { kind: 'oci-layout', dir: image.dir }, [
      { source: 'debian 12', package: 'openssl', id: 'CVE-2099-1001', severity: 'HIGH', fixedVersion: '3.0.15-1~deb12u1' },
      // Installed at exactly the fixed version: not vulnerable.
      { source: 'debian 12', package: 'zlib', id: 'CVE-2099-1002', severity: 'CRITICAL', fixedVersion: '1:1.2.13.dfsg-1' },
      // No fix yet: every version is affected.
      { source: 'debian 12', package: 'glibc', id: 'CVE-2099-1003', severity: 'LOW' },
      // Another release: not this image.
      { source: 'debian 11', package: 'openssl', id: 'CVE-2099-1004', severity: 'CRITICAL', fixedVersion: '9.9.9' },
    ]);
    const expected = [
      ['CVE-2099-1001', 'libssl3', '3.0.11-1~deb12u2', '3.0.15-1~deb12u1', 'high', 'fixed'],
      ['CVE-2099-1003', 'libc6', '2.36-9+deb12u4', '', 'low', 'not-fixed'],
    ];
    assert.deepEqual(summary(grype), expected, 'grype');
    assert.deepEqual(summary(trivy), expected, 'trivy');
    assert.equal(grype.scannerVersion, goToolVersion('grype'));
    assert.equal(trivy.scannerVersion, goToolVersion('trivy'));
    // Merged, each finding is confirmed by both scanners and names its source package.
    const merged = mergeFindings([grype, trivy]);
    assert.deepEqual(
      merged.map((f) => [f.id, f.source, f.scanners.join('+')]),
      [
        ['CVE-2099-1001', 'openssl', 'trivy+grype'],
        ['CVE-2099-1003', 'glibc', 'trivy+grype'],
      ],
    );
  });

  test('npm packages of a directory: both match the GitHub advisories by version range', async (t) => {
    const work = await tempDir(t, 'real-scanners-npm-');
    const app = await npmApp(join(work, 'app'));
    const { grype, trivy } = await scanBoth(work, { kind: 'directory', path: app }, [
      {
        source: 'npm::GitHub Security Advisory npm',
        package: 'left-pad',
        id: 'CVE-2099-2001',
        severity: 'MEDIUM',
        fixedVersion: '1.3.1',
        aliases: ['GHSA-aaaa-bbbb-cccc'],
      },
      { source: 'npm::GitHub Security Advisory npm', package: 'is-odd', id: 'CVE-2099-2002', severity: 'HIGH', fixedVersion: '3.0.0' },
    ]);
    const expected = [['CVE-2099-2001', 'left-pad', '1.3.0', '1.3.1', 'medium', 'fixed']];
    assert.deepEqual(summary(grype), expected, 'grype');
    assert.deepEqual(summary(trivy), expected, 'trivy');
  });

  test('grype refuses a DB older than the allowed age: DatabaseUnavailableError (stale), no report', async (t) => {
    const work = await tempDir(t, 'real-grype-stale-');
    const image = await debianLikeImage({ dir: join(work, 'image') });
    const db = await buildGrypeDb({
      dir: join(work, 'db'),
      builtAt: new Date(Date.now() - 9 * 24 * 3600_000),
      advisories: [{ source: 'debian 12', package: 'openssl', id: 'CVE-2099-1001', severity: 'HIGH' }],
    });
    const output = join(work, 'grype.json');
    const error = await runGrype({
      binary: goTool('grype'),
      target: { kind: 'oci-layout', dir: image.dir },
      output,
      cacheDir: db.cacheDir,
      skipDbUpdate: true,
      maxDbAgeHours: 120,
      logger: silentLogger,
    }).then(
      () => assert.fail('grype scanned with a stale DB'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DatabaseUnavailableError, String(error));
    assert.equal(error.problem, 'stale');
    await assert.rejects(readFile(output), { code: 'ENOENT' });
  });

  test('grype with no DB and updates off: DatabaseUnavailableError (missing), not a clean verdict', async (t) => {
    const work = await tempDir(t, 'real-grype-nodb-');
    const image = await debianLikeImage({ dir: join(work, 'image') });
    const error = await runGrype({
      binary: goTool('grype'),
      target: { kind: 'oci-layout', dir: image.dir },
      output: join(work, 'grype.json'),
      cacheDir: join(work, 'empty'),
      skipDbUpdate: true,
      logger: silentLogger,
    }).then(
      () => assert.fail('grype scanned without a DB'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DatabaseUnavailableError, String(error));
    assert.equal(error.problem, 'missing');
  });
});
