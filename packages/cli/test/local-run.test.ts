import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { silentLogger } from '@service-pipeline/action-kit';
import { runPipeline, type StepName } from '@service-pipeline/cli';
import { GO_TOOLS } from '@service-pipeline/tools';
import { NODE_BINARY, REPO_ROOT } from '../../../test/helpers/action-runner.js';
import { git } from '../../../test/helpers/git-remote.js';
import { freePort } from '../../../test/helpers/ports.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { TRIVY_BINARY } from '../../../test/helpers/trivy.js';
import { buildTrivyDb, pushTrivyDb } from '../../../test/helpers/trivy-db.js';
import { resultTable } from '../src/result-table.js';
import { scanRequired } from '../src/scan-step.js';
import { bundledTrivy, localTrivy, userCacheDir } from '../src/tool-cache.js';

const execFileAsync = promisify(execFile);
const CLI = join(REPO_ROOT, 'packages/cli/bin/service-pipeline.mjs');

/** A copy of examples/go-service in its own git repository, so a run with no flags writes nothing into this checkout. */
async function serviceCopy(root: string): Promise<string> {
  const dir = join(root, 'go-service');
  await cp(join(REPO_ROOT, 'examples/go-service'), dir, { recursive: true, filter: (src) => !src.includes('.service-pipeline') });
  await git(dir, ['init', '--quiet', '--initial-branch', 'main']);
  await git(dir, ['add', '.']);
  await git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '--quiet', '-m', 'go-service']);
  return dir;
}

/**
 * A fresh machine: no RUNNER_* variables, an empty user cache, and every proxied request (the
 * public trivy DB repositories) sent to a closed port on 127.0.0.1, so no DB is reachable and
 * nothing leaves the machine. Go keeps its build cache (not ours to empty, and slow to refill).
 */
async function freshMachineEnv(cacheHome: string): Promise<NodeJS.ProcessEnv> {
  const goCache = (await execFileAsync('go', ['env', 'GOCACHE'])).stdout.trim();
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('RUNNER_') && !/^(https?|no)_proxy$/i.test(key)) env[key] = value;
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  return { ...env, XDG_CACHE_HOME: cacheHome, GOCACHE: goCache, HTTPS_PROXY: nowhere, HTTP_PROXY: nowhere };
}

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return execFileAsync(NODE_BINARY, [CLI, ...args], { env, maxBuffer: 32 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** The table's line of one step: its mark and detail. */
function row(stdout: string, step: string): string {
  const line = stdout.split('\n').find((l) => new RegExp(`^  (ok|FAIL|skip|NOT SCANNED) +${step} `).test(l));
  assert.ok(line, `no table row for ${step} in:\n${stdout}`);
  return line;
}

describe('`service-pipeline run examples/go-service` on a fresh machine', () => {
  let root: string;
  let service: string;
  let env: NodeJS.ProcessEnv;
  let registry: TestRegistry;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-fresh-'));
    service = await serviceCopy(root);
    env = await freshMachineEnv(join(root, 'cache'));
    registry = await startRegistry();
  });
  after(async () => {
    await registry.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('no flags, no DB reachable: NOT SCANNED, the image stays on loopback and in the local config repo, exit 0', async () => {
    const run = await cli(['run', service], env);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(row(run.stdout, 'scan'), /^ {2}NOT SCANNED scan +[\d.]+ s {2}trivy vulnerability database could not be downloaded/);
    assert.doesNotMatch(run.stdout, /RUNNER_TOOL_CACHE/);
    for (const step of ['test', 'build', 'sbom', 'push', 'bump', 'prune']) assert.match(row(run.stdout, step), /^ {2}ok /, step);
    assert.match(row(run.stdout, 'push'), /127\.0\.0\.1:\d+\/local\/go-service@sha256:/);
    assert.match(run.stdout, /\nNOT SCANNED: this image was not checked for vulnerabilities; it stays on this machine/);
    // The dev dependency's trivy was found without a path, and recorded in the CLI's own tool cache.
    const records = await readdir(join(root, 'cache', 'service-pipeline', 'tools', 'install-records'));
    assert.deepEqual(
      records.map((r) => r.replace(/-[0-9a-f]{16}\.json$/, '')),
      ['trivy'],
    );
    const record = JSON.parse(await readFile(join(root, 'cache', 'service-pipeline', 'tools', 'install-records', records[0]!), 'utf8')) as { path: string };
    assert.equal(record.path, bundledTrivy());
  });

  test('with --require-scan the same run fails at the scan and nothing is pushed (exit 1)', async () => {
    const run = await cli(['run', service, '--require-scan', '--work-dir', join(root, 'required')], env);
    assert.equal(run.code, 1, `${run.stdout}\n${run.stderr}`);
    assert.match(row(run.stdout, 'scan'), /^ {2}FAIL +scan .*not scanned, and a scan is required \(--require-scan\): trivy vulnerability database/);
    assert.match(row(run.stdout, 'push'), /^ {2}skip +push +an earlier step failed/);
    assert.doesNotMatch(run.stdout, /\nNOT SCANNED:/);
  });

  test("with the tests' DB served from a local registry it scans (3 trivy starts) and the gate decides", async () => {
    const db = await buildTrivyDb({
      dir: join(root, 'db'),
      advisories: [{ source: 'debian 12', package: 'openssl', id: 'CVE-2099-0001', severity: 'CRITICAL', fixedVersion: '9.9.9-1' }],
    });
    const repository = await pushTrivyDb(db, registry.host);
    // A wrapper that logs every start of the trivy it runs.
    const starts = join(root, 'trivy-starts.log');
    const wrapper = join(root, 'trivy');
    await writeFile(wrapper, `#!/bin/sh\necho "$*" >> '${starts}'\nexec '${TRIVY_BINARY}' "$@"\n`);
    await chmod(wrapper, 0o755);
    for (const round of [1, 2]) {
      await rm(starts, { force: true });
      const run = await cli(['run', service, '--db-repository', repository, '--trivy', wrapper, '--work-dir', join(root, 'scanned')], env);
      assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
      assert.match(row(run.stdout, 'scan'), /^ {2}ok +scan +[\d.]+ s {2}gate pass \(fail-on high\): 0 critical, 0 high/);
      assert.doesNotMatch(run.stdout, /NOT SCANNED/);
      const commands = (await readFile(starts, 'utf8')).trim().split('\n');
      const work = commands.filter((c) => c !== '--version');
      assert.deepEqual(
        work.map((c) => /--format (\S+)/.exec(c)?.[1]),
        ['json', 'cyclonedx', 'spdx-json'],
        `round ${round}: one scan (fetching the DB on round 1) and one run per SBOM format:\n${commands.join('\n')}`,
      );
      assert.equal(commands.length - work.length, round === 1 ? 1 : 0, `round ${round}: --version only on first use, then the install record`);
    }
  });
});

test('local pipeline: an unscanned image bound for a registry off this machine fails at the scan', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'sp-required-'));
  t.after(() => rm(work, { recursive: true, force: true }));
  const steps = new Set<StepName>(['build', 'scan', 'push']);
  const closed = `127.0.0.1:${await freePort()}/aquasecurity/trivy-db`;
  const run = await runPipeline({
    serviceDir: join(REPO_ROOT, 'examples/go-service'),
    workDir: work,
    registry: 'registry.example.com',
    platforms: ['linux/amd64'],
    steps,
    trivy: TRIVY_BINARY,
    dbRepositories: [closed],
    failOn: 'high',
    logger: silentLogger,
  });
  assert.equal(run.ok, false);
  const scan = run.reports.find((r) => r.step === 'scan')!;
  assert.equal(scan.status, 'failed');
  assert.match(scan.detail, /^not scanned, and a scan is required \(the image goes beyond this machine\): trivy vulnerability database/);
  assert.equal(run.reports.find((r) => r.step === 'push')!.status, 'skipped');
});

test('a scan is required by --require-scan, a registry off loopback or a named config repo; not for loopback and the local config repo', () => {
  assert.equal(scanRequired({}), false);
  assert.equal(scanRequired({ registry: '127.0.0.1:5000' }), false);
  assert.equal(scanRequired({ registry: 'localhost:5000' }), false);
  assert.equal(scanRequired({ requireScan: true }), true);
  assert.equal(scanRequired({ registry: 'ghcr.io' }), true);
  assert.equal(scanRequired({ configRepo: 'https://github.com/acme/config.git' }), true);
  assert.equal(scanRequired({ configRepo: '/srv/config.git' }), true);
});

test('the result table marks an unscanned image in capitals, in its row and below the table', () => {
  const table = resultTable([
    { step: 'build', status: 'ok', ms: 1200, detail: 'sha256:abc' },
    { step: 'scan', status: 'not-scanned', ms: 3000, detail: 'trivy vulnerability database could not be downloaded' },
    { step: 'bump', status: 'skipped', ms: 0, detail: 'not selected' },
  ]);
  assert.equal(
    table,
    [
      'service pipeline',
      '  ok          build    1.2 s  sha256:abc',
      '  NOT SCANNED scan     3.0 s  trivy vulnerability database could not be downloaded',
      '  skip        bump   not selected',
      '',
      'NOT SCANNED: this image was not checked for vulnerabilities; it stays on this machine (the registry on',
      '127.0.0.1, the local config repo). Scan it (a reachable trivy DB, or --db-repository MIRROR) before it goes anywhere else.',
    ].join('\n'),
  );
});

test('the user cache follows XDG: an absolute XDG_CACHE_HOME, else ~/.cache', () => {
  assert.equal(userCacheDir({ XDG_CACHE_HOME: '/var/cache/me', HOME: '/home/me' }), '/var/cache/me/service-pipeline');
  assert.equal(userCacheDir({ XDG_CACHE_HOME: 'relative/cache', HOME: '/home/me' }), '/home/me/.cache/service-pipeline');
  assert.equal(userCacheDir({ HOME: '/home/me' }), '/home/me/.cache/service-pipeline');
});

test("the trivy of a local run: --trivy, else the one `pnpm run tools` built, else the dev dependency's", async (t) => {
  const cache = await mkdtemp(join(tmpdir(), 'sp-trivy-choice-'));
  t.after(() => rm(cache, { recursive: true, force: true }));
  const env = { XDG_CACHE_HOME: cache, HOME: cache };
  assert.equal((await localTrivy({ logger: silentLogger }, env)).path, bundledTrivy());
  const built = join(cache, 'service-pipeline', 'go-tools', 'trivy', GO_TOOLS.trivy.version, 'trivy');
  await mkdir(dirname(built), { recursive: true });
  // Stands in for the Go build only to show which path is chosen; it answers --version like trivy.
  await writeFile(built, `#!/bin/sh\necho "Version: ${GO_TOOLS.trivy.version.slice(1)}"\n`);
  await chmod(built, 0o755);
  assert.deepEqual(await localTrivy({ logger: silentLogger }, env), { path: built, version: GO_TOOLS.trivy.version.slice(1), source: 'path' });
  assert.equal((await localTrivy({ trivy: TRIVY_BINARY, logger: silentLogger }, env)).path, TRIVY_BINARY);
});
