import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';
import { ActionError, type Logger } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { type Descriptor, registrySource } from '@service-pipeline/oci';
import { type GhcrFake, type GhcrFakeOptions, startGhcrFake } from '../../../test/helpers/ghcr-fake.js';
import { GhcrOptionError, GhcrProvider, type GhcrProviderOptions, type PruneOptions, type PruneProvider, prune } from '../src/index.js';
import { GraphBuilder, type GraphSink, registrySink } from './helpers/graph-builder.js';
import { assertTagsPullable } from './helpers/pullable.js';
import { pruneOptions as baseOptions } from './helpers/synthetic.js';

const DAY = 24 * 3600_000;
const OLD = new Date(Date.now() - 3 * DAY);

interface Setup {
  fake: GhcrFake;
  /** Builds images as versions of package `name`, created at `sink.created`. */
  build: GraphBuilder;
  sink: { created: Date };
  provider(options?: Partial<GhcrProviderOptions>): PruneProvider;
}

async function setup(t: TestContext, name = 'shop', fakeOptions: GhcrFakeOptions = {}): Promise<Setup> {
  const fake = await startGhcrFake(fakeOptions);
  t.after(() => fake.stop());
  const sink = { created: OLD };
  const graphSink: GraphSink = {
    putBlob: registrySink(fake.client, `${fake.owner}/${name}`).putBlob,
    putManifest: async (bytes, descriptor, tag) => {
      await fake.pushManifest(name, bytes, descriptor.mediaType, { tags: tag === undefined ? [] : [tag], created: sink.created });
    },
  };
  return {
    fake,
    build: new GraphBuilder(graphSink),
    sink,
    provider: (options = {}) =>
      new GhcrProvider({ image: `ghcr.io/${fake.owner}/${name}`, token: 'admin-token', apiUrl: fake.apiUrl, registryUrl: fake.registry.host, ...options }),
  };
}

function pruneOptions(overrides: Partial<PruneOptions> = {}): PruneOptions {
  return baseOptions({ graceMs: DAY, ...overrides });
}

/** Every tag GHCR would resolve right now (the fake's version list) still pulls completely. */
async function assertPullable(s: Setup, name = 'shop'): Promise<void> {
  const repository = `${s.fake.owner}/${name}`;
  const tags = new Map<string, Descriptor>();
  for (const version of s.fake.versions(name)) {
    const head = await s.fake.client.headManifest(repository, version.name);
    for (const tag of version.metadata?.container?.tags ?? []) {
      tags.set(
        tag,
        head
          ? { mediaType: head.mediaType, digest: version.name, size: head.size }
          : { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: version.name, size: 0 },
      );
    }
  }
  await assertTagsPullable(registrySource(s.fake.client, repository), tags);
}

/** A buildx-style multi-arch image: two platforms, an attestation each, pushed children first as on GHCR. */
async function multiArch(build: GraphBuilder, tag: string, layer: Buffer): Promise<Descriptor[]> {
  const images = [await build.image({ platform: 'linux/amd64', layer }), await build.image({ platform: 'linux/arm64', layer })];
  const attestations = [await build.buildxAttestation(images[0]!), await build.buildxAttestation(images[1]!)];
  const index = await build.index([...images, ...attestations], tag);
  return [index, ...images, ...attestations];
}

test('ghcr: removes orphans of a moved tag and untagged images, never a part of a tagged multi-arch image', async (t) => {
  const s = await setup(t);
  const layer = Buffer.from('shared layer');
  const v1 = await multiArch(s.build, 'v1', layer);
  const signature = await s.build.cosignSignature(v1[0]!);
  const oldLatest = await multiArch(s.build, 'latest', layer);
  const latest = await multiArch(s.build, 'latest', layer); // the tag moves: the old tree is orphaned
  const orphans = [await s.build.image({ layer }), await s.build.image({ layer })];
  s.sink.created = new Date();
  const young = await s.build.image({ layer });
  assert.equal(s.fake.versions('shop').length, 5 * 3 + 1 + 3);

  const result = await prune(s.provider(), pruneOptions());

  const deleted = new Set(s.fake.deleted.map((d) => d.digest));
  assert.deepEqual(deleted, new Set([...oldLatest, ...orphans].map((d) => d.digest)));
  for (const kept of [...v1, signature, ...latest, young])
    assert.ok(
      s.fake.versions('shop').some((v) => v.name === kept.digest),
      `${kept.digest} was deleted`,
    );
  assert.equal(result.deleted.length, 7);
  // Parents before children: the orphaned index goes first, so no index ever points at a deleted child.
  const order = s.fake.deleted.map((d) => d.digest);
  assert.ok(order.indexOf(oldLatest[0]!.digest) < Math.min(...oldLatest.slice(1).map((d) => order.indexOf(d.digest))));
  const provider = s.provider();
  for (const gone of deleted) assert.equal(await provider.readManifest(gone), undefined, `${gone} still in the registry`);
  await assertPullable(s);
});

test('ghcr: a dry run lists and reads but sends no DELETE', async (t) => {
  const s = await setup(t);
  await s.build.image({}, 'v1');
  await s.build.image({});
  const result = await prune(s.provider(), pruneOptions({ dryRun: true }));
  assert.equal(result.plan.waves.flat().length, 1);
  assert.deepEqual(s.fake.deleted, []);
  assert.ok(s.fake.api.log.every((r) => r.method === 'GET'));
});

test('ghcr: a version tagged or pushed during the run is not deleted', async (t) => {
  const s = await setup(t);
  const orphans = [await s.build.image({}), await s.build.image({}), await s.build.image({})];
  await s.build.image({}, 'v1');
  const inner = s.provider();
  let pushedNew: Descriptor | undefined;
  let listings = 0;
  // Between planning and deleting, someone tags an old orphan and pushes a new untagged image.
  const racing: PruneProvider = {
    kind: inner.kind,
    repository: inner.repository,
    listsUntagged: inner.listsUntagged,
    inventory: async () => {
      if (++listings === 2) {
        const fetched = await s.fake.client.getManifest(`${s.fake.owner}/shop`, orphans[0]!.digest);
        await s.fake.pushManifest('shop', fetched.bytes, fetched.mediaType, { tags: ['hotfix'] });
        s.sink.created = new Date();
        pushedNew = await s.build.image({});
      }
      return inner.inventory();
    },
    readManifest: (digest) => inner.readManifest(digest),
    delete: (item) => inner.delete(item),
  };

  const result = await prune(racing, pruneOptions());

  assert.deepEqual(
    result.droppedAtRecheck.map((e) => e.digest),
    [orphans[0]!.digest],
  );
  assert.deepEqual(new Set(s.fake.deleted.map((d) => d.digest)), new Set([orphans[1]!.digest, orphans[2]!.digest]));
  assert.ok(s.fake.versions('shop').some((v) => v.name === pushedNew!.digest));
  await assertPullable(s);
});

test('ghcr: a token without delete rights stops before harm, naming the permission to grant', async (t) => {
  const s = await setup(t, 'shop', { deleteTokens: ['admin-token'] });
  await multiArch(s.build, 'v1', Buffer.from('layer'));
  await s.build.image({});
  const before = s.fake.versions('shop').length;
  await assert.rejects(prune(s.provider({ token: 'read-only-token' }), pruneOptions()), (err: unknown) => {
    assert.ok(err instanceof ActionError);
    assert.match(err.what, /stopped after 0 of 1 deletions: the token may not delete version \d+ \(sha256:[0-9a-f]{64}\) of package acme\/shop/);
    assert.match(err.fix, /`packages: delete`.*Admin role/);
    return true;
  });
  assert.equal(s.fake.versions('shop').length, before);
  await assertPullable(s);
});

test('ghcr: pages through more than 100 versions of a user package whose name has a slash', async (t) => {
  const name = 'tools/api';
  const s = await setup(t, name, { owner: 'octo', ownerType: 'User' });
  const bulk = await s.fake.bulk(name);
  await bulk.multiArch({ tag: 'v1', created: OLD });
  const orphans: Descriptor[] = [];
  for (let i = 0; i < 120; i++) orphans.push(await bulk.image({ created: OLD }));

  const result = await prune(s.provider({ image: 'ghcr.io/octo/tools/api' }), pruneOptions({ concurrency: 8 }));

  assert.equal(result.deleted.length, 120);
  assert.deepEqual(new Set(s.fake.deleted.map((d) => d.digest)), new Set(orphans.map((d) => d.digest)));
  const listings = s.fake.api.log.filter((r) => r.method === 'GET' && r.path === '/users/octo/packages/container/tools%2Fapi/versions');
  // Two pages for the plan, two for the re-check, a hundred at a time.
  assert.deepEqual(listings.map((r) => r.query).sort(), ['?per_page=100&page=1', '?per_page=100&page=1', '?per_page=100&page=2', '?per_page=100&page=2']);
  assert.equal(s.fake.api.log.filter((r) => r.path === '/users/octo').length, 1, 'owner type is looked up once');
  await assertPullable(s, name);
});

test('ghcr: deletes back off on the secondary rate limit and all complete', async (t) => {
  const minuteMs = 300;
  const s = await setup(t, 'shop', { deleteLimit: { perMinute: 3, minuteMs } });
  for (let i = 0; i < 8; i++) await s.build.image({});
  const warnings: string[] = [];
  const logger: Logger = { debug: () => {}, info: () => {}, warning: (m) => warnings.push(m), group: (_n, fn) => fn() };
  // The fake's minute lasts `minuteMs`; the client's waits are scaled the same way.
  const github = githubClient({
    token: 'admin-token',
    baseUrl: s.fake.apiUrl,
    logger,
    maxRetries: 10,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, (ms * minuteMs) / 60_000)),
  });

  const result = await prune(s.provider({ github }), pruneOptions({ concurrency: 4 }));

  assert.equal(result.deleted.length, 8);
  assert.equal(s.fake.deleted.length, 8);
  assert.ok(s.fake.rateLimited > 0);
  assert.ok(
    warnings.some((w) => /DELETE \/orgs\/acme\/packages\/container\/shop\/versions\/\d+: rate limited \(403, retry-after \d+s\)/.test(w)),
    warnings.join('\n'),
  );
});

test('ghcr: manifests are read from the registry through the token exchange with the GitHub token', async (t) => {
  const s = await setup(t, 'shop', { registryUsers: { token: 'admin-token' } });
  const image = await s.build.image({}, 'v1');
  const stored = await s.provider().readManifest(image.digest);
  assert.equal(stored?.mediaType, image.mediaType);
  assert.equal(stored?.bytes.length, image.size);
  assert.equal(await s.provider().readManifest(`sha256:${'0'.repeat(64)}`), undefined);
  const exchanges = s.fake.registry.tokenServer!.requests.filter(
    (r) => r.user === 'token' && r.status === 200 && r.scopes.some((scope) => scope === 'repository:acme/shop:pull'),
  );
  assert.ok(exchanges.length > 0, JSON.stringify(s.fake.registry.tokenServer!.requests));
  await assert.rejects(s.provider({ token: 'not-a-github-token' }).readManifest(image.digest), /registry 127\.0\.0\.1:\d+ answered 401/);
});

test('ghcr: a package or owner that does not exist stops with the fix', async (t) => {
  const s = await setup(t);
  await s.build.image({}, 'v1');
  await assert.rejects(
    s.provider({ image: 'ghcr.io/acme/nope' }).inventory(),
    /could not list the versions of package acme\/nope \(organization acme\): GitHub API GET \/orgs\/acme\/packages\/container\/nope\/versions\?per_page=100&page=1 answered 404.*packages: read/,
  );
  await assert.rejects(
    s.provider({ image: 'ghcr.io/ghost/shop' }).inventory(),
    /GitHub has no user or organization "ghost".*check the owner in the image input/,
  );
  const explicit = await s.provider({ ownerType: 'org' }).inventory();
  assert.equal(explicit.length, 1);
  assert.deepEqual(explicit[0]!.tags, ['v1']);
  assert.equal(typeof explicit[0]!.versionId, 'number');
  assert.ok(explicit[0]!.created instanceof Date);
});

test('ghcr: bad inputs fail before any request', () => {
  const cases: [Partial<GhcrProviderOptions>, string, RegExp][] = [
    [{ image: 'docker.io/acme/shop' }, 'image', /is not on ghcr.io.*use provider "oci"/],
    [{ image: 'ghcr.io/acme/shop:v1' }, 'image', /names a tag or digest; name the package only: ghcr.io\/acme\/shop$/],
    [{ image: 'ghcr.io/acme' }, 'image', /has no package name/],
    [{ image: 'ghcr.io/acme/Shop Name' }, 'image', /is not an image name/],
    [{ token: ' ' }, 'token', /is empty; pass a token with `packages: read`/],
    [{ concurrency: 0 }, 'concurrency', /must be a positive integer, got 0/],
  ];
  for (const [options, input, message] of cases) {
    assert.throws(
      () => new GhcrProvider({ image: 'ghcr.io/acme/shop', token: 'x', apiUrl: 'http://127.0.0.1:9', ...options }),
      (err: unknown) => err instanceof GhcrOptionError && err.option === input && message.test(err.message),
      JSON.stringify(options),
    );
  }
});
