import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { goTool } from '../../../test/helpers/tools.js';
import { FIXTURES } from '../../config-validate/test/helpers.js';

const BIN = fileURLToPath(new URL('../bin/service-pipeline.mjs', import.meta.url));

/** Runs the CLI as a user would, with the real helm and kustomize on PATH. */
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const PATH = [dirname(goTool('helm')), dirname(goTool('kustomize')), process.env['PATH']].join(':');
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PATH } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('service-pipeline validate', () => {
  test('the clean twin: exit 0', () => {
    const run = cli('validate', join(FIXTURES, 'clean'), '--kubernetes-version', '1.29');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^0 finding\(s\) in 25 resource\(s\); Kubernetes 1\.29$/m);
  });

  test('the planted repository: exit 1, one line per finding, or the JSON report', () => {
    const text = cli('validate', join(FIXTURES, 'planted'), '--kubernetes-version', '1.29');
    assert.equal(text.code, 1, text.stderr);
    assert.match(text.stdout, /^apps\/shop\/base\/deployment\.yaml:26: error schema\/unknown-field Deployment shop: unknown field/m);
    const json = cli('validate', join(FIXTURES, 'planted'), '--kubernetes-version', '1.29', '--json');
    assert.equal(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout) as { findings: unknown[]; counts: { error: number } };
    assert.equal(report.findings.length, 24);
    const warnings = cli('validate', join(FIXTURES, 'planted'), '--kubernetes-version', '1.29', '--checks', 'deprecations', '--fail-on', 'never');
    assert.equal(warnings.code, 0, warnings.stderr);
  });

  test('bad usage and bad input: exit 2 with the reason', () => {
    const missing = cli('validate', join(FIXTURES, 'does-not-exist'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /the repository root .*does-not-exist is not a directory; point it at a checkout of the config repository/);
    const version = cli('validate', join(FIXTURES, 'clean'), '--kubernetes-version', '9.9');
    assert.equal(version.code, 2);
    assert.match(version.stderr, /kubernetes-version "9\.9" is not a Kubernetes release this check knows/);
    const check = cli('validate', join(FIXTURES, 'clean'), '--checks', 'lint');
    assert.equal(check.code, 2);
    assert.match(check.stderr, /--checks: unknown check "lint"/);
    assert.equal(cli('validate').code, 2);
  });
});
