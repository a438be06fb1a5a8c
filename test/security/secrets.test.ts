import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fakeTool, GRYPE_REPORT, SYFT_CYCLONEDX, SYFT_SPDX, writeGrypeReport, writeSyftOutputs } from '../../packages/scanners/test/runners/fake-tools.js';
import { runAction } from '../helpers/action-runner.js';
import { filesContaining, makeSandbox, type Sandbox } from '../helpers/sandbox.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Issue 14 defect 5: scanners got every INPUT_* variable (the registry password among them); build validated before masking. */
describe('secrets: masked first, with their derived forms; never in a child process environment', () => {
  let box: Sandbox;
  before(async () => {
    box = await makeSandbox();
  });
  after(async () => {
    await box?.remove();
  });

  const inheritsNoInput = (env: Record<string, string>, secret: string, allowed: string[]) => {
    assert.deepEqual(
      Object.keys(env).filter((k) => k.startsWith('INPUT_')),
      [],
      'no INPUT_* variable reaches the scanner',
    );
    assert.deepEqual(
      Object.keys(env).filter((k) => env[k]!.includes(secret) && !allowed.includes(k)),
      [],
      `the secret only in ${allowed.join(', ') || 'no variable'}`,
    );
  };

  test('sbom: syft gets no INPUT_* variable and no password', async () => {
    const syft = await fakeTool(box.workspace, 'syft', '1.0.0', writeSyftOutputs(SYFT_CYCLONEDX, SYFT_SPDX));
    const run = await runAction(
      'sbom',
      { generator: 'syft', directory: 'dist', 'tool-path': syft.path, username: 'me', password: 'sbom-s3cret-value' },
      { github: { workspace: box.workspace } },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    inheritsNoInput(await syft.env(), 'sbom-s3cret-value', []);
    assert.ok(run.masked.includes(b64('me:sbom-s3cret-value')), 'the basic-auth form is masked');
  });

  test('scan: grype gets the registry credentials in its own variables only', async () => {
    const grype = await fakeTool(box.workspace, 'grype', '0.84.0', writeGrypeReport(GRYPE_REPORT));
    const run = await runAction(
      'scan',
      {
        image: '127.0.0.1:5000/acme/shop:1',
        scanners: 'grype',
        'grype-path': grype.path,
        'registry-username': 'ci',
        'registry-password': 'scan-s3cret-value',
        'fail-on': 'none',
      },
      { github: { workspace: box.workspace }, keepTemp: true },
    );
    try {
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      inheritsNoInput(await grype.env(), 'scan-s3cret-value', ['GRYPE_REGISTRY_AUTH_PASSWORD']);
      assert.ok(run.masked.includes(b64('ci:scan-s3cret-value')));
      assert.deepEqual(await filesContaining(run.runnerTemp, 'scan-s3cret-value'), [], 'no report or SARIF holds the password');
    } finally {
      await import('node:fs/promises').then(({ rm }) => rm(run.runnerTemp.replace(/\/runner-temp$/, ''), { recursive: true, force: true }));
    }
  });

  test('build: the password and its basic-auth form are masked even when another input is refused first', async () => {
    const run = await runAction(
      'build',
      { image: 'NOT A REFERENCE', username: 'bot', password: 'build-s3cret-value' },
      { github: { workspace: box.workspace }, env: box.env },
    );
    assert.equal(run.exitCode, 1);
    assert.match(run.errors[0]!, /^build failed: input "image" /);
    for (const form of ['build-s3cret-value', b64('bot:build-s3cret-value'), b64('x-access-token:build-s3cret-value')])
      assert.ok(run.masked.includes(form), form);
  });

  test('build: each line of a multi-line secrets input and each secret value is masked before any check', async () => {
    const run = await runAction(
      'build',
      { image: 'NOT A REFERENCE', mode: 'dockerfile', secrets: 'npmrc=//registry/:_authToken=tok-123456\ngh=ghp_abcdefgh' },
      { github: { workspace: box.workspace }, env: box.env },
    );
    assert.equal(run.exitCode, 1);
    for (const form of ['npmrc=//registry/:_authToken=tok-123456', '//registry/:_authToken=tok-123456', 'gh=ghp_abcdefgh', 'ghp_abcdefgh'])
      assert.ok(run.masked.includes(form), form);
  });

  test('manifest-bump: every line of an SSH key is masked before the key is checked', async () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\nAAAAA';
    const run = await runAction(
      'manifest-bump',
      { repository: 'git@github.com:acme/config.git', 'ssh-key': key, token: '', image: 'ghcr.io/acme/shop:1', targets: 'a.yaml' },
      { github: { workspace: box.workspace } },
    );
    assert.equal(run.exitCode, 1);
    assert.match(run.errors[0]!, /^manifest-bump failed: input "ssh-key" is not a private key/);
    for (const line of key.split('\n')) assert.ok(run.masked.includes(line), line);
  });
});
