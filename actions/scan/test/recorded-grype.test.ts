import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type FakeTool, fakeTool, GRYPE_REPORT, writeGrypeReport } from '../../../packages/scanners/test/runners/fake-tools.js';
import { type ActionRun, runAction } from '../../../test/helpers/action-runner.js';
import { makeImage } from '../../../test/helpers/images.js';

type Behaviour = 'report' | 'db-missing' | 'crash' | 'garbage' | 'no-report';

/**
 * A stand-in plays back a report recorded from a real grype run on a Debian image with npm
 * packages (more findings than the tests' own DBs plant), or fails the way grype fails (a crash,
 * garbage): the gate's rules are tested on it. real-grype.test.ts runs the real grype.
 */
function recordedGrype(dir: string, behaviour: Behaviour): Promise<FakeTool> {
  const act = {
    report: writeGrypeReport(GRYPE_REPORT),
    'db-missing': `echo '[0000] ERROR failed to load vulnerability db: vulnerability database does not exist' >&2; exit 1`,
    crash: `echo 'panic: runtime error: invalid memory address' >&2; exit 2`,
    garbage: writeGrypeReport(join(dir, 'proxy-error.html')),
    'no-report': 'exit 0',
  }[behaviour];
  return fakeTool(dir, 'grype', '0.84.0', act);
}

describe('scan action with a recorded grype report', () => {
  let work: string;
  let layout: string;
  const runs: ActionRun[] = [];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'scan-recorded-'));
    layout = (await makeImage({ dir: join(work, 'layout'), layerSizes: [512] })).dir;
    await writeFile(join(work, 'proxy-error.html'), '<html>proxy error</html>\n');
  });
  after(async () => {
    for (const run of runs) await rm(dirname(run.runnerTemp), { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  const scan = async (behaviour: Behaviour, inputs: Record<string, string> = {}): Promise<ActionRun & { grype: FakeTool }> => {
    const grype = await recordedGrype(work, behaviour);
    const run = await runAction(
      'scan',
      { 'oci-layout': layout, scanners: 'grype', 'grype-path': grype.path, ...inputs },
      { github: { workspace: work }, keepTemp: true },
    );
    runs.push(run);
    return { ...run, grype };
  };

  test('gate=fail: outputs, report, SARIF and summary are written, then the step fails', async () => {
    const run = await scan('report');
    assert.equal(run.exitCode, 1, run.stdout);
    assert.deepEqual(
      {
        gate: run.outputs.gate,
        critical: run.outputs.critical,
        high: run.outputs.high,
        medium: run.outputs.medium,
        low: run.outputs.low,
        unknown: run.outputs.unknown,
        fixable: run.outputs.fixable,
      },
      { gate: 'fail', critical: '1', high: '3', medium: '1', low: '1', unknown: '0', fixable: '5' },
    );
    assert.match(
      run.errors[0]!,
      /^scan failed: the gate failed for OCI layout .*: 4 findings at high or higher: CVE-2021-44906 \(critical, minimist\), CVE-2021-23337 \(high, lodash\), CVE-2023-4911 \(high, libc-bin\), CVE-2023-5363 \(high, libssl3\); upgrade/,
    );
    assert.match((await run.grype.args()).join(' '), new RegExp(`^oci-dir:${layout} --output json --file `));

    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    assert.equal(report.schema, 'service-pipeline/scan-report@1');
    assert.equal(report.findings.length, 6);
    assert.deepEqual(report.findings.find((f: { id: string }) => f.id === 'CVE-2021-23337').aliases, ['GHSA-35jh-r3h4-6jhm']);
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(
      sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id),
      ['container-scan/grype/'],
    );
    assert.equal(sarif.runs[0].results.length, 6);

    assert.match(run.summary, /## Vulnerability scan of OCI layout/);
    assert.match(run.summary, /\| critical \| 1 \| 1 \|/);
    assert.match(run.summary, /\*\*Top 5 fixable findings\*\*/);
  });

  test('gate=pass once the blocking findings are accepted (by alias, package or source); unused entries warn', async () => {
    const ignore = join(work, 'scan-ignore.yml');
    await writeFile(
      ignore,
      [
        'ignore:',
        '  - id: CVE-2021-44906',
        '    reason: minimist only parses our own build flags',
        '  - id: GHSA-35jh-r3h4-6jhm',
        '    reason: templates come from the repository',
        '    expires: 2099-12-31',
        '  - id: CVE-2023-4911',
        '    package: glibc',
        '    reason: no setuid binaries in the image',
        '  - id: CVE-2023-5363',
        '    package: pkg:deb/debian/libssl3',
        '    reason: no custom cipher lengths',
        '  - id: CVE-2019-0001',
        '    reason: left over',
      ].join('\n'),
    );
    const run = await scan('report', { 'ignore-file': ignore, 'sarif-category': 'container-scan/shop' });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.gate, 'pass');
    assert.equal(run.outputs.critical, '1', 'ignored findings are still counted');
    assert.deepEqual(run.warnings, [`ignore entry for CVE-2019-0001 at ${ignore}:13 matched no finding: remove it if the vulnerability is gone`]);
    assert.match(run.summary, /4 findings are accepted by the ignore file/);
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8'));
    assert.equal(sarif.runs[0].automationDetails.id, 'container-scan/shop/grype/');
  });

  test('fail-on none reports without failing; only-fixed ignores the unfixable', async () => {
    const none = await scan('report', { 'fail-on': 'none' });
    assert.equal(none.exitCode, 0, none.stdout);
    assert.equal(none.outputs.gate, 'pass');
    const fixedOnly = await scan('report', { 'fail-on': 'low', 'only-fixed': 'true' });
    assert.equal(fixedOnly.outputs.gate, 'fail');
    assert.match(fixedOnly.errors[0]!, /5 fixable findings at any severity/);
  });

  test('an image target: grype reads the registry with the given credentials, masked; SARIF points at the repository', async () => {
    const grype = await recordedGrype(work, 'report');
    const run = await runAction(
      'scan',
      {
        image: '127.0.0.1:5000/acme/shop:pr-1',
        scanners: 'grype',
        'grype-path': grype.path,
        'registry-username': 'ci',
        'registry-password': 's3cret-token',
        'fail-on': 'none',
      },
      { github: { workspace: work }, keepTemp: true },
    );
    runs.push(run);
    assert.equal(run.exitCode, 0, run.stdout);
    assert.match((await grype.args()).join(' '), /^registry:127\.0\.0\.1:5000\/acme\/shop:pr-1 --output json/);
    const env = await grype.env();
    assert.equal(`${env['GRYPE_REGISTRY_AUTH_USERNAME']}:${env['GRYPE_REGISTRY_AUTH_PASSWORD']}`, 'ci:s3cret-token');
    assert.ok(run.masked.includes('s3cret-token'));
    assert.doesNotMatch(run.stdout.replace('::add-mask::s3cret-token', ''), /s3cret-token/, 'printed nowhere but in the mask command');
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8'));
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, '127.0.0.1:5000/acme/shop:pr-1');
    assert.match(run.summary, /## Vulnerability scan of 127\.0\.0\.1:5000\/acme\/shop:pr-1/);
  });

  for (const [behaviour, message] of [
    ['db-missing', /^scan failed: OCI layout \S+ was not scanned: grype vulnerability database is unavailable: .*failed to load vulnerability db/],
    ['crash', /^scan failed: grype exited with code 2, so the image was not scanned; its last output:\npanic: runtime error/],
    ['garbage', /^scan failed: the grype report is malformed: not JSON/],
    // Was a raw "ENOENT: no such file or directory, open ..." (issue 14 defect 3).
    ['no-report', /^scan failed: grype did not write \/.*\/grype\.json \(ENOENT\); run grype by hand with the same arguments to see why$/],
  ] as const) {
    test(`a scanner that fails (${behaviour}) fails the step with its own error and no verdict`, async () => {
      const run = await scan(behaviour, { 'fail-on': 'none' });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.match(run.errors[0]!, message);
      assert.equal(run.outputs.gate, undefined);
      assert.equal(run.outputs.report, undefined);
      if (behaviour === 'db-missing') assert.match(run.summary, /^## NOT SCANNED: /, 'no DB: said so, never a verdict');
      else assert.equal(run.summary, '');
    });
  }
});
