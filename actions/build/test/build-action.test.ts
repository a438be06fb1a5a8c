import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OciLayout, RegistryClient } from '@service-pipeline/oci';
import { runAction } from '../../../test/helpers/action-runner.js';
import { makeImage, type FixtureImage } from '../../../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { distrolessStaticImage } from '../../../test/helpers/bases.js';

const COMMIT_TIME = '2024-05-01T12:00:00Z';

/** Commits everything in `dir` at COMMIT_TIME on branch main and returns the commit sha. */
function commitAll(dir: string): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: COMMIT_TIME, GIT_COMMITTER_DATE: COMMIT_TIME, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' };
  for (const args of [['init', '-q', '-b', 'main'], ['add', '.'], ['commit', '-q', '-m', 'service']]) execFileSync('git', args, { cwd: dir, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

describe('build action (bundled), append mode', () => {
  let work: string;
  let repo: string;
  let sha: string;
  let base: FixtureImage;
  let registry: TestRegistry;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'build-action-'));
    repo = join(work, 'repo');
    await mkdir(join(repo, 'dist'), { recursive: true });
    await writeFile(join(repo, 'dist', 'server'), 'a static binary');
    await chmod(join(repo, 'dist', 'server'), 0o755);
    await writeFile(join(repo, 'dist', 'sh'), 'not really a shell');
    sha = commitAll(repo);
    base = await makeImage({ layerSizes: [2000], sourceLabel: null });
    registry = await startRegistry({ auth: 'none' });
  });
  after(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
    await rm(base.dir, { recursive: true, force: true });
  });

  const event = async (name: string, payload: object) => {
    const path = join(work, `${name}-${Math.random().toString(16).slice(2)}.json`);
    await writeFile(path, JSON.stringify({ repository: { default_branch: 'main' }, ...payload }));
    return path;
  };
  const build = async (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction(
      'build',
      { context: repo, 'base-image': `oci-layout:${base.dir}:latest`, artifacts: 'dist/server=/app/server', entrypoint: '["/app/server"]', ...inputs },
      { github: { repository: 'Acme/Shop', workspace: repo }, env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha, GITHUB_EVENT_PATH: await event('push', {}), ...env } },
    );

  test('push to main: tags, immutable tag, labels, reproducible digest, and the push action takes the layout', async () => {
    const layoutDir = join(work, 'layout-main');
    const first = await build({ 'oci-layout': layoutDir });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    const short = sha.slice(0, 12);
    assert.equal(first.outputs.tags, [`ghcr.io/acme/shop:sha-${short}`, 'ghcr.io/acme/shop:main', 'ghcr.io/acme/shop:latest'].join('\n'));
    assert.equal(first.outputs['immutable-tag'], `sha-${short}`);
    assert.equal(first.outputs.version, 'main');
    assert.equal(first.outputs['base-image-digest'], base.root.digest);
    assert.equal(first.outputs['image-ref'], `ghcr.io/acme/shop@${first.outputs.digest}`);
    assert.deepEqual(Object.keys(JSON.parse(first.outputs['platform-digests']!)), ['linux/amd64']);
    assert.match(first.summary, /Built ghcr\.io\/acme\/shop@sha256:/);
    assert.ok(first.notices.some((n) => /lowercase/.test(n)) || first.stdout.includes('lowercase'), 'the ghcr.io lowercasing is reported');

    const layout = await OciLayout.open(layoutDir);
    const manifest = await layout.readManifest(await layout.resolve(`sha-${short}`));
    const annotations = (manifest as { annotations?: Record<string, string> }).annotations ?? {};
    assert.equal(annotations['org.opencontainers.image.revision'], sha);
    assert.equal(annotations['org.opencontainers.image.created'], '2024-05-01T12:00:00Z');
    assert.equal(annotations['org.opencontainers.image.source'], 'https://github.com/Acme/Shop');

    const second = await build({ 'oci-layout': join(work, 'layout-main-2') });
    assert.equal(second.outputs.digest, first.outputs.digest, 'the same commit builds to the same digest');

    const pushed = await runAction('push', { 'oci-layout': layoutDir, 'layout-ref': `sha-${short}`, tags: `${registry.host}/acme/shop:sha-${short}`, username: '', password: '' });
    assert.equal(pushed.exitCode, 0, pushed.stdout);
    assert.equal(pushed.outputs.digest, first.outputs.digest);
    assert.deepEqual(pushed.warnings, [], 'the build sets org.opencontainers.image.source');
    assert.equal((await new RegistryClient(registry.host).headManifest('acme/shop', `sha-${short}`))?.digest, first.outputs.digest);
  });

  test('pull request: pr-<n> and the head sha, never latest', async () => {
    const head = sha;
    const run = await build(
      { 'oci-layout': join(work, 'layout-pr') },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: 'f'.repeat(40), GITHUB_EVENT_PATH: await event('pr', { pull_request: { number: 7, head: { sha: head, ref: 'feature/x' }, base: { ref: 'main' } } }) },
    );
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.tags, [`ghcr.io/acme/shop:sha-${head.slice(0, 12)}`, 'ghcr.io/acme/shop:pr-7'].join('\n'));
    assert.equal(run.outputs.version, 'pr-7');
  });

  test('the distroless check fails an image with a shell, or warns when asked', async () => {
    const inputs = { 'oci-layout': join(work, 'layout-shell'), artifacts: 'dist/server=/app/server\ndist/sh=/bin/sh' };
    const failed = await build(inputs);
    assert.equal(failed.exitCode, 1);
    assert.match(failed.errors[0]!, /^build failed: the image is not distroless: linux\/amd64 shell \/bin\/sh; use a distroless final stage/);
    assert.match(failed.summary, /Distroless check/);
    const warned = await build({ ...inputs, 'distroless-check': 'warn' });
    assert.equal(warned.exitCode, 0);
    assert.match(warned.warnings.join('\n'), /\/bin\/sh is a shell/);
  });

  test('bad inputs fail before anything is built', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['missing context', { context: join(work, 'nope') }, /input "context" .*does not exist/],
      ['Dockerfile not found', { mode: 'dockerfile', artifacts: '' }, /input "dockerfile" .*Dockerfile does not exist; point dockerfile at your Dockerfile/],
      ['malformed artifact', { artifacts: 'dist/server' }, /input "artifacts" artifact line "dist\/server" is not <source>=<destination>/],
      ['unresolvable base', { 'base-image': `oci-layout:${join(work, 'no-base')}` }, /is not an OCI image layout/],
      ['unresolvable registry base', { 'base-image': `${'127.0.0.1:9'}/distroless/static:nonroot` }, /base image 127\.0\.0\.1:9\/distroless\/static:nonroot cannot be resolved/],
      ['bad platform', { platforms: 'linux' }, /input "platforms" has an invalid platform "linux"/],
      ['shell-form entrypoint', { entrypoint: '/app/server --flag' }, /input "entrypoint"/],
      ['bad tag rule', { tags: 'type=nope' }, /input "tags" /],
      ['image with a tag', { image: 'ghcr.io/acme/shop:v1' }, /input "image" "ghcr\.io\/acme\/shop:v1" has a tag or digest/],
      ['unknown mode', { mode: 'docker' }, /input "mode" must be one of auto, dockerfile, append/],
      ['env without =', { env: 'NOEQUALS' }, /input "env" env line 1 "NOEQUALS" is not key=value; write one key=value per line/],
    ];
    for (const [name, inputs, pattern] of cases) {
      const run = await build({ 'oci-layout': join(work, `bad-${name.replace(/\W+/g, '-')}`), ...inputs });
      assert.equal(run.exitCode, 1, name);
      assert.match(run.errors[0] ?? '', /^build failed: /, name);
      assert.match(run.errors[0] ?? '', pattern, name);
    }
  });
});

describe('build action (bundled), Dockerfile mode with buildah', () => {
  test('builds a Dockerfile onto a distroless base into the layout, tagged from the event', async () => {
    const work = await mkdtemp(join(tmpdir(), 'build-dockerfile-'));
    try {
      const repo = join(work, 'repo');
      await mkdir(repo, { recursive: true });
      await writeFile(join(repo, 'server'), 'a static binary');
      await chmod(join(repo, 'server'), 0o755);
      await writeFile(join(repo, 'Dockerfile'), 'ARG BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot\nFROM ${BASE_IMAGE}\nCOPY server /app/server\nUSER 65532:65532\nENTRYPOINT ["/app/server"]\n');
      const sha = commitAll(repo);
      // A private buildah storage, so the test never touches the machine's.
      await writeFile(join(work, 'storage.conf'), `[storage]\ndriver = "vfs"\ngraphroot = "${join(work, 'graph')}"\nrunroot = "${join(work, 'run')}"\n`);
      const eventPath = join(work, 'event.json');
      await writeFile(eventPath, JSON.stringify({ repository: { default_branch: 'main' } }));
      const base = await distrolessStaticImage();
      const layoutDir = join(work, 'layout');
      const run = await runAction(
        'build',
        { context: repo, 'build-args': `BASE_IMAGE=${base.from}`, 'oci-layout': layoutDir, image: 'ghcr.io/acme/shop' },
        { github: { repository: 'acme/shop', workspace: repo }, env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature/login', GITHUB_SHA: sha, GITHUB_EVENT_PATH: eventPath, CONTAINERS_STORAGE_CONF: join(work, 'storage.conf') }, timeoutMs: 180_000 },
      );
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assert.equal(run.outputs.tags, [`ghcr.io/acme/shop:sha-${sha.slice(0, 12)}`, 'ghcr.io/acme/shop:feature-login'].join('\n'));
      const layout = await OciLayout.open(layoutDir);
      assert.equal((await layout.resolve(`sha-${sha.slice(0, 12)}`)).digest, run.outputs.digest);
      const manifest = (await layout.readManifest(await layout.resolve(`sha-${sha.slice(0, 12)}`))) as { config: { digest: string; size: number; mediaType: string } };
      const config = JSON.parse((await layout.readBlob(manifest.config)).toString()) as { config: { Labels?: Record<string, string>; User?: string } };
      assert.equal(config.config.Labels?.['org.opencontainers.image.revision'], sha);
      assert.equal(config.config.User, '65532:65532');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
