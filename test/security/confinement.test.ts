import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runAction } from '../helpers/action-runner.js';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.js';
import { TRIVY_BINARY } from '../helpers/trivy.js';

/**
 * Issue 14, defect 1: `build` wrote an OCI layout into /etc and `sbom` handed `--output /etc/...`
 * to the scanner. Every path input of every action is tried here with a value that leaves the
 * workspace (`..`, an absolute path, a symlink inside the workspace pointing out): each run
 * must fail naming the input and the allowed roots, and leave the sandbox exactly as it was.
 */
describe('path inputs stay inside GITHUB_WORKSPACE, RUNNER_TEMP and the tool cache', () => {
  let box: Sandbox;
  before(async () => {
    box = await makeSandbox();
  });
  after(async () => {
    await box?.remove();
  });

  const appendBuild = {
    image: 'ghcr.io/acme/shop',
    'base-image': 'oci-layout:layout:latest',
    artifacts: 'dist/server=/app/server',
    entrypoint: '["/app/server"]',
  };
  const dockerfileBuild = { image: 'ghcr.io/acme/shop', mode: 'dockerfile' };
  const sbomOfDist = { directory: 'dist', 'tool-path': TRIVY_BINARY, username: '', password: '' };
  const scanLayout = { 'oci-layout': 'layout', 'trivy-path': 'tool' };
  const cases: [action: string, input: string, inputs: (outside: string) => Record<string, string>][] = [
    ['build', 'oci-layout', (o) => ({ ...appendBuild, 'oci-layout': `${o}/written-layout` })],
    ['build', 'context', (o) => ({ ...appendBuild, context: o })],
    ['build', 'artifacts', (o) => ({ ...appendBuild, artifacts: `${o}/secret.txt=/app/secret` })],
    ['build', 'base-image', (o) => ({ ...appendBuild, 'base-image': `oci-layout:${o}/layout:latest` })],
    ['build', 'dockerfile', (o) => ({ ...dockerfileBuild, dockerfile: `${o}/Dockerfile` })],
    ['build', 'secrets', (o) => ({ ...dockerfileBuild, secrets: `token=file:${o}/secret.txt` })],
    ['sbom', 'output-dir', (o) => ({ ...sbomOfDist, 'output-dir': `${o}/sbom` })],
    ['sbom', 'directory', (o) => ({ ...sbomOfDist, directory: o })],
    ['sbom', 'oci-layout', (o) => ({ 'tool-path': TRIVY_BINARY, 'oci-layout': `${o}/layout` })],
    ['sbom', 'tool-path', (o) => ({ directory: 'dist', 'tool-path': `${o}/tool` })],
    ['scan', 'oci-layout', (o) => ({ ...scanLayout, 'oci-layout': `${o}/layout` })],
    ['scan', 'sbom', (o) => ({ 'trivy-path': 'tool', sbom: `${o}/sbom.json` })],
    ['scan', 'ignore-file', (o) => ({ ...scanLayout, 'ignore-file': `${o}/ignore.yml` })],
    ['scan', 'trivy-path', (o) => ({ 'oci-layout': 'layout', 'trivy-path': `${o}/tool` })],
    ['scan', 'grype-path', (o) => ({ 'oci-layout': 'layout', scanners: 'grype', 'grype-path': `${o}/tool` })],
    ['push', 'oci-layout', (o) => ({ 'oci-layout': `${o}/layout`, tags: '127.0.0.1:9/acme/shop:v1' })],
    ['prune', 'oci-layout', (o) => ({ provider: 'oci-layout', 'oci-layout': `${o}/layout`, grace: '0s', 'delete-tags': '.*' })],
    ['config-validate', 'path', (o) => ({ path: o })],
    ['config-validate', 'policy-dir', (o) => ({ path: 'config', 'policy-dir': o })],
    ['config-validate', 'helm-path', (o) => ({ path: 'config', 'helm-path': `${o}/tool` })],
    ['push', 'attestations', (o) => ({ 'oci-layout': 'layout', tags: '127.0.0.1:9/acme/shop:v1', attestations: `${o}/sbom.json` })],
    ['scan', 'vex', (o) => ({ ...scanLayout, vex: `${o}/sbom.json` })],
    ['merge', 'layouts', (o) => ({ layouts: `${o}/layout`, ref: 'v1' })],
    ['merge', 'oci-layout', (o) => ({ layouts: 'layout', ref: 'v1', 'oci-layout': `${o}/merged` })],
    ['helm-push', 'chart', (o) => ({ chart: `${o}/chart`, repository: '127.0.0.1:9/acme/charts' })],
    ['plan', 'path', (o) => ({ path: o })],
    ['plan', 'config', (o) => ({ config: `${o}/pipeline.yml` })],
    ['plan', 'chart', (o) => ({ chart: `${o}/chart` })],
    ['plan', 'version-file', (o) => ({ 'version-file': `${o}/dist/server` })],
    ['prune', 'in-use', (o) => ({ provider: 'oci-layout', 'oci-layout': 'layout', grace: '0s', 'in-use': `${o}/dist` })],
  ];

  for (const [action, input, inputs] of cases) {
    test(`${action}: ${input} outside the workspace is refused (relative, absolute and through a symlink) and nothing changes`, async () => {
      for (const outside of ['../outside', box.outside, 'escape']) {
        const before = await box.snapshot();
        // The tool cache is where the test's trivy lives; it is a root for reading and running only.
        const run = await runAction(action, inputs(outside), {
          github: { workspace: box.workspace },
          env: { ...box.env, RUNNER_TOOL_CACHE: TRIVY_BINARY.replace(/\/[^/]+$/, '') },
        });
        const label = `${action} ${input}=${outside}`;
        assert.equal(run.exitCode, 1, `${label}\n${run.stdout}${run.stderr}`);
        assert.equal(run.errors.length, 1, `${label}: ${run.errors.join('\n')}`);
        assert.match(
          run.errors[0]!,
          new RegExp(
            `^${action} failed: input "${input}" .*points outside the directories this action may use: .*; use a path inside GITHUB_WORKSPACE \\(${box.workspace}\\)`,
          ),
          label,
        );
        assert.deepEqual(await box.snapshot(), before, `${label} changed the sandbox`);
      }
    });
  }

  test('paths inside the workspace through a symlink that stays inside are accepted', async () => {
    const run = await runAction(
      'prune',
      { provider: 'oci-layout', 'oci-layout': 'inner', grace: '0s', 'dry-run': 'true' },
      { github: { workspace: box.workspace } },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  });
});
