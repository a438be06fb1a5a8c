import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RegistryClient } from '@service-pipeline/oci';
import { runAction } from '../../../test/helpers/action-runner.js';
import { startFaultProxy, when } from '../../../test/helpers/fault-proxy.js';
import { type FixtureImage, makeImage } from '../../../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const USER = 'tester';
const PASSWORD = 'secret-pass';

describe('push action (bundled, run as the runner runs it)', () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  let image: FixtureImage;
  /** GITHUB_WORKSPACE of every run: the layouts live there, as a checkout's would. */
  let work: string;
  const cleanup: string[] = [];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'push-action-'));
    cleanup.push(work);
    registry = await startRegistry({ auth: 'htpasswd', users: { [USER]: PASSWORD } });
    client = new RegistryClient(registry.host, { credentials: { username: USER, password: PASSWORD } });
    image = await makeImage({ dir: join(work, 'image'), layerSizes: [40_000, 3_000] });
  });
  after(async () => {
    await registry?.stop();
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  const push = (inputs: Record<string, string>, env?: Record<string, string>) =>
    runAction('push', { username: USER, password: PASSWORD, ...inputs }, { github: { workspace: work }, ...(env ? { env } : {}) });

  test('pushes a layout to several tags and reports digest, image-ref, tags and bytes', async () => {
    const tags = [`${registry.host}/acme/shop:sha-0123456789ab`, `${registry.host}/acme/shop:main`];
    const run = await push({ 'oci-layout': image.dir, tags: tags.join('\n') });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.digest, image.root.digest);
    assert.equal(run.outputs['image-ref'], `${registry.host}/acme/shop@${image.root.digest}`);
    assert.equal(run.outputs['pinned-ref'], `${tags[0]}@${image.root.digest}`, 'the first tag (build lists its immutable one first) with the digest');
    assert.equal(run.outputs.tags, tags.join('\n'));
    assert.ok(Number(run.outputs['bytes-uploaded']) > 40_000);
    assert.deepEqual(JSON.parse(run.outputs.blobs!), { uploaded: 3, mounted: 0, existing: 0 });
    assert.ok(run.masked.includes(PASSWORD), 'the password is masked');
    assert.match(run.summary, /Pushed 127\.0\.0\.1:\d+\/acme\/shop@sha256:/);
    assert.match(run.summary, /\| uploaded \| 3 \|/);
    assert.deepEqual(run.warnings, []);
    for (const tag of ['sha-0123456789ab', 'main']) assert.equal((await client.headManifest('acme/shop', tag))?.digest, image.root.digest);

    const warm = await push({ 'oci-layout': image.dir, tags: tags[0]! });
    assert.equal(warm.exitCode, 0, warm.stdout);
    assert.equal(warm.outputs['bytes-uploaded'], '0');
    assert.deepEqual(JSON.parse(warm.outputs.blobs!), { uploaded: 0, mounted: 0, existing: 3 });
  });

  test("digest: the build's digest picks the image and refuses a layout that no longer holds it", async () => {
    const built = await makeImage({ dir: join(work, 'pinned'), layerSizes: [600] });
    const other = await makeImage({ dir: built.dir, layerSizes: [700], refName: 'other' });
    const ok = await push({ 'oci-layout': built.dir, digest: built.root.digest, tags: `${registry.host}/acme/pinned:v1` });
    assert.equal(ok.exitCode, 0, ok.stdout + ok.stderr);
    assert.equal(ok.outputs['pinned-ref'], `${registry.host}/acme/pinned:v1@${built.root.digest}`);

    const rebuilt = await push({ 'oci-layout': built.dir, 'layout-ref': 'other', digest: built.root.digest, tags: `${registry.host}/acme/pinned:v2` });
    assert.equal(rebuilt.exitCode, 1);
    assert.match(
      rebuilt.errors[0]!,
      new RegExp(`^push failed: input "digest" does not match: the OCI layout .* holds ${other.root.digest} under "other", not ${built.root.digest}; `),
    );
    assert.equal(await client.headManifest('acme/pinned', 'v2'), undefined, 'nothing pushed');

    const malformed = await push({ 'oci-layout': built.dir, digest: 'sha256:abc', tags: `${registry.host}/acme/pinned:v3` });
    assert.match(malformed.errors[0]!, /^push failed: input "digest" must match/);
    const missing = await push({ 'oci-layout': built.dir, digest: `sha256:${'0'.repeat(64)}`, tags: `${registry.host}/acme/pinned:v3` });
    assert.match(missing.errors[0]!, /^push failed: input "digest" does not match: the OCI layout .* holds no image sha256:0+/);
  });

  test('reads the layout the build action writes by default ($RUNNER_TEMP/service-pipeline/oci-layout)', async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
    cleanup.push(runnerTemp);
    await mkdir(join(runnerTemp, 'service-pipeline'), { recursive: true });
    const built = await makeImage({ dir: join(runnerTemp, 'service-pipeline', 'oci-layout'), layerSizes: [500] });
    const run = await push({ tags: `${registry.host}/acme/default:v1` }, { RUNNER_TEMP: runnerTemp });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.digest, built.root.digest);
  });

  test('uses ~/.docker/config.json when username and password are empty', async () => {
    const dockerConfig = await mkdtemp(join(tmpdir(), 'docker-config-'));
    cleanup.push(dockerConfig);
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } }),
    );
    const run = await runAction(
      'push',
      { 'oci-layout': image.dir, tags: `${registry.host}/acme/from-config:v1`, username: '', password: '' },
      { github: { workspace: work }, env: { DOCKER_CONFIG: dockerConfig } },
    );
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal((await client.headManifest('acme/from-config', 'v1'))?.digest, image.root.digest);
  });

  test('copies from another repository by mounting instead of uploading', async () => {
    const run = await push({ 'source-image': `${registry.host}/acme/shop:main`, tags: `${registry.host}/acme/promoted:1.0.0` });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.digest, image.root.digest);
    assert.deepEqual(JSON.parse(run.outputs.blobs!), { uploaded: 0, mounted: 3, existing: 0 });
  });

  test('warns, or fails when asked, without org.opencontainers.image.source', async () => {
    const unlabelled = await makeImage({ dir: join(work, 'unlabelled'), layerSizes: [100], sourceLabel: null });
    const warned = await push({ 'oci-layout': unlabelled.dir, tags: `${registry.host}/acme/unlabelled:v1` });
    assert.equal(warned.exitCode, 0);
    assert.match(warned.warnings.join('\n'), /no org\.opencontainers\.image\.source label/);
    const failed = await push({ 'oci-layout': unlabelled.dir, tags: `${registry.host}/acme/unlabelled:v2`, 'source-label-check': 'error' });
    assert.equal(failed.exitCode, 1);
    assert.match(failed.errors.join('\n'), /^push failed: the image has no org\.opencontainers\.image\.source/);
    assert.equal(await client.headManifest('acme/unlabelled', 'v2'), undefined);
  });

  test('bad inputs fail before any work with the input named and the fix', async () => {
    const host = registry.host;
    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'uppercase repository',
        { 'oci-layout': image.dir, tags: `${host}/Acme/shop:v1` },
        /input "tags" is not a valid image reference: .*must be lowercase: use "acme"/,
      ],
      ['invalid tag', { 'oci-layout': image.dir, tags: `${host}/acme/bad:-x` }, /input "tags" is not a valid image reference: .*tag "-x" is invalid/],
      ['no tags', { 'oci-layout': image.dir, tags: '' }, /input "tags" is required/],
      ['tag without tag', { 'oci-layout': image.dir, tags: `${host}/acme/bad` }, /input "tags" entry ".*" has no tag/],
      ['digest in tags', { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1@${image.root.digest}` }, /input "tags" entry .* carries a digest/],
      [
        'two repositories',
        { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1, ${host}/acme/other:v1` },
        /input "tags" names 2 repositories .*add another push step/,
      ],
      ['missing layout', { 'oci-layout': join(work, 'nonexistent'), tags: `${host}/acme/bad:v1` }, /input "oci-layout" .*does not exist/],
      ['not a layout', { 'oci-layout': work, tags: `${host}/acme/bad:v1` }, /is not an OCI image layout \(no oci-layout file\); point oci-layout at/],
      [
        'unknown image in layout',
        { 'oci-layout': image.dir, 'layout-ref': 'nope', tags: `${host}/acme/bad:v1` },
        /has no image named "nope" \(it holds "latest"\)/,
      ],
      [
        'layout and source image',
        { 'oci-layout': image.dir, 'source-image': `${host}/acme/shop:main`, tags: `${host}/acme/bad:v1` },
        /input "source-image" is set together with oci-layout/,
      ],
      [
        'source credentials without a source image',
        { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1`, 'source-username': 'me' },
        /input "source-username" is set but source-image is not/,
      ],
      ['concurrency out of range', { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1`, concurrency: '0' }, /input "concurrency"/],
      [
        'tiny chunks',
        { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1`, 'chunk-size': '100' },
        /input "chunk-size" is 100 bytes; use 0 .* or at least 1MiB/,
      ],
      [
        'mount from another registry',
        { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1`, 'mount-from': 'ghcr.io/acme/base' },
        /input "mount-from" "ghcr\.io\/acme\/base" is on ghcr\.io, not 127\.0\.0\.1:\d+; list repositories of the target registry only/,
      ],
      [
        'unknown check mode',
        { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1`, 'source-label-check': 'maybe' },
        /input "source-label-check" must be one of warn, error, off/,
      ],
      [
        'wrong password',
        { 'oci-layout': image.dir, tags: `${host}/acme/bad:v1`, password: 'wrong' },
        /answered 401 .*credentials were refused by 127\.0\.0\.1:\d+: check the username and password/,
      ],
    ];
    for (const [name, inputs, pattern] of cases) {
      const run = await push(inputs);
      assert.equal(run.exitCode, 1, name);
      assert.equal(run.errors.length, 1, `${name}: ${run.errors.join(' | ')}`);
      assert.match(run.errors[0]!, /^push failed: /, name);
      assert.match(run.errors[0]!, pattern, name);
      assert.ok(!run.errors[0]!.includes('wrong') || name !== 'wrong password', 'the password is not echoed');
    }
    assert.deepEqual(await client.listTags('acme/bad'), [], 'no bad input tagged anything');
  });

  test('a push that fails midway leaves existing tags where they were', async () => {
    const first = await push({ 'oci-layout': image.dir, tags: `${registry.host}/acme/stable:v1` });
    assert.equal(first.exitCode, 0);
    const proxy = await startFaultProxy(
      registry.url,
      when((request) => request.method === 'PUT' && request.path.includes('/blobs/uploads/'), {
        kind: 'status',
        status: 400,
        body: JSON.stringify({ errors: [{ code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content' }] }),
      }),
    );
    try {
      const next = await makeImage({ dir: join(work, 'next'), layerSizes: [1000] });
      const tag = `${proxy.host}/acme/stable:v1`;
      const run = await push({ 'oci-layout': next.dir, tags: `${tag}\n${proxy.host}/acme/stable:v2` });
      assert.equal(run.exitCode, 1);
      assert.match(run.errors[0]!, /push failed: registry 127\.0\.0\.1:\d+ answered 400 DIGEST_INVALID to upload blob sha256:/);
      assert.equal((await client.headManifest('acme/stable', 'v1'))?.digest, image.root.digest, 'v1 still points at the old image');
      assert.equal(await client.headManifest('acme/stable', 'v2'), undefined, 'v2 was never created');
    } finally {
      await proxy.stop();
    }
  });
});
