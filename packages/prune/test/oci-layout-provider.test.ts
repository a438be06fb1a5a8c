import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { collectImage, type Descriptor, layoutSource, OciLayout } from '@service-pipeline/oci';
import fc from 'fast-check';
import { OciLayoutProvider, type PruneOptions, prune } from '../src/index.js';
import { GraphBuilder, layoutSink } from './helpers/graph-builder.js';
import { assertTagsPullable, layoutTags } from './helpers/pullable.js';
import { pruneOptions } from './helpers/synthetic.js';

function options(extra: Partial<PruneOptions> = {}): PruneOptions {
  return pruneOptions({ tags: { deleteTags: [/^pr-/], match: 'any', keepTags: [] }, ...extra });
}

/** Every blob left must be reachable from index.json: the garbage collection is complete. */
async function assertNoGarbage(layout: OciLayout): Promise<void> {
  const reachable = new Set<string>();
  const source = layoutSource(layout);
  for (const entry of (await layout.index()).manifests) {
    const graph = await collectImage(source, entry);
    for (const m of graph.manifests) reachable.add(m.descriptor.digest);
    for (const b of graph.blobs) reachable.add(b.digest);
  }
  for (const blob of await layout.listBlobs()) assert.ok(reachable.has(blob), `${blob} is garbage left behind`);
}

describe('oci-layout provider', () => {
  const dirs: string[] = [];
  const freshLayout = async (): Promise<OciLayout> => {
    const dir = await mkdtemp(join(tmpdir(), 'prune-layout-'));
    dirs.push(dir);
    return OciLayout.create(dir);
  };
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('removes selected refs and untagged entries, collects their blobs, keeps shared layers and signatures of kept images', async () => {
    const layout = await freshLayout();
    const g = new GraphBuilder(layoutSink(layout));
    const shared = Buffer.from('shared layer');
    const amd = await g.image({ layer: shared });
    const arm = await g.image({ platform: 'linux/arm64' });
    const main = await g.index([amd, arm, await g.buildxAttestation(amd)], 'main');
    const sig = await g.cosignSignature(main);
    const prImage = await g.image({ layer: shared }, 'pr-4');
    const prSig = await g.cosignSignature(prImage);
    const untagged = await g.image();
    await layout.addToIndex(untagged);

    const provider = await OciLayoutProvider.open(layout.dir);
    const result = await prune(provider, options());
    assert.deepEqual(result.deleted.map((e) => e.digest).sort(), [prImage.digest, prSig.digest, untagged.digest].sort());
    const tags = await layoutTags(layout);
    assert.deepEqual([...tags.keys()].sort(), ['main', `${main.digest.replace(':', '-')}.sig`].sort());
    assert.equal(tags.get(`${main.digest.replace(':', '-')}.sig`)?.digest, sig.digest);
    await assertTagsPullable(layoutSource(layout), tags);
    await assertNoGarbage(layout);
    assert.ok(await layout.hasBlob(amd.digest));
  });

  test('property: on random layouts every remaining tag pulls, unselected tags all remain and no garbage is left after a deletion', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          images: fc.integer({ min: 1, max: 4 }),
          indexes: fc.array(fc.array(fc.nat(10), { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
          tags: fc.array(fc.record({ node: fc.nat(10), name: fc.constantFrom('v1', 'main', 'pr-1', 'pr-2') }), { maxLength: 4 }),
          signed: fc.array(fc.nat(10), { maxLength: 2 }),
          untagged: fc.array(fc.nat(10), { maxLength: 2 }),
          keepUntagged: fc.integer({ min: 0, max: 1 }),
        }),
        async (shape) => {
          const layout = await freshLayout();
          const g = new GraphBuilder(layoutSink(layout));
          const shared = Buffer.from('shared');
          const nodes: Descriptor[] = [];
          for (let i = 0; i < shape.images; i++) nodes.push(await g.image({ layer: i % 2 === 0 ? shared : undefined }));
          for (const children of shape.indexes) nodes.push(await g.index([...new Set(children.map((c) => nodes[c % nodes.length]!))]));
          for (const { node, name } of shape.tags) await layout.addToIndex(nodes[node % nodes.length]!, name);
          for (const node of shape.untagged) await layout.addToIndex(nodes[node % nodes.length]!);
          for (const node of new Set(shape.signed)) await g.cosignSignature(nodes[node % nodes.length]!);
          const before = await layoutTags(layout);

          const result = await prune(await OciLayoutProvider.open(layout.dir), options({ keepUntagged: shape.keepUntagged }));
          const after = await layoutTags(layout);
          for (const [tag, d] of before) {
            if (!tag.startsWith('pr-') && !tag.startsWith('sha256-')) assert.equal(after.get(tag)?.digest, d.digest, `${tag} remains`);
          }
          for (const tag of before.keys()) {
            if (!tag.endsWith('.sig')) continue;
            const subject = tag.slice(0, -'.sig'.length).replace('-', ':');
            // A signature stays while the image it signs does (an image named nowhere in index.json is garbage by the spec).
            if (await layout.hasBlob(subject)) assert.ok(after.has(tag), `${tag} stays with ${subject}`);
          }
          await assertTagsPullable(layoutSource(layout), after);
          // Collection runs with each deletion; blobs never named in index.json were garbage from the start.
          if (result.deleted.length > 0) await assertNoGarbage(layout);
        },
      ),
      { numRuns: 25 },
    );
  });
});
