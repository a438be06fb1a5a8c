import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Descriptor, RegistryClient, registrySource } from '@service-pipeline/oci';
import { startReferrersRegistry } from '../../../test/helpers/referrers-registry.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { OciProvider, type PruneOptions, type PruneProvider, prune } from '../src/index.js';
import { GraphBuilder, registrySink } from './helpers/graph-builder.js';
import { assertTagsPullable, registryTags } from './helpers/pullable.js';
import { pruneOptions } from './helpers/synthetic.js';

const TWO_DAYS_AGO = new Date(Date.now() - 48 * 3600_000);
const FAST_RETRY = { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 };

function options(extra: Partial<PruneOptions> = {}): PruneOptions {
  return pruneOptions({ graceMs: 3600_000, tags: { deleteTags: [/^pr-/], match: 'any', keepTags: [] }, ...extra });
}

describe('oci provider against a real distribution registry', () => {
  let registry: TestRegistry;
  let client: RegistryClient;

  before(async () => {
    registry = await startRegistry();
    client = new RegistryClient(registry.host, { retry: FAST_RETRY });
  });
  after(async () => {
    await registry?.stop();
  });

  const exists = async (repository: string, d: Descriptor) => (await client.headManifest(repository, d.digest)) !== undefined;

  test('deletes selected tags and what only they reach; shared children, signatures, attestations, nested indexes and a tag pushed mid-run survive', async () => {
    const repo = 'acme/shop';
    const g = new GraphBuilder(registrySink(client, repo));
    const amd = await g.image({ created: TWO_DAYS_AGO, platform: 'linux/amd64' });
    const arm = await g.image({ created: TWO_DAYS_AGO, platform: 'linux/arm64' });
    const v1 = await g.index([amd, arm, await g.buildxAttestation(amd)], 'v1');
    const v1Sig = await g.cosignSignature(v1);
    const v1Sbom = await g.referrer(v1);
    // Registries without the referrers API: the OCI 1.1 fallback index under the sha256-<hex> tag.
    const fallback = await g.index([v1Sbom], v1.digest.replace(':', '-'));

    const armPr = await g.image({ created: TWO_DAYS_AGO, platform: 'linux/arm64' });
    const attPr = await g.buildxAttestation(armPr);
    const pr1 = await g.index([amd, armPr, attPr], 'pr-1');
    const pr1Sig = await g.cosignSignature(pr1);

    const leaf = await g.image({ created: TWO_DAYS_AGO });
    const inner = await g.index([leaf]);
    await g.index([inner], 'nested');
    const orphanSig = await g.image({ artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }, `sha256-${'0'.repeat(64)}.sig`);

    const pr2 = await g.image({ created: TWO_DAYS_AGO }, 'pr-2');
    const before = await registryTags(client, repo);

    const provider = new OciProvider({ client, repository: repo });
    let listings = 0;
    // Someone promotes pr-2 between the plan and the deletions: the re-check must notice.
    const racing: PruneProvider = Object.assign(Object.create(provider) as PruneProvider, {
      inventory: async () => {
        if (++listings === 2) await client.putManifest(repo, 'release-candidate', (await client.getManifest(repo, pr2.digest)).bytes, pr2.mediaType);
        return provider.inventory();
      },
    });
    const result = await prune(racing, options());

    assert.deepEqual(
      result.droppedAtRecheck.map((e) => e.digest),
      [pr2.digest],
    );
    const deleted = new Set(result.deleted.map((e) => e.digest));
    assert.deepEqual([...deleted].sort(), [pr1.digest, armPr.digest, attPr.digest, pr1Sig.digest].sort());
    for (const d of [pr1, armPr, attPr, pr1Sig]) assert.equal(await exists(repo, d), false, `${d.digest} is gone`);
    // The signature of an image that is not here stays unless deleteOrphanedReferrers asks otherwise.
    for (const d of [amd, arm, v1, v1Sig, v1Sbom, fallback, leaf, inner, pr2, orphanSig]) assert.equal(await exists(repo, d), true, `${d.digest} stays`);
    const after = await registryTags(client, repo);
    assert.deepEqual(
      [...after.keys()].sort(),
      [...before.keys(), 'release-candidate'].filter((t) => t !== 'pr-1' && t !== `${pr1.digest.replace(':', '-')}.sig`).sort(),
    );
    await assertTagsPullable(registrySource(client, repo), after);
    const kinds = Object.fromEntries(result.deleted.map((e) => [e.digest, e.kind]));
    assert.equal(kinds[pr1Sig.digest], 'signature');
    assert.equal(kinds[attPr.digest], 'attestation');

    const again = await prune(provider, options());
    assert.equal(again.deleted.length, 0, 'a second run finds nothing more to delete');
    const orphans = await prune(provider, { ...options(), deleteOrphanedReferrers: true });
    assert.deepEqual(
      orphans.deleted.map((e) => [e.digest, e.reason.replace(/[0-9a-f]{12}/, 'X')]),
      [[orphanSig.digest, 'signature of missing sha256:X (delete-orphaned-referrers)']],
    );
    assert.equal(await exists(repo, orphanSig), false);
  });

  test('dry-run and max-deletions delete nothing; the plan gives a reason for every manifest', async () => {
    const repo = 'acme/brakes';
    const g = new GraphBuilder(registrySink(client, repo));
    for (let i = 0; i < 3; i++) await g.image({ created: TWO_DAYS_AGO }, `pr-${i}`);
    await g.image({ created: TWO_DAYS_AGO }, 'main');
    const provider = new OciProvider({ client, repository: repo });
    const dry = await prune(provider, options({ dryRun: true }));
    assert.equal(dry.plan.waves.flat().length, 3);
    assert.equal(dry.deleted.length, 0);
    assert.ok(dry.plan.entries.every((e) => e.reason !== ''));
    const braked = await prune(provider, options({ maxDeletions: 2 }));
    assert.match(braked.refused!, /deletes 3 manifests, more than max-deletions \(2\)/);
    assert.equal(braked.deleted.length, 0);
    assert.equal((await client.listTags(repo)).length, 4);
  });

  test('a registry with deletion disabled is explained', async () => {
    const locked = await startRegistry({ deleteEnabled: false });
    try {
      const lockedClient = new RegistryClient(locked.host, { retry: FAST_RETRY });
      await new GraphBuilder(registrySink(lockedClient, 'acme/locked')).image({ created: TWO_DAYS_AGO }, 'pr-9');
      await assert.rejects(
        prune(new OciProvider({ client: lockedClient, repository: 'acme/locked' }), options()),
        /deletion is disabled on this registry.*storage\.delete\.enabled/,
      );
    } finally {
      await locked.stop();
    }
  });

  test('a read failure stops the repository before any deletion', async () => {
    const repo = 'acme/partial';
    const g = new GraphBuilder(registrySink(client, repo));
    await g.image({ created: TWO_DAYS_AGO }, 'pr-1');
    const provider = new OciProvider({ client, repository: repo });
    const failing: PruneProvider = Object.assign(Object.create(provider) as PruneProvider, {
      readManifest: async () => {
        throw new Error('connection reset');
      },
    });
    await assert.rejects(prune(failing, options()), /stopped while planning, before deleting anything: connection reset/);
    assert.deepEqual(await client.listTags(repo), ['pr-1']);
  });
});

describe('oci provider against a registry with the referrers API (go-containerregistry)', () => {
  let registry: TestRegistry;
  let client: RegistryClient;

  before(async () => {
    registry = await startReferrersRegistry();
    client = new RegistryClient(registry.host, { retry: FAST_RETRY });
  });
  after(async () => {
    await registry?.stop();
  });

  test('referrers found through the API go with their deleted subject and stay with a kept one; no fallback tag is needed', async () => {
    const repo = 'acme/api';
    const g = new GraphBuilder(registrySink(client, repo));
    const v1 = await g.image({ created: TWO_DAYS_AGO }, 'v1');
    const v1Sbom = await g.referrer(v1);
    const pr1 = await g.image({ created: TWO_DAYS_AGO }, 'pr-1');
    const pr1Sbom = await g.referrer(pr1, 'application/vnd.cyclonedx+json');
    assert.equal((await client.referrers(repo, pr1.digest)).via, 'referrers-api');

    const provider = new OciProvider({ client, repository: repo });
    const result = await prune(provider, options());
    assert.deepEqual(result.deleted.map((e) => e.digest).sort(), [pr1.digest, pr1Sbom.digest].sort());
    assert.equal(await client.headManifest(repo, pr1Sbom.digest), undefined);
    assert.equal((await client.headManifest(repo, v1Sbom.digest))?.digest, v1Sbom.digest);
    assert.deepEqual(
      (await client.referrers(repo, v1.digest)).manifests.map((m) => m.digest),
      [v1Sbom.digest],
    );
    const tags = await registryTags(client, repo);
    assert.deepEqual([...tags.keys()], ['v1']);
    await assertTagsPullable(registrySource(client, repo), tags);
    assert.equal((await prune(provider, options())).deleted.length, 0, 'a second run finds nothing more to delete');
  });
});
