import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURES } from '../../../packages/config-validate/test/helpers.js';
import { type ActionRun, runAction } from '../../../test/helpers/action-runner.js';
import { makeReleaseArchive, type ReleaseServer, startReleaseServer } from '../../../test/helpers/release-server.js';
import { goTool, toolCacheEnv } from '../../../test/helpers/tools.js';

const renderers = (): Record<string, string> => ({ 'helm-path': goTool('helm'), 'kustomize-path': goTool('kustomize') });

function assertRefused(run: ActionRun, pattern: RegExp): void {
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0]!, pattern);
  assert.equal(run.outputs['findings-count'], undefined, 'nothing was validated');
}

describe('config-validate action (bundled, run as the runner runs it)', () => {
  let server: ReleaseServer;
  before(async () => {
    server = await startReleaseServer();
  });
  after(async () => {
    await server.close();
  });

  test('the planted repository: one annotation per finding at its file and line, reports, summary, failure', async (t) => {
    // The reports must outlive the run: RUNNER_TEMP is ours, not the runner helper's.
    const runnerTemp = await mkdtemp(join(tmpdir(), 'config-validate-temp-'));
    t.after(() => rm(runnerTemp, { recursive: true, force: true }));
    const run = await runAction(
      'config-validate',
      { 'kubernetes-version': '1.29', ...renderers() },
      { github: { workspace: join(FIXTURES, 'planted') }, env: { RUNNER_TEMP: runnerTemp, ...toolCacheEnv() } },
    );
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const located = run.annotations.filter((a) => a.properties['file']);
    assert.equal(located.length, 24);
    assert.equal(run.outputs['findings-count'], '24');
    assert.equal(run.outputs['errors'], String(located.filter((a) => a.level === 'error').length));
    const unknownField = located.find((a) => a.properties['title']?.startsWith('schema/unknown-field Deployment'))!;
    assert.deepEqual([unknownField.level, unknownField.properties['file'], unknownField.properties['line']], ['error', 'apps/shop/base/deployment.yaml', '26']);
    assert.match(unknownField.message, /unknown field spec\.template\.spec\.containers\[0\]\.imagePullPolicyy\. Fix: /);
    const exempt = located.find((a) => a.properties['title']?.startsWith('SP-EXEMPT-001'))!;
    assert.deepEqual([exempt.level, exempt.properties['file'], exempt.properties['line']], ['warning', 'apps/legacy/worker.yaml', '7']);

    const report = JSON.parse(await readFile(run.outputs['report']!, 'utf8')) as { findings: { file: string; line: number }[]; counts: Record<string, number> };
    assert.equal(report.findings.length, 24);
    const sarif = JSON.parse(await readFile(run.outputs['sarif']!, 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`),
      report.findings.map((f) => `${f.file}:${f.line}`),
    );
    const junit = await readFile(run.outputs['junit']!, 'utf8');
    assert.match(junit, /<testsuites name="config-validate" tests="24" failures="\d+">/);
    assert.match(run.summary, /\*\*apps\/shop\/base\/deployment\.yaml\*\*/);
    assert.match(run.summary, /\| 26 \| error \| schema\/unknown-field \|/);
    assert.match(run.errors.at(-1)!, /^config-validate failed: \d+ finding\(s\) at or above fail-on error in 37 resource\(s\)/);
  });

  test('the clean twin passes; fail-on never only reports', async () => {
    const clean = await runAction(
      'config-validate',
      { 'kubernetes-version': '1.29', ...renderers() },
      { github: { workspace: join(FIXTURES, 'clean') }, env: toolCacheEnv() },
    );
    assert.equal(clean.exitCode, 0, clean.stdout + clean.stderr);
    assert.equal(clean.outputs['findings-count'], '0');
    assert.match(clean.summary, /No findings\./);
    const reportOnly = await runAction(
      'config-validate',
      { 'kubernetes-version': '1.29', 'fail-on': 'never', path: 'apps/legacy', ...renderers() },
      { github: { workspace: join(FIXTURES, 'planted') }, env: toolCacheEnv() },
    );
    assert.equal(reportOnly.exitCode, 0, reportOnly.stdout + reportOnly.stderr);
    assert.ok(Number(reportOnly.outputs['findings-count']) > 0);
  });

  test('engine tools: kubeconform and conftest by path (the real binaries), findings in one list', async () => {
    const run = await runAction(
      'config-validate',
      {
        'kubernetes-version': '1.29',
        engine: 'tools',
        checks: 'schema,policies',
        'policy-dir': 'policy',
        'kubeconform-path': goTool('kubeconform'),
        'conftest-path': goTool('conftest'),
        ...renderers(),
      },
      { github: { workspace: join(FIXTURES, 'planted') }, env: toolCacheEnv() },
    );
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const titles = run.annotations
      .filter((a) => a.properties['file'])
      .map((a) => `${a.properties['title']!.split(' ')[0]} ${a.properties['file']}:${a.properties['line']}`);
    assert.ok(titles.includes('kubeconform/invalid apps/legacy/service.yaml:12'), titles.join('\n'));
    assert.ok(titles.includes('conftest/main apps/legacy/service.yaml:1'), titles.join('\n'));
    assert.ok(!titles.some((t) => t.startsWith('schema/')), 'the embedded schema engine did not run');
  });

  test('bad inputs are refused before any work, naming the input', async () => {
    const workspace = { github: { workspace: join(FIXTURES, 'clean') } };
    assertRefused(
      await runAction('config-validate', { engine: 'kubeconform' }, workspace),
      /input "engine" must be one of embedded, tools, both \(got "kubeconform"\)/,
    );
    assertRefused(
      await runAction('config-validate', { 'kubernetes-version': '1.99' }, workspace),
      /input "kubernetes-version" is "1\.99", not a Kubernetes release this check knows; set it to the version of the cluster/,
    );
    assertRefused(
      await runAction('config-validate', { checks: 'schema,lint' }, workspace),
      /input "checks" names an unknown check "lint"; use any of schema, deprecations, policies/,
    );
    assertRefused(
      await runAction('config-validate', { path: '../../..' }, workspace),
      /input "path" points outside the directories this action may use: .*; use a path inside GITHUB_WORKSPACE/,
    );
    assertRefused(await runAction('config-validate', { 'policy-dir': 'nope' }, workspace), /input "policy-dir" policy-dir "nope" does not exist/);
    // Issue 14: checked at the input, before any tool is looked for, with the same rules as every path input.
    assertRefused(
      await runAction('config-validate', { path: 'x'.repeat(300) }, workspace),
      /input "path" has a file name of 300 bytes; file names are at most 255 bytes/,
    );
    assertRefused(await runAction('config-validate', { 'policy-dir': 'policy\nx' }, workspace), /input "policy-dir" contains a line break/);
    assertRefused(
      await runAction('config-validate', { 'helm-path': '/etc/passwd' }, workspace),
      /input "helm-path" points outside the directories this action may use: \/etc\/passwd; .*or a directory on PATH/,
    );
  });

  test('tools are downloaded only through the pinned checksums: a tampered kubeconform archive is refused', async () => {
    const asset = 'kubeconform-linux-amd64.tar.gz';
    const fake = await makeReleaseArchive(asset, 'kubeconform', 'v0.8.0');
    server.serve(`/v0.8.0/${asset}`, fake.archive);
    const toolCache = await mkdtemp(join(tmpdir(), 'tool-cache-'));
    const run = await runAction(
      'config-validate',
      { engine: 'tools', checks: 'schema', 'tools-base-url': server.url },
      { github: { workspace: join(FIXTURES, 'clean') }, env: { RUNNER_TOOL_CACHE: toolCache } },
    );
    await rm(toolCache, { recursive: true, force: true });
    assertRefused(
      run,
      /config-validate failed: the archive downloaded from http:\/\/127\.0\.0\.1:\d+\/v0\.8\.0\/kubeconform-linux-amd64\.tar\.gz has sha256 [0-9a-f]{64}, expected 9bc2bffbf71f/,
    );
    assert.deepEqual(server.requests, [`/v0.8.0/${asset}`]);
  });
});
