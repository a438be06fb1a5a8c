import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ActionRun, runAction } from '../../../test/helpers/action-runner.js';
import { freePort } from '../../../test/helpers/ports.js';
import { debianLikeImage, TRIVY_BINARY } from '../../../test/helpers/trivy.js';

/** A run that stopped on bad input: failed, named the input, decided nothing. */
function assertRefused(run: ActionRun, pattern: RegExp): void {
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0]!, pattern);
  assert.equal(run.outputs.gate, undefined, 'no verdict');
  assert.doesNotMatch(run.stdout, /Scanning /, 'nothing was scanned');
}

describe('scan action (bundled, run as the runner runs it)', () => {
  let image: { dir: string };
  let work: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'scan-action-'));
    image = await debianLikeImage({ dir: join(work, 'layout') });
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });
  // The layout and files live in the workspace, as a checkout's would; trivy in the tool cache.
  const scan = (inputs: Record<string, string>) =>
    runAction('scan', inputs, { github: { workspace: work }, env: { RUNNER_TOOL_CACHE: dirname(TRIVY_BINARY) } });

  test('refuses two targets at once', async () => {
    assertRefused(
      await scan({ 'oci-layout': image.dir, image: 'ghcr.io/acme/shop:1' }),
      /^scan failed: input "image" is set together with oci-layout; scan one target per step: set exactly one of oci-layout, image, sbom/,
    );
    const sbom = join(work, 'sbom.json');
    await writeFile(sbom, '{}');
    assertRefused(await scan({ image: 'ghcr.io/acme/shop:1', sbom }), /input "sbom" is set together with image/);
    assertRefused(await scan({ sbom, 'layout-ref': 'app' }), /input "layout-ref" is set, but the target is sbom/);
  });

  test('refuses an unknown scanner, listing the known ones', async () => {
    assertRefused(
      await scan({ 'oci-layout': image.dir, scanners: 'trivy, clair' }),
      /input "scanners" names an unknown scanner "clair"; use trivy, grype or both/,
    );
  });

  test('refuses an unknown severity for fail-on', async () => {
    assertRefused(
      await scan({ 'oci-layout': image.dir, 'fail-on': 'severe' }),
      /input "fail-on" must be one of critical, high, medium, low, none \(got "severe"\)/,
    );
    assertRefused(await scan({ 'oci-layout': image.dir, 'fail-on': 'HIGH' }), /use "high"; values are case-sensitive/);
  });

  test('refuses a malformed ignore file with its file and line, before scanning', async () => {
    const file = join(work, 'scan-ignore.yml');
    await writeFile(file, 'ignore:\n  - id: CVE-2023-4911\n    reason: accepted\n  - id: CVE-2023-5363\n    expires: 2026-01-01\n');
    assertRefused(
      await scan({ 'oci-layout': image.dir, 'ignore-file': file }),
      new RegExp(`ignore file ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4: the entry for CVE-2023-5363 has no "reason"`),
    );
    await writeFile(file, 'ignore:\n  - id: CVE-2023-4911\n    reason: accepted\n    expires: soon\n');
    assertRefused(
      await scan({ 'oci-layout': image.dir, 'ignore-file': file }),
      /:2: the entry for CVE-2023-4911 has expires "soon", not a date; write the last day/,
    );
    assertRefused(await scan({ 'oci-layout': image.dir, 'ignore-file': join(work, 'missing.yml') }), /input "ignore-file" path .*missing\.yml does not exist/);
  });

  test('refuses other bad input: a tool version without checksums, a half set of credentials, a missing default layout', async () => {
    assertRefused(
      await scan({ 'oci-layout': image.dir, 'trivy-version': '0.1.0' }),
      /input "trivy-version" asks for trivy 0\.1\.0, which the tool manifest has no checksums for/,
    );
    assertRefused(
      await scan({ image: 'ghcr.io/acme/shop:1', 'registry-username': 'me' }),
      /input "registry-password" is empty while the other registry credential is set/,
    );
    assertRefused(await scan({}), /input "oci-layout" path .*runner-temp\/service-pipeline\/oci-layout does not exist/);
    assertRefused(await scan({ 'oci-layout': image.dir, 'max-db-age': 'a week' }), /input "max-db-age" is not a valid duration/);
  });

  test('a real trivy without a vulnerability DB fails the step as DB-unavailable: neither pass nor fail', async () => {
    // Nothing listens on this port, so the DB download fails at once and stays on 127.0.0.1.
    const port = await freePort();
    const run = await scan({
      'oci-layout': image.dir,
      'trivy-path': TRIVY_BINARY,
      'db-repository': `127.0.0.1:${port}/aquasec/trivy-db:2`,
      'fail-on': 'low',
    });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.equal(run.errors.length, 1, run.stdout);
    assert.match(run.errors[0]!, /^scan failed: OCI layout .* was not scanned: trivy vulnerability database /);
    assert.doesNotMatch(run.errors[0]!, /gate/);
    assert.equal(run.outputs.gate, undefined, 'no verdict at all');
    assert.equal(run.outputs.critical, undefined);
    assert.equal(run.outputs.report, undefined);
    assert.match(run.summary, /^## NOT SCANNED: /, 'the summary says so, and cannot read as a clean scan');
    assert.doesNotMatch(run.summary, /pass|0 critical/i);
  });
});
