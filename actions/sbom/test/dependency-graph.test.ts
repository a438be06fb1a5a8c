import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { operations } from '@octokit/openapi-types';
import { dependencySnapshot } from '@service-pipeline/scanners';
import { runAction } from '../../../test/helpers/action-runner.js';
import { type FakeRequest, type GitHubFake, type Schema, startGitHubFake } from '../../../test/helpers/github-fake.js';
import { DEBIAN_PACKAGES, debianLikeImage, TRIVY_BINARY } from '../../../test/helpers/trivy.js';

type SnapshotCreated = operations['dependency-graph/create-repository-snapshot']['responses'][201]['content']['application/json'];

const TOKEN = 'ghs_dependency-submission-token';
const fixture = (name: string): string => join(import.meta.dirname, '../../../packages/scanners/test/sbom/fixtures', name);

test('dependency snapshots from CycloneDX and SPDX: every package with a purl, as the API types a snapshot', async () => {
  for (const [file, count] of [
    ['syft-debian.cdx.json', 4],
    ['syft-debian.spdx.json', 4],
  ] as const) {
    const sbom = JSON.parse(await readFile(fixture(file), 'utf8')) as unknown;
    const snapshot: Schema<'snapshot'> = dependencySnapshot({
      sbom,
      path: file,
      manifest: 'ghcr.io/acme/shop',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      job: { correlator: 'ci_build', id: '42' },
      detector: { name: 'service-pipeline sbom (syft)', version: '1.0.0', url: 'https://github.com/anchore/syft' },
      scanned: new Date('2026-03-10T12:00:00Z'),
    });
    const resolved = snapshot.manifests!['ghcr.io/acme/shop']!.resolved!;
    const purls = Object.keys(resolved);
    assert.ok(purls.length >= 3 && purls.length <= count, `${file}: ${purls.join(', ')}`);
    assert.ok(
      purls.some((p) => p.startsWith('pkg:deb/debian/libssl3@')),
      file,
    );
    for (const [purl, dependency] of Object.entries(resolved)) {
      assert.equal(dependency.package_url, purl);
      assert.equal(dependency.scope, 'runtime');
    }
  }
  assert.throws(
    () =>
      dependencySnapshot({
        sbom: { hello: 'world' },
        path: 'x.json',
        manifest: 'm',
        sha: 's',
        ref: 'r',
        job: { correlator: 'c', id: '1' },
        detector: { name: 'n', version: 'v', url: 'u' },
        scanned: new Date(),
      }),
    /x\.json is neither CycloneDX nor SPDX JSON/,
  );
});

describe("sbom action: dependency-graph submits the SBOM's packages (GitHub API fake)", () => {
  let github: GitHubFake;
  let runnerTemp: string;
  let image: Awaited<ReturnType<typeof debianLikeImage>>;
  const received: FakeRequest[] = [];
  let answer = { result: 'SUCCESS', message: 'Dependency results for the repo have been successfully updated.' };

  before(async () => {
    github = await startGitHubFake({ tokens: [TOKEN] });
    github.route('POST', '/repos/:owner/:repo/dependency-graph/snapshots', (req) => {
      received.push(req);
      const body: SnapshotCreated = { id: 7001 + received.length, created_at: new Date().toISOString(), ...answer };
      return { status: 201, body };
    });
    runnerTemp = await mkdtemp(join(tmpdir(), 'sbom-graph-'));
    image = await debianLikeImage({ dir: join(runnerTemp, 'layout') });
  });
  after(async () => {
    await github.stop();
    await rm(runnerTemp, { recursive: true, force: true });
  });

  const env = (): Record<string, string> => ({
    RUNNER_TEMP: runnerTemp,
    // The test's trivy lives in the tool cache, where the runner keeps tools.
    RUNNER_TOOL_CACHE: dirname(TRIVY_BINARY),
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'image',
    GITHUB_RUN_ID: '99',
  });

  test('the packages of the image land in the dependency graph, keyed by purl, the token masked', async () => {
    const run = await runAction(
      'sbom',
      { 'oci-layout': image.dir, 'tool-path': TRIVY_BINARY, 'dependency-graph': 'true', token: TOKEN },
      { env: env(), timeoutMs: 240_000 },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(received.length, 1);
    assert.equal(received[0]!.path, '/repos/acme/shop/dependency-graph/snapshots');
    const snapshot = received[0]!.body as Schema<'snapshot'>;
    assert.equal(snapshot.sha, 'b'.repeat(40));
    assert.equal(snapshot.ref, 'refs/heads/main');
    assert.equal(snapshot.job.id, '99');
    assert.match(snapshot.job.correlator, /^ci_image_/);
    const manifests = Object.values(snapshot.manifests ?? {});
    assert.equal(manifests.length, 1);
    const names = Object.keys(manifests[0]!.resolved ?? {})
      .map((purl) => /^pkg:deb\/debian\/([^@]+)@/.exec(purl)?.[1])
      .sort();
    assert.deepEqual(
      names,
      DEBIAN_PACKAGES.map((p) => p.name),
    );
    assert.equal(run.outputs['snapshot-id'], '7002');
    assert.ok(run.masked.includes(TOKEN));
    assert.match(run.summary, /Submitted to the dependency graph of acme\/shop: snapshot 7002, SUCCESS/);
  });

  test("an INVALID answer fails the step with GitHub's message; dependency-graph outside a run names what is missing", async () => {
    answer = { result: 'INVALID', message: 'manifests.x.resolved is malformed' };
    const run = await runAction(
      'sbom',
      { 'oci-layout': image.dir, 'tool-path': TRIVY_BINARY, 'dependency-graph': 'true', token: TOKEN },
      { env: env(), timeoutMs: 240_000 },
    );
    assert.equal(run.exitCode, 1);
    assert.match(run.errors[0]!, /^sbom failed: GitHub rejected the dependency snapshot for acme\/shop: manifests\.x\.resolved is malformed/);

    const outside = await runAction(
      'sbom',
      { 'oci-layout': image.dir, 'tool-path': TRIVY_BINARY, 'dependency-graph': 'true', token: TOKEN },
      { env: { RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: dirname(TRIVY_BINARY), GITHUB_REPOSITORY: '', GITHUB_SHA: '', GITHUB_RUN_ID: '', GITHUB_REF: '' } },
    );
    assert.equal(outside.exitCode, 1);
    assert.match(outside.errors[0]!, /input "dependency-graph" is true, but GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, GITHUB_RUN_ID are not set/);
    assert.equal(received.length, 2, 'nothing submitted without a run');
  });
});
