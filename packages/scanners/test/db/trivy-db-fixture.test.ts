import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { startRegistry } from '../../../../test/helpers/registry.js';
import { debianLikeImage, npmApp, TRIVY_BINARY } from '../../../../test/helpers/trivy.js';
import { buildTrivyDb, TRIVY_DB_SCHEMA as FIXTURE_SCHEMA, pushTrivyDb } from '../../../../test/helpers/trivy-db.js';
import { checkTrivyDb, DatabaseUnavailableError, readTrivyDbMetadata, TRIVY_DB_SCHEMA } from '../../src/index.js';
import { tempDir } from '../temp-dir.js';

interface TrivyVulnerability {
  VulnerabilityID: string;
  VendorIDs?: string[];
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Severity: string;
  DataSource?: { ID: string };
  Title?: string;
}

interface TrivyJson {
  Metadata?: { OS?: { Family: string; Name: string } };
  Results?: { Target: string; Type: string; Vulnerabilities?: TrivyVulnerability[] }[];
}

async function trivy(args: string[]): Promise<{ code: number | null; stdout: string; log: string }> {
  const result = await runCommand(TRIVY_BINARY, args, { captureStdout: true, env: { ...process.env, TRIVY_NO_PROGRESS: 'true' } });
  return { code: result.code, stdout: result.stdout, log: result.tail.join('\n') };
}

async function scan(
  kind: 'image' | 'fs',
  target: string,
  cacheDir: string,
): Promise<{ code: number | null; found: (TrivyVulnerability & { type: string })[]; report?: TrivyJson; log: string }> {
  const input = kind === 'image' ? ['image', '--input', target] : ['fs', target];
  const { code, stdout, log } = await trivy([
    ...input,
    '--cache-dir',
    cacheDir,
    '--skip-db-update',
    '--offline-scan',
    '--scanners',
    'vuln',
    '--format',
    'json',
    '--quiet',
  ]);
  if (code !== 0) return { code, found: [], log };
  const report = JSON.parse(stdout) as TrivyJson;
  const found = (report.Results ?? []).flatMap((r) => (r.Vulnerabilities ?? []).map((v) => ({ type: r.Type, ...v })));
  return { code, found, report, log };
}

const summary = (found: (TrivyVulnerability & { type: string })[]): string[][] =>
  found.map((v) => [v.type, v.VulnerabilityID, v.PkgName, v.InstalledVersion, v.FixedVersion ?? '', v.Severity, v.DataSource?.ID ?? '']).sort();

test('the real trivy reports the Debian packages the fixture DB marks vulnerable, and only those', async (t) => {
  const work = await tempDir(t, 'trivy-db-fixture-');
  // debianLikeImage: libc6 2.36-9+deb12u4 (glibc), libssl3 3.0.11-1~deb12u2 (openssl), zlib1g 1:1.2.13.dfsg-1 (zlib).
  const db = await buildTrivyDb({
    dir: join(work, 'cache'),
    advisories: [
      {
        source: 'debian 12',
        package: 'openssl',
        id: 'CVE-2099-1001',
        severity: 'HIGH',
        fixedVersion: '3.0.15-1~deb12u1',
        aliases: ['GHSA-1111-2222-3333'],
        title: 'openssl: planted',
      },
      // Installed at exactly the fixed version: not vulnerable.
      { source: 'debian 12', package: 'zlib', id: 'CVE-2099-1002', severity: 'CRITICAL', fixedVersion: '1:1.2.13.dfsg-1' },
      { source: 'debian 12', package: 'glibc', id: 'CVE-2099-1003', severity: 'LOW' },
      // Another release: not this image.
      { source: 'debian 11', package: 'openssl', id: 'CVE-2099-1004', severity: 'CRITICAL', fixedVersion: '9.9.9' },
    ],
  });
  const image = await debianLikeImage({ dir: join(work, 'image') });
  const { code, found, report, log } = await scan('image', image.dir, db.cacheDir);
  assert.equal(code, 0, log);
  assert.deepEqual(report?.Metadata?.OS?.Family, 'debian');
  assert.deepEqual(summary(found), [
    ['debian', 'CVE-2099-1001', 'libssl3', '3.0.11-1~deb12u2', '3.0.15-1~deb12u1', 'HIGH', 'debian'],
    ['debian', 'CVE-2099-1003', 'libc6', '2.36-9+deb12u4', '', 'LOW', 'debian'],
  ]);
  const openssl = found.find((v) => v.VulnerabilityID === 'CVE-2099-1001');
  assert.deepEqual(openssl?.VendorIDs, ['GHSA-1111-2222-3333']);
  assert.equal(openssl?.Title, 'openssl: planted');
  assert.equal(FIXTURE_SCHEMA, TRIVY_DB_SCHEMA);
  assert.ok((await checkTrivyDb(db.cacheDir, { maxAgeMs: 3600_000 })).ageMs < 3600_000);
});

test('language advisories: the fixture marks an npm package vulnerable by version range', async (t) => {
  const work = await tempDir(t, 'trivy-db-npm-');
  const db = await buildTrivyDb({
    dir: join(work, 'cache'),
    advisories: [
      { source: 'npm::GitHub Security Advisory npm', package: 'left-pad', id: 'CVE-2099-2001', severity: 'MEDIUM', fixedVersion: '1.3.1' },
      { source: 'npm::GitHub Security Advisory npm', package: 'is-odd', id: 'CVE-2099-2002', severity: 'HIGH', fixedVersion: '3.0.0' },
    ],
  });
  const app = await npmApp(join(work, 'app'));
  const { code, found, log } = await scan('fs', app, db.cacheDir);
  assert.equal(code, 0, log);
  assert.deepEqual(summary(found), [['npm', 'CVE-2099-2001', 'left-pad', '1.3.0', '1.3.1', 'MEDIUM', 'ghsa']]);
});

test('trivy downloads the fixture DB from a local registry like ghcr.io/aquasecurity/trivy-db:2', async (t) => {
  const work = await tempDir(t, 'trivy-db-pull-');
  const registry = await startRegistry();
  t.after(() => registry.stop());
  const updatedAt = new Date(Date.now() - 26 * 3600_000);
  const db = await buildTrivyDb({
    dir: join(work, 'published'),
    updatedAt,
    advisories: [{ source: 'debian 12', package: 'openssl', id: 'CVE-2099-3001', severity: 'CRITICAL', fixedVersion: '3.0.15-1~deb12u1' }],
  });
  const repository = await pushTrivyDb(db, registry.host);

  const cacheDir = join(work, 'runner-cache');
  const download = await trivy(['image', '--download-db-only', '--db-repository', repository, '--cache-dir', cacheDir]);
  assert.equal(download.code, 0, download.log);
  const metadata = await readTrivyDbMetadata(cacheDir);
  assert.equal(metadata?.updatedAt.getTime(), updatedAt.getTime());
  assert.ok(metadata?.downloadedAt && metadata.downloadedAt.getTime() > updatedAt.getTime(), 'trivy records when it downloaded the DB');
  // The age is upstream's, not the download's: 26 hours passes 2d and fails 1d.
  assert.ok((await checkTrivyDb(cacheDir, { maxAgeMs: 2 * 86_400_000 })).ageMs >= 26 * 3600_000);
  await assert.rejects(
    checkTrivyDb(cacheDir, { maxAgeMs: 86_400_000 }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'stale',
  );

  const image = await debianLikeImage({ dir: join(work, 'image') });
  const { code, found, log } = await scan('image', image.dir, cacheDir);
  assert.equal(code, 0, log);
  assert.deepEqual(summary(found), [['debian', 'CVE-2099-3001', 'libssl3', '3.0.11-1~deb12u2', '3.0.15-1~deb12u1', 'CRITICAL', 'debian']]);
});

test('trivy refuses to scan without a DB or with a DB of another schema, and checkTrivyDb says why', async (t) => {
  const work = await tempDir(t, 'trivy-db-missing-');
  const image = await debianLikeImage({ dir: join(work, 'image') });

  const empty = join(work, 'empty');
  const missing = await scan('image', image.dir, empty);
  assert.notEqual(missing.code, 0, 'a scan without a DB must not succeed');
  await assert.rejects(
    checkTrivyDb(empty, { maxAgeMs: 3600_000 }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'missing' && error.message.includes(join(empty, 'db')),
  );

  const db = await buildTrivyDb({
    dir: join(work, 'old-schema'),
    advisories: [{ source: 'debian 12', package: 'openssl', id: 'CVE-2099-1005', severity: 'HIGH' }],
  });
  const now = new Date().toISOString();
  await writeFile(db.metadataPath, JSON.stringify({ Version: 1, NextUpdate: now, UpdatedAt: now }));
  const oldSchema = await scan('image', image.dir, db.cacheDir);
  assert.notEqual(oldSchema.code, 0, 'trivy must refuse a DB of another schema');
  await assert.rejects(
    checkTrivyDb(db.cacheDir, { maxAgeMs: 3600_000 }),
    (error: unknown) => error instanceof DatabaseUnavailableError && error.problem === 'schema' && /schema 1, this trivy reads schema 2/.test(error.message),
  );
});
