import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tagSelected } from '../src/index.js';
import { actionOf, NOW, OLD, SyntheticRepo } from './helpers/synthetic.js';

const old = { created: OLD };

describe('planPrune', () => {
  test('an untagged index goes, the children it shares with a tagged index stay, its own children go after it', () => {
    const repo = new SyntheticRepo();
    const amd = repo.image('amd', old);
    const arm = repo.image('arm', old);
    const stale = repo.image('arm-stale', old);
    const release = repo.index('release', [amd, arm], { tags: ['v1'], created: OLD });
    const leftover = repo.index('leftover', [amd, stale], old);
    const plan = repo.plan();
    assert.equal(actionOf(plan, release.digest), 'keep');
    assert.equal(actionOf(plan, amd.digest), 'keep');
    assert.equal(actionOf(plan, arm.digest), 'keep');
    assert.equal(actionOf(plan, leftover.digest), 'delete');
    assert.equal(actionOf(plan, stale.digest), 'delete');
    assert.deepEqual(
      plan.waves.map((w) => w.map((e) => e.digest)),
      [[leftover.digest], [stale.digest]],
    );
    assert.match(plan.entries.find((e) => e.digest === amd.digest)!.reason, /reached from kept sha256:.*tagged "v1"/);
    assert.match(plan.entries.find((e) => e.digest === stale.digest)!.reason, /only reached from deleted/);
  });

  test('nested indexes keep everything below a tag', () => {
    const repo = new SyntheticRepo();
    const leaf = repo.image('leaf', old);
    const inner = repo.index('inner', [leaf], old);
    const outer = repo.index('outer', [inner], { tags: ['latest'], created: OLD });
    const plan = repo.plan();
    for (const d of [leaf, inner, outer]) assert.equal(actionOf(plan, d.digest), 'keep');
    assert.equal(plan.waves.length, 0);
  });

  test('buildx attestations, cosign signatures and subject referrers follow their image', () => {
    const repo = new SyntheticRepo();
    const kept = repo.image('kept', old);
    const gone = repo.image('gone', old);
    const attestKept = repo.image('att-kept', old);
    const attestGone = repo.image('att-gone', old);
    const annotate = (d: typeof kept, image: typeof kept) => ({
      ...d,
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': image.digest },
    });
    repo.index('tagged', [kept, annotate(attestKept, kept)], { tags: ['v2'], created: OLD });
    // An old untagged index also lists the kept image's attestation: the attestation must stay.
    const untagged = repo.index('untagged', [gone, annotate(attestGone, gone), annotate(attestKept, kept)], old);
    const sigKept = repo.image('sig-kept', { tags: [`${kept.digest.replace(':', '-')}.sig`], created: OLD });
    const sigGone = repo.image('sig-gone', { tags: [`${gone.digest.replace(':', '-')}.sig`], created: OLD });
    const orphan = repo.image('sig-orphan', { tags: [`${repo.missing('never').digest.replace(':', '-')}.sig`], created: OLD });
    const sbom = repo.image('sbom', old, { subject: gone, artifactType: 'application/spdx+json' });
    const plan = repo.plan();
    assert.equal(actionOf(plan, attestKept.digest), 'keep');
    assert.equal(actionOf(plan, sigKept.digest), 'keep');
    for (const d of [untagged, gone, attestGone, sigGone, sbom]) assert.equal(actionOf(plan, d.digest), 'delete', d.digest);
    assert.equal(actionOf(plan, orphan.digest), 'keep', 'a signature of an image that is not here is kept unless asked');
    const entry = (d: typeof kept) => plan.entries.find((e) => e.digest === d.digest)!;
    assert.equal(entry(sigKept).kind, 'signature');
    assert.equal(entry(sbom).kind, 'sbom');
    assert.equal(entry(attestGone).kind, 'attestation');
    assert.match(entry(orphan).reason, /^signature of sha256:[0-9a-f]{12}, which is not in this repository \(delete-orphaned-referrers is off\)$/);
    const wave = (d: typeof kept) => plan.waves.findIndex((w) => w.some((e) => e.digest === d.digest));
    assert.ok(wave(gone) > wave(untagged), 'parents go before children');
    assert.ok(wave(sbom) > wave(gone) && wave(sigGone) > wave(gone), 'referrers go after their subject');
  });

  test('orphaned signatures and referrers are deleted only with deleteOrphanedReferrers (issue 14: COSIGN_REPOSITORY)', () => {
    // A repository that holds only signatures, as cosign writes them with COSIGN_REPOSITORY:
    // every subject lives elsewhere, so every one of them looks orphaned here.
    const repo = new SyntheticRepo();
    const sigs = [1, 2, 3].map((i) => repo.image(`sig-${i}`, { tags: [`${repo.missing(`subject-${i}`).digest.replace(':', '-')}.sig`], created: OLD }));
    const att = repo.image('att', { tags: [`${repo.missing('subject-4').digest.replace(':', '-')}.att`], created: OLD });
    const sbom = repo.image('sbom', old, { subject: repo.missing('subject-5'), artifactType: 'application/spdx+json' });
    const orphans = [...sigs, att, sbom];
    const kept = repo.plan();
    for (const d of orphans) assert.equal(actionOf(kept, d.digest), 'keep', d.digest);
    assert.equal(kept.waves.length, 0);
    for (const d of orphans)
      assert.match(kept.entries.find((e) => e.digest === d.digest)!.reason, /which is not in this repository \(delete-orphaned-referrers is off\)/);

    const deleted = repo.plan({ deleteOrphanedReferrers: true });
    for (const d of orphans) assert.equal(actionOf(deleted, d.digest), 'delete', d.digest);
    assert.match(deleted.entries.find((e) => e.digest === sigs[0]!.digest)!.reason, /^signature of missing sha256:[0-9a-f]{12} \(delete-orphaned-referrers\)$/);
  });

  test('deleteOrphanedReferrers never reaches a referrer whose subject is here, nor a tagged or in-use one', () => {
    const repo = new SyntheticRepo();
    const image = repo.image('image', { tags: ['v1'], created: OLD });
    const sig = repo.image('sig', { tags: [`${image.digest.replace(':', '-')}.sig`], created: OLD });
    const tagged = repo.image('tagged-orphan', { tags: [`${repo.missing('x').digest.replace(':', '-')}.sig`, 'keep-me'], created: OLD });
    const used = repo.image('used-orphan', { tags: [`${repo.missing('y').digest.replace(':', '-')}.sig`], created: OLD });
    const plan = repo.plan({ deleteOrphanedReferrers: true, inUseDigests: new Map([[used.digest, 'ghcr.io/acme/shop@used']]) });
    for (const d of [image, sig, tagged, used]) assert.equal(actionOf(plan, d.digest), 'keep', d.digest);
  });

  test('grace, unknown age and keep-untagged protect untagged images', () => {
    const repo = new SyntheticRepo();
    const young = repo.image('young', { created: new Date(NOW.getTime() - 3600_000) });
    const unknown = repo.image('unknown');
    const days = [2, 3, 4, 5].map((d) => repo.image(`day-${d}`, { created: new Date(NOW.getTime() - d * 86_400_000) }));
    const plan = repo.plan({ keepUntagged: 2 });
    assert.equal(actionOf(plan, young.digest), 'keep');
    assert.equal(actionOf(plan, unknown.digest), 'keep');
    assert.deepEqual(
      days.map((d) => actionOf(plan, d.digest)),
      ['keep', 'keep', 'delete', 'delete'],
    );
    assert.match(plan.entries.find((e) => e.digest === days[0]!.digest)!.reason, /2 newest untagged/);
    assert.equal(actionOf(repo.plan({ graceMs: 0 }), young.digest), 'delete');
  });

  test('delete-tags selects tagged images (any/all), keep-tags and in-use always win', () => {
    const repo = new SyntheticRepo();
    const pr = repo.image('pr', { tags: ['pr-12'], created: OLD });
    const prMain = repo.image('pr-main', { tags: ['pr-13', 'main'], created: OLD });
    const prKeep = repo.image('pr-keep', { tags: ['pr-14-keep'], created: OLD });
    const prUsed = repo.image('pr-used', { tags: ['pr-15'], created: OLD });
    const prDigest = repo.image('pr-digest', { tags: ['pr-16'], created: OLD });
    const prYoung = repo.image('pr-young', { tags: ['pr-17'], created: NOW });
    const plan = repo.plan({
      tags: { deleteTags: [/^pr-/], match: 'any', keepTags: [/keep$/] },
      inUseTags: new Map([['pr-15', 'ghcr.io/acme/shop:pr-15']]),
      inUseDigests: new Map([[prDigest.digest, `ghcr.io/acme/shop@${prDigest.digest}`]]),
    });
    assert.equal(actionOf(plan, pr.digest), 'delete');
    assert.match(plan.entries.find((e) => e.digest === pr.digest)!.reason, /"pr-12" selected by delete-tags/);
    assert.equal(actionOf(plan, prMain.digest), 'keep', 'another tag of the same digest is not selected');
    assert.equal(actionOf(plan, prKeep.digest), 'keep');
    assert.equal(actionOf(plan, prUsed.digest), 'keep');
    assert.equal(actionOf(plan, prDigest.digest), 'keep');
    assert.equal(actionOf(plan, prYoung.digest), 'keep');
    const all = repo.plan({ tags: { deleteTags: [/^pr-/, /-1[23]$/], match: 'all', keepTags: [] } });
    assert.equal(actionOf(all, pr.digest), 'delete');
    assert.equal(actionOf(all, prUsed.digest), 'keep');
  });

  test('without an untagged listing, discovered children follow their parents and unlisted subjects stay', () => {
    const repo = new SyntheticRepo();
    const child = repo.image('child', false);
    const shared = repo.image('shared', false);
    const doomed = repo.index('doomed', [child, shared], { tags: ['pr-1'], created: OLD });
    repo.index('kept', [shared], { tags: ['main'], created: OLD });
    const unlisted = repo.image('unlisted', false);
    const sig = repo.image('sig', { tags: [`${unlisted.digest.replace(':', '-')}.sig`], created: OLD });
    const plan = repo.plan({ listsUntagged: false, tags: { deleteTags: [/^pr-/], match: 'any', keepTags: [] } });
    assert.equal(actionOf(plan, doomed.digest), 'delete');
    assert.equal(actionOf(plan, child.digest), 'delete');
    assert.equal(actionOf(plan, shared.digest), 'keep');
    assert.equal(actionOf(plan, unlisted.digest), 'keep');
    assert.equal(actionOf(plan, sig.digest), 'keep');
  });

  for (const [tag, regexes, match, expected] of [
    ['pr-1', [], 'any', false],
    ['pr-1', ['^pr-', 'x'], 'any', true],
    ['pr-1', ['^pr-', 'x'], 'all', false],
    ['pr-1', ['^pr-', '1$'], 'all', true],
  ] as const) {
    test(`tagSelected(${tag}, [${regexes.join(', ')}], ${match}) is ${expected}`, () => {
      assert.equal(tagSelected(tag, { deleteTags: regexes.map((r) => new RegExp(r)), match, keepTags: [] }), expected);
    });
  }
});
