import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { silentLogger } from '@service-pipeline/action-kit';
import { type PipelineOptions, runPipeline, STEPS, type StepName } from '@service-pipeline/cli';
import { RegistryClient } from '@service-pipeline/oci';
import { NODE_BINARY, REPO_ROOT } from '../../../test/helpers/action-runner.js';
import { slsaProvenanceViolations, vulnsViolations } from '../../../test/helpers/attestation-schemas.js';
import { git } from '../../../test/helpers/git-remote.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { TRIVY_BINARY } from '../../../test/helpers/trivy.js';
import { buildTrivyDb, pushTrivyDb } from '../../../test/helpers/trivy-db.js';

const execFileAsync = promisify(execFile);
const GO_SERVICE = join(REPO_ROOT, 'examples/go-service');
const OFFLINE: StepName[] = ['test', 'build', 'sbom', 'push', 'bump', 'prune'];
const digestIn = (text: string): string => /sha256:[0-9a-f]{64}/.exec(text)![0];

describe('local pipeline on examples/go-service', () => {
  let registry: TestRegistry;
  let work: string;
  const options = (steps: readonly StepName[], extra: Partial<PipelineOptions> = {}): PipelineOptions => ({
    serviceDir: GO_SERVICE,
    workDir: work,
    registry: registry.host,
    repository: 'acme/go-service',
    platforms: ['linux/amd64', 'linux/arm64'],
    steps: new Set(steps),
    trivy: TRIVY_BINARY,
    failOn: 'high',
    logger: silentLogger,
    ...extra,
  });
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'sp-cli-'));
    registry = await startRegistry();
  });
  after(async () => {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('offline run: tested, built onto the embedded base, SBOMs made and attached, pushed, bumped in the config repo, pruned', async () => {
    const run = await runPipeline(options(OFFLINE));
    assert.equal(run.ok, true, JSON.stringify(run.reports, null, 2));
    assert.deepEqual(
      run.reports.map((r) => `${r.step}:${r.status}`),
      STEPS.map((s) => `${s}:${s === 'scan' || s === 'release' ? 'skipped' : 'ok'}`),
    );
    const digest = digestIn(run.reports.find((r) => r.step === 'push')!.detail);

    const client = new RegistryClient(registry.host);
    const tags = await client.listTags('acme/go-service');
    const immutable = tags.find((tag) => /^sha-[0-9a-f]{12}$/.test(tag));
    assert.ok(immutable, `tags: ${tags.join(', ')}`);
    const index = await client.getManifest('acme/go-service', immutable);
    assert.equal(index.digest, digest);
    const parsed = JSON.parse(index.bytes.toString('utf8')) as { manifests: { platform: { architecture: string } }[] };
    assert.deepEqual(
      parsed.manifests.map((m) => m.platform.architecture),
      ['amd64', 'arm64'],
    );
    // distribution 2.8 has no referrers API: the SBOMs hang off the sha256-<hex> fallback tag.
    const referrers = await client.getManifest('acme/go-service', `sha256-${digest.slice('sha256:'.length)}`);
    const artifactTypes = (JSON.parse(referrers.bytes.toString('utf8')) as { manifests: { artifactType?: string }[] }).manifests
      .map((m) => m.artifactType)
      .sort();
    assert.deepEqual(
      artifactTypes,
      ['application/spdx+json', 'application/vnd.cyclonedx+json', 'application/vnd.in-toto+json'],
      "the SBOMs and the build's provenance",
    );
    const cyclonedx = JSON.parse(await readFile(join(work, 'sbom', 'sbom.cdx.json'), 'utf8')) as { bomFormat: string };
    assert.equal(cyclonedx.bomFormat, 'CycloneDX');

    const checkout = join(work, 'checkout');
    await git(work, ['clone', '--quiet', join(work, 'config.git'), checkout]);
    const deployment = await readFile(join(checkout, 'apps/go-service/deployment.yaml'), 'utf8');
    assert.match(deployment, new RegExp(`image: ${registry.host}/acme/go-service:${immutable}@${digest} # bumped by the pipeline\\n`));
    assert.match(await git(checkout, ['log', '-1', '--format=%B']), /Bump go-service in local/);
  });

  test('a second run of the same commit builds the same digest and the bump is a no-op', async () => {
    const run = await runPipeline(options(['build', 'push', 'bump']));
    assert.equal(run.ok, true, JSON.stringify(run.reports, null, 2));
    const first = await new RegistryClient(registry.host).listTags('acme/go-service');
    const pushed = digestIn(run.reports.find((r) => r.step === 'push')!.detail);
    const head = await new RegistryClient(registry.host).getManifest('acme/go-service', first.find((t) => t.startsWith('sha-'))!);
    assert.equal(pushed, head.digest);
    assert.match(run.reports.find((r) => r.step === 'bump')!.detail, /^noop/);
  });

  test('scan with a trivy DB: the gate passes an image with no vulnerable package, and the run pushes', async () => {
    const db = await buildTrivyDb({
      dir: join(work, 'db'),
      advisories: [
        { source: 'debian 12', package: 'openssl', id: 'CVE-2099-0001', severity: 'CRITICAL', fixedVersion: '9.9.9-1', title: 'not in a static Go image' },
      ],
    });
    const repository = await pushTrivyDb(db, registry.host);
    const run = await runPipeline(options(['build', 'scan', 'push'], { platforms: ['linux/amd64'], dbRepositories: [repository] }));
    assert.equal(run.ok, true, JSON.stringify(run.reports, null, 2));
    assert.match(run.reports.find((r) => r.step === 'scan')!.detail, /^gate pass \(fail-on high\): 0 critical, 0 high/);

    // The evidence, found the way a client without the referrers API finds it: the sha256-<hex> tag index.
    const digest = digestIn(run.reports.find((r) => r.step === 'push')!.detail);
    const client = new RegistryClient(registry.host);
    const referrers = await client.referrers('acme/go-service', digest);
    assert.equal(referrers.via, 'tag-schema');
    const statements = [];
    for (const descriptor of referrers.manifests.filter((m) => m.artifactType === 'application/vnd.in-toto+json')) {
      const manifest = JSON.parse((await client.getManifest('acme/go-service', descriptor.digest)).bytes.toString('utf8')) as {
        subject: { digest: string };
        layers: { digest: string; size: number }[];
        annotations: Record<string, string>;
      };
      assert.equal(manifest.subject.digest, digest);
      const statement = JSON.parse((await client.getBlobBytes('acme/go-service', manifest.layers[0]!)).toString('utf8')) as {
        predicateType: string;
        subject: { digest: { sha256: string } }[];
      };
      assert.equal(manifest.annotations['in-toto.io/predicate-type'], statement.predicateType);
      assert.deepEqual(
        statement.subject.map((s) => `sha256:${s.digest.sha256}`),
        [digest],
        'the statement is about the pushed digest',
      );
      statements.push(statement);
    }
    const byType = Object.fromEntries(statements.map((s) => [s.predicateType, s]));
    assert.deepEqual(Object.keys(byType).sort(), ['https://in-toto.io/attestation/vulns/v0.2', 'https://slsa.dev/provenance/v1']);
    assert.deepEqual(slsaProvenanceViolations(byType['https://slsa.dev/provenance/v1']), []);
    assert.deepEqual(vulnsViolations(byType['https://in-toto.io/attestation/vulns/v0.2']), []);
    const dependencies = (
      byType['https://slsa.dev/provenance/v1'] as unknown as {
        predicate: { buildDefinition: { resolvedDependencies: { name?: string; digest: Record<string, string> }[] } };
      }
    ).predicate.buildDefinition.resolvedDependencies;
    assert.match(dependencies[0]!.digest['gitCommit']!, /^[0-9a-f]{40}$/, 'the source commit');
    assert.ok(
      dependencies.some((d) => d.name?.startsWith('oci-layout:') && /^[0-9a-f]{64}$/.test(d.digest['sha256'] ?? '')),
      'the embedded base by digest',
    );
  });
});

test('local pipeline: an unscanned image is not pushed to a registry off this machine', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'sp-cli-'));
  t.after(() => rm(work, { recursive: true, force: true }));
  const run = await runPipeline({
    serviceDir: GO_SERVICE,
    workDir: work,
    registry: 'registry.example.com',
    platforms: ['linux/amd64'],
    steps: new Set(['build', 'push', 'bump'] as const),
    failOn: 'high',
    logger: silentLogger,
  });
  assert.equal(run.ok, false);
  assert.deepEqual(
    run.reports.map((r) => `${r.step}:${r.status}`),
    ['test:skipped', 'build:ok', 'scan:skipped', 'sbom:skipped', 'push:failed', 'bump:skipped', 'release:skipped', 'prune:skipped'],
  );
  assert.match(run.reports.find((r) => r.step === 'push')!.detail, /not scanned, and registry\.example\.com is not a local registry/);
});

test('local pipeline: a failed build stops the run before anything is pushed', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'sp-cli-'));
  t.after(() => rm(work, { recursive: true, force: true }));
  const run = await runPipeline({
    serviceDir: GO_SERVICE,
    workDir: work,
    registry: '127.0.0.1:9',
    baseImage: `oci-layout:${join(work, 'missing')}`,
    platforms: ['linux/amd64'],
    steps: new Set(['build', 'push'] as const),
    failOn: 'high',
    logger: silentLogger,
  });
  assert.equal(run.ok, false);
  assert.equal(run.reports.find((r) => r.step === 'build')!.status, 'failed');
  assert.equal(run.reports.find((r) => r.step === 'push')!.detail, 'an earlier step failed');
});

test('cli: bad arguments name the option and print the usage (exit 2)', async () => {
  const cli = join(REPO_ROOT, 'packages/cli/bin/service-pipeline.mjs');
  for (const [args, message] of [
    [['run', GO_SERVICE, '--steps', 'build,deploy'], '--steps: unknown step "deploy"'],
    [['run', GO_SERVICE, '--platforms', 'amd64'], '--platforms: "amd64" is not os/arch'],
    [['run', GO_SERVICE, '--fail-on', 'severe'], '--fail-on: "severe" is not one of critical, high, medium, low, none'],
    [['launch'], 'unknown command "launch"'],
  ] as const) {
    const error = await execFileAsync(NODE_BINARY, [cli, ...args]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    assert.ok(error, `${args.join(' ')} should fail`);
    assert.equal(error.code, 2);
    assert.ok(error.stderr.includes(message), error.stderr);
    assert.match(error.stderr, /Usage: service-pipeline run/);
  }
});
