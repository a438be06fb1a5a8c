import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { provenanceStatement, writeStaticBase } from '@service-pipeline/build';
import { OciLayout, RegistryClient, referrersTag, writeStatement } from '@service-pipeline/oci';
import { assessReports, parseTrivyReport, vulnerabilityStatement } from '@service-pipeline/scanners';
import { runAction } from '../../../test/helpers/action-runner.js';
import { slsaProvenanceViolations, vulnsViolations } from '../../../test/helpers/attestation-schemas.js';
import { type FixtureImage, makeImage } from '../../../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

describe('push action: attestations attached as OCI referrers', () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  let image: FixtureImage;
  let dir: string;
  let provenance: string;
  let vulnerabilities: string;

  before(async () => {
    registry = await startRegistry();
    client = new RegistryClient(registry.host);
    dir = await mkdtemp(join(tmpdir(), 'push-attest-'));
    // The layout and the statements sit in the workspace, where earlier steps wrote them.
    image = await makeImage({ dir: join(dir, 'layout'), layerSizes: [2_000] });
    const git = {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      defaultBranch: 'main',
      commitTime: new Date('2026-03-01T00:00:00Z'),
      repository: 'acme/shop',
    };
    const now = new Date();
    provenance = await writeStatement(
      join(dir, 'provenance.intoto.json'),
      provenanceStatement({
        image: `${registry.host}/acme/shop`,
        digest: image.root.digest,
        git,
        parameters: { mode: 'append', platforms: ['linux/amd64'] },
        baseImages: [],
        builder: { id: 'urn:service-pipeline:builder:local-cli' },
        startedOn: now,
        finishedOn: now,
      }),
    );
    const trivy = { ...parseTrivyReport({ SchemaVersion: 2, Results: [] }), database: { updatedAt: now } };
    const { report } = assessReports({
      target: 'shop',
      reports: [trivy],
      policy: { failOn: 'high', onlyFixed: false, ignore: [], now },
      sarif: { artifactUri: 'shop', category: 'x' },
    });
    vulnerabilities = await writeStatement(
      join(dir, 'vulnerabilities.intoto.json'),
      vulnerabilityStatement({ image: 'shop', digest: image.root.digest, report, reports: [trivy], startedOn: now, finishedOn: now }),
    );
  });
  after(async () => {
    await registry.stop();
    await rm(image.dir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  test('provenance and the scan report land next to the image, found through the referrers fallback, about the pushed digest', async () => {
    const run = await runAction(
      'push',
      { 'oci-layout': image.dir, tags: `${registry.host}/acme/shop:v1`, attestations: `${provenance}\n${vulnerabilities}` },
      { github: { workspace: dir } },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const refs = run.outputs.attestations!.split('\n');
    assert.equal(refs.length, 2);
    const referrers = await client.referrers('acme/shop', image.root.digest);
    assert.equal(referrers.via, 'tag-schema', 'distribution 2.8 has no referrers API');
    const found: Record<string, unknown> = {};
    for (const descriptor of referrers.manifests) {
      assert.equal(descriptor.artifactType, 'application/vnd.in-toto+json');
      assert.ok(refs.includes(`${registry.host}/acme/shop@${descriptor.digest}`));
      const manifest = JSON.parse((await client.getManifest('acme/shop', descriptor.digest)).bytes.toString('utf8')) as {
        subject: { digest: string };
        layers: { digest: string; size: number }[];
      };
      assert.equal(manifest.subject.digest, image.root.digest);
      const statement = JSON.parse((await client.getBlobBytes('acme/shop', manifest.layers[0]!)).toString('utf8')) as {
        predicateType: string;
        subject: { digest: { sha256: string } }[];
      };
      assert.deepEqual(
        statement.subject.map((s) => `sha256:${s.digest.sha256}`),
        [run.outputs.digest],
      );
      found[statement.predicateType] = statement;
    }
    assert.deepEqual(slsaProvenanceViolations(found['https://slsa.dev/provenance/v1']), []);
    assert.deepEqual(vulnsViolations(found['https://in-toto.io/attestation/vulns/v0.2']), []);
    assert.match(run.summary, /Attestations \(OCI referrers of the image\)/);
  });

  test('a statement whose subject was tampered with is refused before anything is pushed', async () => {
    const tampered = join(dir, 'tampered.intoto.json');
    const statement = JSON.parse(await readFile(provenance, 'utf8')) as { subject: { digest: { sha256: string } }[] };
    statement.subject[0]!.digest.sha256 = 'f'.repeat(64);
    await writeFile(tampered, JSON.stringify(statement));
    const run = await runAction(
      'push',
      { 'oci-layout': image.dir, tags: `${registry.host}/acme/tampered:v1`, attestations: `${vulnerabilities}\n${tampered}` },
      { github: { workspace: dir } },
    );
    assert.equal(run.exitCode, 1, run.stdout);
    assert.equal(run.errors.length, 1);
    assert.match(
      run.errors[0]!,
      new RegExp(
        `^push failed: ${tampered.replaceAll('.', '\\.')} \\(https://slsa\\.dev/provenance/v1\\) is about sha256:f{64}, not the image ${image.root.digest}; refusing to attach evidence`,
      ),
    );
    assert.equal(await client.headManifest('acme/tampered', 'v1'), undefined, 'nothing tagged');
    assert.equal(await client.headManifest('acme/tampered', referrersTag(image.root.digest)), undefined, 'nothing attached');

    const garbage = join(dir, 'garbage.json');
    await writeFile(garbage, '{"_type": "https://in-toto.io/Statement/v0.1"}');
    const bad = await runAction(
      'push',
      { 'oci-layout': image.dir, tags: `${registry.host}/acme/tampered:v1`, attestations: garbage },
      { github: { workspace: dir } },
    );
    assert.equal(bad.exitCode, 1);
    assert.match(
      bad.errors[0]!,
      /^push failed: input "attestations" .*garbage\.json is not an in-toto statement: _type is "https:\/\/in-toto\.io\/Statement\/v0\.1"/,
    );
  });

  test('per-platform evidence of a merged index hangs off each platform image; a statement about no platform of it is refused', async () => {
    // What native-runner jobs hand to the push job: one index of their platform images, and the provenance each job wrote about its own.
    const layoutDir = join(dir, 'index-layout');
    await writeStaticBase(layoutDir, ['linux/amd64', 'linux/arm64'], 'sha-0123456789ab');
    const layout = await OciLayout.open(layoutDir);
    const root = await layout.resolve('sha-0123456789ab');
    const index = JSON.parse((await layout.readBlob(root)).toString('utf8')) as { manifests: { digest: string; platform: { architecture: string } }[] };
    const git = {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'b'.repeat(40),
      defaultBranch: 'main',
      commitTime: new Date('2026-03-01T00:00:00Z'),
      repository: 'acme/multi',
    };
    const now = new Date();
    const files: string[] = [];
    for (const entry of index.manifests) {
      const statement = provenanceStatement({
        image: `${registry.host}/acme/multi`,
        digest: entry.digest,
        git,
        parameters: { mode: 'append', platforms: [`linux/${entry.platform.architecture}`] },
        baseImages: [],
        builder: { id: 'urn:service-pipeline:builder:local-cli' },
        startedOn: now,
        finishedOn: now,
      });
      // As the push job downloads them: one folder per platform job, the same file name in each.
      files.push(await writeStatement(join(dir, 'downloaded', `attestations-${files.length}`, 'oci-layout.provenance.intoto.json'), statement));
    }
    const run = await runAction(
      'push',
      { 'oci-layout': layoutDir, 'layout-ref': 'sha-0123456789ab', tags: `${registry.host}/acme/multi:v1`, attestations: join(dir, 'downloaded') },
      { github: { workspace: dir } },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.digest, root.digest);
    for (const entry of index.manifests) {
      const referrers = await client.referrers('acme/multi', entry.digest);
      assert.equal(referrers.manifests.length, 1, `one statement about ${entry.platform.architecture}`);
      const manifest = JSON.parse((await client.getManifest('acme/multi', referrers.manifests[0]!.digest)).bytes.toString('utf8')) as {
        subject: { digest: string };
        layers: { digest: string; size: number }[];
      };
      assert.equal(manifest.subject.digest, entry.digest);
      const statement = JSON.parse((await client.getBlobBytes('acme/multi', manifest.layers[0]!)).toString('utf8')) as {
        subject: { digest: { sha256: string } }[];
        predicate: { buildDefinition: { externalParameters: { platforms: string[] } } };
      };
      assert.equal(`sha256:${statement.subject[0]!.digest.sha256}`, entry.digest);
      assert.deepEqual(slsaProvenanceViolations(statement), []);
    }
    assert.equal((await client.referrers('acme/multi', root.digest)).manifests.length, 0, 'nothing about the index itself was given');
    assert.match(run.summary, /platform `sha256:/);

    // The single-platform image of the first test is no platform of this index: refused, nothing pushed.
    const other = await runAction(
      'push',
      { 'oci-layout': layoutDir, 'layout-ref': 'sha-0123456789ab', tags: `${registry.host}/acme/multi-other:v1`, attestations: `${files[0]}\n${provenance}` },
      { github: { workspace: dir } },
    );
    assert.equal(other.exitCode, 1, other.stdout);
    assert.match(other.errors[0]!, new RegExp(`is about ${image.root.digest}, not the image ${root.digest}`));
    assert.equal(await client.headManifest('acme/multi-other', 'v1'), undefined, 'nothing tagged');
  });
});
