import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Descriptor, layoutSource, OciLayout, RegistryClient, registrySource } from '@service-pipeline/oci';
import { GraphBuilder, layoutSink, registrySink } from '../../../packages/prune/test/helpers/graph-builder.js';
import { assertTagsPullable, layoutTags, registryTags } from '../../../packages/prune/test/helpers/pullable.js';
import { runAction } from '../../../test/helpers/action-runner.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const USER = 'tester';
const PASSWORD = 'secret-pass';
const TWO_DAYS_AGO = new Date(Date.now() - 48 * 3600_000);

interface PlanFile {
  entries: { digest: string; action: string; reason: string; kind: string }[];
  refused?: string;
}

describe('prune action (bundled, run as the runner runs it)', () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  /** GITHUB_WORKSPACE of every run: the config checkout and the layouts live there. */
  let work: string;
  const cleanup: string[] = [];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'prune-action-'));
    cleanup.push(work);
    registry = await startRegistry({ auth: 'htpasswd', users: { [USER]: PASSWORD } });
    client = new RegistryClient(registry.host, { credentials: { username: USER, password: PASSWORD } });
  });
  after(async () => {
    await registry?.stop();
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  // The temp dir is kept so the plan file can be read after the run; `after` removes it.
  const prune = (inputs: Record<string, string>) =>
    runAction(
      'prune',
      { provider: 'oci', ...(inputs.provider === undefined || inputs.provider === 'oci' ? { username: USER } : {}), token: PASSWORD, ...inputs },
      { github: { workspace: work }, keepTemp: true },
    ).then((run) => {
      cleanup.push(run.runnerTemp);
      return run;
    });

  test('oci: deletes pr tags and what only they reach, keeps what a config repository uses, reports why', async () => {
    const repo = 'acme/shop';
    const g = new GraphBuilder(registrySink(client, repo));
    const shared = await g.image({ created: TWO_DAYS_AGO });
    const release = await g.index([shared, await g.image({ created: TWO_DAYS_AGO, platform: 'linux/arm64' })], 'v1');
    const releaseSig = await g.cosignSignature(release);
    const own = await g.image({ created: TWO_DAYS_AGO, platform: 'linux/arm64' });
    const pr1 = await g.index([shared, own], 'pr-1');
    const deployed = await g.image({ created: TWO_DAYS_AGO }, 'pr-2');
    const config = await mkdtemp(join(work, 'config-repo-'));
    await mkdir(join(config, 'apps'));
    await writeFile(
      join(config, 'apps', 'deployment.yaml'),
      `spec:\n  containers:\n    - name: shop\n      image: ${registry.host}/${repo}@${deployed.digest}\n`,
    );

    const run = await prune({ image: `${registry.host}/${repo}`, 'delete-tags': '^pr-', grace: '1h', 'in-use': config });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['deleted-count'], '2');
    const deleted = JSON.parse(run.outputs.deleted!) as { digest: string; kind: string }[];
    assert.deepEqual(deleted.map((d) => d.digest).sort(), [pr1.digest, own.digest].sort());
    assert.deepEqual(Object.keys(deleted[0]!).sort(), ['digest', 'kind']);
    assert.ok(run.masked.includes(PASSWORD));
    const plan = JSON.parse(await readFile(run.outputs.plan!, 'utf8')) as PlanFile;
    const reason = (d: Descriptor) => plan.entries.find((e) => e.digest === d.digest)?.reason ?? '';
    assert.match(reason(deployed), /^in use: .*deployment\.yaml/);
    assert.match(reason(shared), /reached from kept .*tagged "v1"/);
    assert.match(reason(releaseSig), /signature of kept/);
    assert.match(reason(pr1), /"pr-1" selected by delete-tags/);
    assert.equal(Number(run.outputs['protected-count']), plan.entries.filter((e) => e.action === 'keep').length);
    assert.match(run.summary, /## Prune 127\.0\.0\.1:\d+\/acme\/shop/);
    assert.match(run.summary, /deleted 2 manifest\(s\), kept 5/);
    assert.match(run.summary, /only reached from deleted/);
    const tags = await registryTags(client, repo);
    assert.deepEqual([...tags.keys()].sort(), ['pr-2', `${release.digest.replace(':', '-')}.sig`, 'v1'].sort());
    await assertTagsPullable(registrySource(client, repo), tags);
  });

  test('oci-layout: a dry run deletes nothing and writes the plan; max-deletions fails the step without deleting', async () => {
    const dir = await mkdtemp(join(work, 'layout-'));
    const layout = await OciLayout.create(dir);
    const g = new GraphBuilder(layoutSink(layout));
    for (const tag of ['pr-1', 'pr-2', 'main']) await g.image({}, tag);
    const inputs = { provider: 'oci-layout', 'oci-layout': dir, 'delete-tags': '^pr-', grace: '0s' };

    const dry = await prune({ ...inputs, 'dry-run': 'true' });
    assert.equal(dry.exitCode, 0, dry.stdout + dry.stderr);
    assert.equal(dry.outputs['deleted-count'], '0');
    assert.match(dry.summary, /would delete 2 manifest\(s\)/);
    assert.equal((JSON.parse(await readFile(dry.outputs.plan!, 'utf8')) as PlanFile).entries.filter((e) => e.action === 'delete').length, 2);

    const braked = await prune({ ...inputs, 'max-deletions': '1' });
    assert.equal(braked.exitCode, 1);
    assert.match(braked.errors[0]!, /the plan deletes 2 manifests, more than max-deletions \(1\); nothing was deleted; review the plan/);
    assert.match((JSON.parse(await readFile(braked.outputs.plan!, 'utf8')) as PlanFile).refused!, /max-deletions/);
    assert.equal((await layoutTags(layout)).size, 3);

    const real = await prune(inputs);
    assert.equal(real.outputs['deleted-count'], '2');
    const left = await layoutTags(layout);
    assert.deepEqual([...left.keys()], ['main']);
    await assertTagsPullable(layoutSource(layout), left);
  });

  test('signatures whose image is elsewhere (COSIGN_REPOSITORY) are kept and reported unless delete-orphaned-referrers is true (issue 14)', async () => {
    const dir = await mkdtemp(join(work, 'signatures-'));
    const layout = await OciLayout.create(dir);
    const g = new GraphBuilder(layoutSink(layout));
    const signatures = [];
    for (const hex of ['1', '2'])
      signatures.push(await g.image({ artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }, `sha256-${hex.repeat(64)}.sig`));
    const inputs = { provider: 'oci-layout', 'oci-layout': dir, grace: '0s' };

    const kept = await prune(inputs);
    assert.equal(kept.exitCode, 0, kept.stdout + kept.stderr);
    assert.equal(kept.outputs['deleted-count'], '0');
    assert.equal((await layoutTags(layout)).size, 2);
    const plan = JSON.parse(await readFile(kept.outputs.plan!, 'utf8')) as PlanFile;
    const entries = plan.entries.filter((e) => e.action !== 'missing');
    assert.deepEqual(entries.map((e) => e.digest).sort(), signatures.map((d) => d.digest).sort());
    assert.deepEqual(
      entries.map((e) => [e.action, e.reason.replace(/[0-9a-f]{12}/, 'X')]),
      signatures.map(() => ['keep', 'signature of sha256:X, which is not in this repository (delete-orphaned-referrers is off)']),
    );
    assert.match(
      kept.summary,
      /2 signature\(s\), attestation\(s\) or SBOM\(s\) whose subject is not in this repository were kept; set delete-orphaned-referrers: true to delete them/,
    );

    const deleted = await prune({ ...inputs, 'delete-orphaned-referrers': 'true' });
    assert.equal(deleted.exitCode, 0, deleted.stdout + deleted.stderr);
    assert.equal(deleted.outputs['deleted-count'], '2');
    assert.equal((await layoutTags(layout)).size, 0);
    assert.match(deleted.summary, /signature of missing sha256:[0-9a-f]{12} \(delete-orphaned-referrers\)/);
  });

  test('bad inputs fail before any work with the input named and the fix', async () => {
    const unreachable = { image: '127.0.0.1:9/acme/bad' };
    const cases: [string, Record<string, string>, RegExp][] = [
      ['unknown provider', { ...unreachable, provider: 'gcr' }, /input "provider" must be one of ghcr, oci, oci-layout \(got "gcr"\)/],
      ['bad regex', { ...unreachable, 'delete-tags': '^pr-(' }, /input "delete-tags" has an invalid regular expression "\^pr-\(": .*fix the expression/],
      ['bad keep regex', { ...unreachable, 'keep-tags': '[' }, /input "keep-tags" has an invalid regular expression/],
      [
        'negative keep-untagged',
        { ...unreachable, 'keep-untagged': '-1' },
        /input "keep-untagged" must be an integer ≥ 0|input "keep-untagged" must be an integer/,
      ],
      ['negative max-deletions', { ...unreachable, 'max-deletions': '-5' }, /input "max-deletions" must be an integer/],
      ['negative grace', { ...unreachable, grace: '-1h' }, /input "grace" is not a valid duration/],
      ['unknown match mode', { ...unreachable, 'delete-tags-match': 'some' }, /input "delete-tags-match" must be one of any, all/],
      ['tag in image', { image: '127.0.0.1:9/acme/bad:v1' }, /input "image" "127\.0\.0\.1:9\/acme\/bad:v1" names a tag or digest; name the repository only/],
      ['missing image', {}, /input "image" is required; set it to registry\/repository/],
      [
        'in-use without tag or digest',
        { ...unreachable, 'in-use': 'ghcr.io/acme/shop' },
        /input "in-use" entry "ghcr\.io\/acme\/shop" has neither a tag nor a digest/,
      ],
      ['in-use missing path', { ...unreachable, 'in-use': './no/such/dir' }, /input "in-use" path .*no\/such\/dir does not exist/],
      ['missing layout', { provider: 'oci-layout', 'oci-layout': 'nonexistent/layout' }, /input "oci-layout" path .*\/nonexistent\/layout does not exist/],
      [
        'username for the oci-layout provider',
        { provider: 'oci-layout', 'oci-layout': '.', username: 'me' },
        /input "username" is set but provider is oci-layout; remove username: only provider oci uses it/,
      ],
      [
        'api-url for the oci provider',
        { ...unreachable, 'api-url': 'https://api.example.com' },
        /input "api-url" is set but provider is oci; remove api-url: only provider ghcr uses it/,
      ],
      ['ghcr without token', { provider: 'ghcr', image: 'ghcr.io/acme/shop', token: '' }, /input "token" is empty/],
      ['concurrency out of range', { ...unreachable, concurrency: '0' }, /input "concurrency"/],
    ];
    for (const [name, inputs, pattern] of cases) {
      const run = await prune(inputs);
      assert.equal(run.exitCode, 1, name);
      assert.equal(run.errors.length, 1, `${name}: ${run.errors.join(' | ')}`);
      assert.match(run.errors[0]!, /^prune failed: /, name);
      assert.match(run.errors[0]!, pattern, name);
    }
  });

  test('a token without delete rights stops at the first deletion, names the permission and leaves every tag pullable', async () => {
    const tokenRegistry = await startRegistry({
      auth: 'token',
      grant: (user, _repository, requested) => (user ? requested.filter((a) => a !== 'delete') : []),
    });
    try {
      const tokenClient = new RegistryClient(tokenRegistry.host, { credentials: { username: USER, password: PASSWORD } });
      const g = new GraphBuilder(registrySink(tokenClient, 'acme/locked'));
      const child = await g.image({ created: TWO_DAYS_AGO });
      await g.index([child, await g.image({ created: TWO_DAYS_AGO })], 'pr-1');
      await g.index([child], 'main');
      const run = await prune({ image: `${tokenRegistry.host}/acme/locked`, 'delete-tags': '^pr-', grace: '0s' });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.match(
        run.errors[0]!,
        /stopped after 0 of 2 deletions: .*refused to delete sha256:\w+ from acme\/locked \((401|403)\): the credentials lack delete rights; use a token or user allowed to delete/,
      );
      const tags = await registryTags(tokenClient, 'acme/locked');
      assert.deepEqual([...tags.keys()].sort(), ['main', 'pr-1']);
      await assertTagsPullable(registrySource(tokenClient, 'acme/locked'), tags);
    } finally {
      await tokenRegistry.stop();
    }
  });
});
