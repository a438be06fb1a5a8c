import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Descriptor, isIndex, type Manifest } from '@service-pipeline/oci';
import fc from 'fast-check';
import { buildGraph, type InventoryItem, type PlanRules, planPrune, referrerTagSubject, tagSelected } from '../src/index.js';
import { defaultRules, NOW, SyntheticRepo } from './helpers/synthetic.js';

const USER_TAGS = ['v1', 'v2', 'main', 'pr-1', 'pr-2', 'pr-3-keep'];
const HOUR = 3600_000;

/** A random repository: images, indexes over earlier nodes (shared children, nesting), referrers. */
const repoArbitrary = fc.record({
  images: fc.integer({ min: 1, max: 10 }),
  indexes: fc.array(fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
  referrers: fc.array(fc.record({ subject: fc.nat(40), viaTag: fc.boolean(), missingSubject: fc.boolean() }), { maxLength: 4 }),
  listed: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  ages: fc.array(fc.option(fc.integer({ min: 0, max: 96 }), { nil: undefined }), { minLength: 30, maxLength: 30 }),
  tags: fc.array(fc.option(fc.nat(29), { nil: undefined }), { minLength: USER_TAGS.length, maxLength: USER_TAGS.length }),
  listsUntagged: fc.boolean(),
  keepUntagged: fc.integer({ min: 0, max: 3 }),
  graceHours: fc.constantFrom(0, 24),
  deleteTags: fc.constantFrom([], [/^pr-/], [/^pr-/, /2$/], [/./]),
  match: fc.constantFrom('any' as const, 'all' as const),
  inUse: fc.option(fc.nat(29), { nil: undefined }),
  deleteOrphanedReferrers: fc.boolean(),
});

type Shape = typeof repoArbitrary extends fc.Arbitrary<infer T> ? T : never;

function materialize(shape: Shape): { repo: SyntheticRepo; nodes: Descriptor[]; rules: PlanRules } {
  const repo = new SyntheticRepo();
  const nodes: Descriptor[] = [];
  const listing = (i: number) => {
    const created = shape.ages[i] === undefined ? undefined : new Date(NOW.getTime() - shape.ages[i]! * HOUR);
    return { tags: [] as string[], ...(created ? { created } : {}) };
  };
  // Nodes are registered unlisted first; the inventory is decided below.
  for (let i = 0; i < shape.images; i++) nodes.push(repo.image(`image-${i}`, false));
  for (const [i, children] of shape.indexes.entries()) nodes.push(repo.index(`index-${i}`, [...new Set(children.map((c) => nodes[c % nodes.length]!))], false));
  const tagged = new Map<number, string[]>();
  for (const [i, r] of shape.referrers.entries()) {
    const subject = r.missingSubject ? repo.missing(`missing-${i}`) : nodes[r.subject % nodes.length]!;
    if (r.viaTag) {
      nodes.push(repo.image(`sig-${i}`, false, { artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }));
      tagged.set(nodes.length - 1, [`${subject.digest.replace(':', '-')}.sig`]);
    } else nodes.push(repo.image(`ref-${i}`, false, { subject, artifactType: 'application/spdx+json' }));
  }
  for (const [t, target] of shape.tags.entries())
    if (target !== undefined) tagged.set(target % nodes.length, [...(tagged.get(target % nodes.length) ?? []), USER_TAGS[t]!]);
  const children = new Set(
    nodes.flatMap((n) => {
      const m = repo.manifests.get(n.digest);
      return m && isIndex(m) ? m.manifests.map((c) => c.digest) : [];
    }),
  );
  for (const [i, node] of nodes.entries()) {
    const tags = tagged.get(i) ?? [];
    // Tagged and top-level manifests are always visible; untagged children only when the provider lists untagged.
    const listed = tags.length > 0 || !children.has(node.digest) || (shape.listsUntagged ? true : shape.listed[i]!);
    if (listed || shape.listsUntagged) repo.inventory.push({ digest: node.digest, ...listing(i), tags });
  }
  const inUseNode = shape.inUse === undefined ? undefined : nodes[shape.inUse % nodes.length]!;
  const rules: PlanRules = {
    ...defaultRules(),
    graceMs: shape.graceHours * HOUR,
    keepUntagged: shape.keepUntagged,
    listsUntagged: shape.listsUntagged,
    tags: { deleteTags: [...shape.deleteTags], match: shape.match, keepTags: [/keep$/] },
    inUseDigests: inUseNode ? new Map([[inUseNode.digest, 'in-use ref']]) : new Map(),
    deleteOrphanedReferrers: shape.deleteOrphanedReferrers,
  };
  return { repo, nodes, rules };
}

/** Written independently of the planner: what must never be deleted. */
function mustSurvive(inventory: InventoryItem[], manifests: Map<string, Manifest | undefined>, rules: PlanRules): Set<string> {
  const roots = new Set<string>(rules.inUseDigests.keys());
  for (const item of inventory) {
    const userTags = item.tags.filter((t) => !referrerTagSubject(t));
    if (userTags.some((t) => !tagSelected(t, rules.tags) || rules.tags.keepTags.some((r) => r.test(t)))) roots.add(item.digest);
    const subjects = [manifests.get(item.digest)?.subject?.digest, ...item.tags.map((t) => referrerTagSubject(t)?.subject)].filter((d) => d !== undefined);
    const referrer = subjects.length > 0;
    // A referrer whose subjects are all absent stays unless orphans are to be deleted.
    if (referrer && !rules.deleteOrphanedReferrers && subjects.every((d) => manifests.get(d) === undefined)) roots.add(item.digest);
    // Unknown age counts as young, except for signatures/attestations: they follow their subject.
    if (item.created ? rules.now.getTime() - item.created.getTime() < rules.graceMs : !referrer) roots.add(item.digest);
  }
  const referrersOf = (digest: string): string[] => [
    ...[...manifests].filter(([, m]) => m?.subject?.digest === digest).map(([d]) => d),
    ...inventory.filter((i) => i.tags.some((t) => referrerTagSubject(t)?.subject === digest)).map((i) => i.digest),
  ];
  const out = new Set<string>();
  const visit = (digest: string): void => {
    const manifest = manifests.get(digest);
    if (out.has(digest) || !manifest) return;
    out.add(digest);
    if (isIndex(manifest)) for (const child of manifest.manifests) visit(child.digest);
    for (const referrer of referrersOf(digest)) visit(referrer);
  };
  for (const root of roots) visit(root);
  return out;
}

test('property: the planner never deletes what a kept tag, in-use digest or young image reaches, and orders deletions top-down', () => {
  fc.assert(
    fc.property(repoArbitrary, (shape) => {
      const { repo, rules } = materialize(shape);
      const graph = buildGraph(repo.inventory, repo.manifests);
      const plan = planPrune(graph, rules);
      const deleted = new Set(plan.waves.flat().map((e) => e.digest));
      for (const digest of mustSurvive(repo.inventory, repo.manifests, rules)) assert.ok(!deleted.has(digest), `${digest} must survive`);
      // Closure: nothing a kept manifest reaches is deleted.
      for (const entry of plan.entries) {
        assert.ok(entry.reason.length > 0);
        if (entry.action !== 'keep') continue;
        const node = graph.get(entry.digest)!;
        for (const next of [...node.children, ...node.referrers]) assert.ok(!deleted.has(next), `${next} is reached from kept ${entry.digest}`);
      }
      const wave = new Map(plan.waves.flatMap((w, i) => w.map((e) => [e.digest, i] as const)));
      for (const [digest, i] of wave) {
        const node = graph.get(digest)!;
        assert.ok(node.listed || !rules.listsUntagged, 'only listed versions are deleted when the provider lists untagged');
        for (const before of [...node.parents, ...node.subjects]) if (wave.has(before)) assert.ok(wave.get(before)! < i, `${before} goes before ${digest}`);
      }
      assert.equal(plan.entries.length, graph.size);
    }),
    { numRuns: 400 },
  );
});
