import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { presetDockerfile } from '@service-pipeline/build';
import { type ImageManifest, imageFilesystem, layoutSource, OciLayout, parseImageConfig, pushImage, RegistryClient } from '@service-pipeline/oci';
import { runAction } from '../../../test/helpers/action-runner.js';
import { slsaProvenanceViolations } from '../../../test/helpers/attestation-schemas.js';
import { busyboxImage, distrolessStaticImage, nodeBuilderImage, nodeRuntimeImage } from '../../../test/helpers/bases.js';
import { type FixtureImage, makeImage } from '../../../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const NODE_EXAMPLE = resolve(import.meta.dirname, '../../../examples/node-service');

const COMMIT_TIME = '2024-05-01T12:00:00Z';

type Provenance = {
  subject: { name: string; digest: { sha256: string } }[];
  predicate: { buildDefinition: { externalParameters: Record<string, unknown>; resolvedDependencies: { name?: string; digest?: Record<string, string> }[] } };
};

/** Commits everything in `dir` at COMMIT_TIME on branch main and returns the commit sha. */
function commitAll(dir: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: COMMIT_TIME,
    GIT_COMMITTER_DATE: COMMIT_TIME,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
  };
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '.'],
    ['commit', '-q', '-m', 'service'],
  ])
    execFileSync('git', args, { cwd: dir, env });
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
    base = await makeImage({ dir: join(work, 'base'), layerSizes: [2000], sourceLabel: null });
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
      {
        github: { repository: 'Acme/Shop', workspace: work },
        env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha, GITHUB_EVENT_PATH: await event('push', {}), ...env },
      },
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

    const provenance = JSON.parse(await readFile(first.outputs.provenance!, 'utf8')) as Provenance;
    assert.deepEqual(slsaProvenanceViolations(provenance), []);
    assert.deepEqual(provenance.subject, [{ name: 'ghcr.io/acme/shop', digest: { sha256: first.outputs.digest!.slice('sha256:'.length) } }]);
    assert.deepEqual(
      provenance.predicate.buildDefinition.resolvedDependencies.map((d) => d.digest),
      [{ gitCommit: sha }, { sha256: base.root.digest.slice('sha256:'.length) }],
      'the source commit and the base image by digest',
    );
    assert.deepEqual(provenance.predicate.buildDefinition.externalParameters['artifacts'], ['dist/server=/app/server']);

    const second = await build({ 'oci-layout': join(work, 'layout-main-2') });
    assert.equal(second.outputs.digest, first.outputs.digest, 'the same commit builds to the same digest');

    const pushed = await runAction(
      'push',
      { 'oci-layout': layoutDir, 'layout-ref': `sha-${short}`, tags: `${registry.host}/acme/shop:sha-${short}`, username: '', password: '' },
      { github: { workspace: work } },
    );
    assert.equal(pushed.exitCode, 0, pushed.stdout);
    assert.equal(pushed.outputs.digest, first.outputs.digest);
    assert.deepEqual(pushed.warnings, [], 'the build sets org.opencontainers.image.source');
    assert.equal((await new RegistryClient(registry.host).headManifest('acme/shop', `sha-${short}`))?.digest, first.outputs.digest);
  });

  test('pull request: pr-<n> and the head sha, never latest', async () => {
    const head = sha;
    const run = await build(
      { 'oci-layout': join(work, 'layout-pr') },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_EVENT_PATH: await event('pr', { pull_request: { number: 7, head: { sha: head, ref: 'feature/x' }, base: { ref: 'main' } } }),
      },
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

  test('push: true pushes the checked image with every tag, with username/password', async () => {
    const secured = await startRegistry({ auth: 'htpasswd' });
    try {
      const [username, password] = Object.entries(secured.users)[0]!;
      const run = await build({ 'oci-layout': join(work, 'layout-push'), image: `${secured.host}/acme/shop`, push: 'true', username, password });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assert.equal(run.outputs['pushed-digest'], run.outputs.digest);
      assert.match(run.summary, /and pushed/);
      assert.ok(run.masked.includes(password), 'the password is masked');
      const client = new RegistryClient(secured.host, { credentials: { username, password } });
      for (const tag of [`sha-${sha.slice(0, 12)}`, 'main', 'latest'])
        assert.equal((await client.headManifest('acme/shop', tag))?.digest, run.outputs.digest, tag);

      const refused = await build({
        'oci-layout': join(work, 'layout-push-2'),
        image: `${secured.host}/acme/other`,
        push: 'true',
        username,
        password: 'wrong',
      });
      assert.equal(refused.exitCode, 1);
      assert.match(refused.errors[0] ?? '', /401|unauthorized|credentials/i);

      const shell = await build({
        'oci-layout': join(work, 'layout-push-shell'),
        image: `${secured.host}/acme/shell`,
        push: 'true',
        username,
        password,
        artifacts: 'dist/server=/app/server\ndist/sh=/bin/sh',
      });
      assert.equal(shell.exitCode, 1);
      assert.match(shell.errors[0] ?? '', /not distroless: .*\(not pushed\)/);
      assert.equal(await client.headManifest('acme/shell', `sha-${sha.slice(0, 12)}`), undefined, 'an image failing the check is not pushed');
    } finally {
      await secured.stop();
    }
  });

  for (const auth of ['htpasswd', 'token'] as const) {
    test(`a private base-image (${auth} auth) is resolved with the action's credentials, else with Docker's config`, async () => {
      const secured = await startRegistry({ auth });
      try {
        const [username, password] = Object.entries(secured.users)[0]!;
        const client = new RegistryClient(secured.host, { credentials: { username, password } });
        await pushImage({ source: layoutSource(base.layout), root: base.root, client, repository: 'private/base', tags: ['nonroot'] });
        const inputs = { image: `${secured.host}/acme/shop`, 'base-image': `${secured.host}/private/base:nonroot` };

        const withInputs = await build({ ...inputs, 'oci-layout': join(work, `private-${auth}-1`), username, password });
        assert.equal(withInputs.exitCode, 0, withInputs.stdout + withInputs.stderr);
        assert.equal(withInputs.outputs['base-image-digest'], base.root.digest);

        const dockerConfig = join(work, `docker-${auth}`);
        await mkdir(dockerConfig, { recursive: true });
        await writeFile(
          join(dockerConfig, 'config.json'),
          JSON.stringify({ auths: { [secured.host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } }),
        );
        const fromConfig = await build({ ...inputs, 'oci-layout': join(work, `private-${auth}-2`) }, { DOCKER_CONFIG: dockerConfig });
        assert.equal(fromConfig.exitCode, 0, fromConfig.stdout + fromConfig.stderr);
        assert.equal(fromConfig.outputs['base-image-digest'], base.root.digest);
        assert.equal(fromConfig.outputs.digest, withInputs.outputs.digest, 'the same base, the same image');

        const anonymous = await build({ ...inputs, 'oci-layout': join(work, `private-${auth}-3`) });
        assert.equal(anonymous.exitCode, 1);
        assert.match(
          anonymous.errors[0] ?? '',
          new RegExp(
            `base image ${secured.host.replace(/\./g, '\\.')}/private/base:nonroot cannot be resolved: registry ${secured.host.replace(/\./g, '\\.')} (answered 401|could not)`,
          ),
        );
      } finally {
        await secured.stop();
      }
    });
  }

  test('bad inputs fail before anything is built', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['missing context', { context: join(work, 'nope') }, /input "context" .*does not exist/],
      ['Dockerfile not found', { mode: 'dockerfile', artifacts: '' }, /input "dockerfile" .*Dockerfile does not exist; point dockerfile at your Dockerfile/],
      ['malformed artifact', { artifacts: 'dist/server' }, /input "artifacts" artifact line "dist\/server" is not <source>=<destination>/],
      ['unresolvable base', { 'base-image': `oci-layout:${join(work, 'no-base')}` }, /is not an OCI image layout/],
      [
        'unresolvable registry base',
        { 'base-image': `${'127.0.0.1:9'}/distroless/static:nonroot` },
        /base image 127\.0\.0\.1:9\/distroless\/static:nonroot cannot be resolved/,
      ],
      ['bad platform', { platforms: 'linux' }, /input "platforms" has an invalid platform "linux"/],
      ['shell-form entrypoint', { entrypoint: '/app/server --flag' }, /input "entrypoint"/],
      ['bad tag rule', { tags: 'type=nope' }, /input "tags" /],
      ['image with a tag', { image: 'ghcr.io/acme/shop:v1' }, /input "image" "ghcr\.io\/acme\/shop:v1" has a tag or digest/],
      ['unknown mode', { mode: 'docker' }, /input "mode" must be one of auto, dockerfile, append/],
      ['env without =', { env: 'NOEQUALS' }, /input "env" env line 1 "NOEQUALS" is not key=value; write one key=value per line/],
      [
        'unknown preset',
        { preset: 'ruby', artifacts: '' },
        /input "preset" preset "ruby" is unknown; use one of go, node, python, java, or write a Dockerfile/,
      ],
      ['preset and dockerfile', { preset: 'go', artifacts: '', dockerfile: 'Dockerfile' }, /input "preset" "go" is set together with dockerfile; use one/],
      ['preset in append mode', { preset: 'node' }, /input "preset" "node" is set but the mode is append/],
      ['unknown engine', { engine: 'kaniko' }, /input "engine" must be one of auto, buildx, buildah/],
      ['malformed secret', { secrets: 'novalue' }, /input "secrets" secret line 1 has no id= prefix/],
      ['secret from an unset variable', { secrets: 'token=env:SP_UNSET_VAR' }, /input "secrets" secret "token" reads the environment variable SP_UNSET_VAR/],
      ['secrets in append mode', { secrets: 'token=abc' }, /input "secrets" is set but the mode is append/],
      [
        'bad cache spec',
        { mode: 'dockerfile', artifacts: '', entrypoint: '', dockerfile: 'repo/dist/server', 'cache-from': 'gha' },
        /input "cache-from" cache-from entry "gha" is not a buildx cache spec/,
      ],
      ['password without username', { push: 'true', password: 'x' }, /input "username" is empty while the other credential is set/],
      ['push not a boolean', { push: 'yes please' }, /input "push" must be one of/],
      // Issue 14 defect 4: image config values were taken as they came.
      ['negative port', { ports: '-1' }, /input "ports" has an invalid port "-1"; write a port number from 1 to 65535/],
      ['huge port', { ports: '8080, 99999999999999999999' }, /input "ports" has an invalid port "99999999999999999999"/],
      ['port zero', { ports: '0/tcp' }, /input "ports" has an invalid port "0\/tcp"/],
      ['port word', { ports: 'bogus' }, /input "ports" has an invalid port "bogus"/],
      ['unknown protocol', { ports: '53/icmp' }, /input "ports" has an invalid port "53\/icmp"; .*\/tcp, \/udp or \/sctp/],
      ['user with a newline', { user: 'nonroot\nUSER root' }, /input "user" contains a line break/],
      ['user with a space', { user: 'non root' }, /input "user" must be a user name or uid, optionally :group or :gid/],
      ['relative workdir', { workdir: 'app' }, /input "workdir" must be a clean absolute path/],
      ['workdir with ..', { workdir: '/app/../etc' }, /input "workdir" must be a clean absolute path/],
      ['workdir with a newline', { workdir: '/app\n/etc' }, /input "workdir" contains a line break/],
      ['10,000-character workdir', { workdir: `/${'w'.repeat(10_000)}` }, /input "workdir" is 10001 characters long/],
      ['label with a control character', { labels: 'team=core\u001b[8m' }, /input "labels" item 1 contains the control character U\+001B/],
      ['dockerfile in append mode', { dockerfile: 'Dockerfile' }, /input "dockerfile" is set but the mode is append; .*remove dockerfile/],
      ['target in append mode', { target: 'runtime' }, /input "target" is set but the mode is append; remove target/],
      ['build-args in append mode', { 'build-args': 'A=1' }, /input "build-args" is set but the mode is append/],
      ['cache in append mode', { 'cache-to': 'type=gha' }, /input "cache-to" is set but the mode is append/],
      [
        'ports in Dockerfile mode',
        { mode: 'dockerfile', artifacts: '', entrypoint: '', dockerfile: 'repo/dist/server', ports: '8080' },
        /input "ports" is set but the mode is dockerfile; write EXPOSE in the Dockerfile/,
      ],
      [
        'entrypoint in Dockerfile mode',
        { mode: 'dockerfile', artifacts: '', dockerfile: 'repo/dist/server' },
        /input "entrypoint" is set but the mode is dockerfile; write ENTRYPOINT in the Dockerfile/,
      ],
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
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'build-dockerfile-'));
    // A private buildah storage, so the tests never touch the machine's.
    await writeFile(join(work, 'storage.conf'), `[storage]\ndriver = "vfs"\ngraphroot = "${join(work, 'graph')}"\nrunroot = "${join(work, 'run')}"\n`);
    await writeFile(join(work, 'event.json'), JSON.stringify({ repository: { default_branch: 'main' } }));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });
  const dockerfileBuild = (repo: string, sha: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction(
      'build',
      { context: repo, image: 'ghcr.io/acme/shop', ...inputs },
      {
        github: { repository: 'acme/shop', workspace: work },
        env: {
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: sha,
          GITHUB_EVENT_PATH: join(work, 'event.json'),
          CONTAINERS_STORAGE_CONF: join(work, 'storage.conf'),
          BUILDAH_ISOLATION: 'chroot',
          ...env,
        },
        timeoutMs: 240_000,
      },
    );

  test('secrets: readable by RUN --mount=type=secret in the build, absent from the image, masked, files removed', async () => {
    const repo = join(work, 'secret-repo');
    await mkdir(repo, { recursive: true });
    await writeFile(
      join(repo, 'Dockerfile'),
      [
        'ARG BUILDER_IMAGE=busybox',
        'ARG BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot',
        'FROM ${BUILDER_IMAGE} AS build',
        // Proves both values were readable without naming them anywhere: only their hashes are kept.
        'RUN --mount=type=secret,id=token --mount=type=secret,id=npmrc mkdir -p /out && cat /run/secrets/token /run/secrets/npmrc | sha256sum > /out/checked',
        'FROM ${BASE_IMAGE}',
        'COPY --from=build /out/checked /app/checked',
        'USER 65532:65532',
        'ENTRYPOINT ["/app/nothing"]',
        '',
      ].join('\n'),
    );
    const sha = commitAll(repo);
    const [busybox, base] = await Promise.all([busyboxImage(), distrolessStaticImage()]);
    const layoutDir = join(work, 'secret-layout');
    const runnerTemp = join(work, 'secret-runner-temp');
    await mkdir(runnerTemp);
    const run = await dockerfileBuild(
      repo,
      sha,
      {
        'build-args': `BUILDER_IMAGE=${busybox.from}\nBASE_IMAGE=${base.from}`,
        'oci-layout': layoutDir,
        secrets: 'token=env:SP_TEST_TOKEN\nnpmrc=//registry.example/:_authToken=inline-value',
      },
      { SP_TEST_TOKEN: 's3cret-value', RUNNER_TEMP: runnerTemp },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    for (const value of ['s3cret-value', '//registry.example/:_authToken=inline-value']) {
      assert.ok(run.masked.includes(value), `${value} is masked`);
      assert.deepEqual(
        run.stdout.split('\n').filter((line) => line.includes(value) && !line.startsWith('::add-mask::')),
        [],
        `${value} is not printed`,
      );
    }
    assert.deepEqual(
      (await readdir(runnerTemp)).filter((n) => n.startsWith('sp-secrets-')),
      [],
      'the secret files are deleted',
    );
    const layout = await OciLayout.open(layoutDir);
    const manifest = (await layout.readManifest(await layout.resolve(`sha-${sha.slice(0, 12)}`))) as ImageManifest;
    const files = await imageFilesystem(layoutSource(layout), manifest);
    assert.ok(files.has('app/checked'), 'the RUN with the secret succeeded');
    assert.ok(![...files.keys()].some((p) => p.startsWith('run/secrets')), 'no secret file in the image');
    for (const layer of manifest.layers) {
      const bytes = gunzipSync(await layout.readBlob(layer)).toString('latin1');
      assert.ok(!bytes.includes('s3cret-value') && !bytes.includes('inline-value'), 'no secret value in any layer');
    }
    const hash = createHash('sha256').update('s3cret-value//registry.example/:_authToken=inline-value').digest('hex');
    assert.ok(
      gunzipSync(await layout.readBlob(manifest.layers.at(-1)!))
        .toString('latin1')
        .includes(hash),
      'the build read both values',
    );
  });

  test('preset node (no Dockerfile): the generated Dockerfile is logged, saved and built with buildah (engine auto)', async () => {
    const repo = join(work, 'preset-repo');
    await cp(NODE_EXAMPLE, repo, { recursive: true });
    const sha = commitAll(repo);
    const [builder, runtime] = await Promise.all([nodeBuilderImage(), nodeRuntimeImage()]);
    const run = await dockerfileBuild(repo, sha, {
      preset: 'node',
      'build-args': `BUILDER_IMAGE=${builder.from}\nBASE_IMAGE=${runtime.from}`,
      'oci-layout': join(work, 'preset-layout'),
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const saved = await readFile(join(repo, 'Dockerfile.service-pipeline'), 'utf8');
    assert.equal(saved, presetDockerfile('node', { entry: 'server.js' }));
    assert.ok(run.stdout.includes('CMD ["server.js"]') && run.stdout.includes('Dockerfile of preset node'), 'the Dockerfile is in the log');
    assert.match(run.stdout, /Building .*Dockerfile\.service-pipeline with buildah/);
    assert.match(run.summary, /preset node, buildah/);
    const layout = await OciLayout.open(join(work, 'preset-layout'));
    const manifest = (await layout.readManifest(await layout.resolve(`sha-${sha.slice(0, 12)}`))) as ImageManifest;
    const config = parseImageConfig(await layout.readBlob(manifest.config));
    assert.deepEqual([config.config?.Entrypoint, config.config?.Cmd, config.config?.User], [['/nodejs/bin/node'], ['server.js'], '65532:65532']);
  });

  test('builds a Dockerfile onto a distroless base into the layout, tagged from the event', async () => {
    const repo = join(work, 'plain-repo');
    await mkdir(repo, { recursive: true });
    await writeFile(join(repo, 'server'), 'a static binary');
    await chmod(join(repo, 'server'), 0o755);
    await writeFile(
      join(repo, 'Dockerfile'),
      'ARG BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot\nFROM ${BASE_IMAGE}\nCOPY server /app/server\nUSER 65532:65532\nENTRYPOINT ["/app/server"]\n',
    );
    const sha = commitAll(repo);
    const base = await distrolessStaticImage();
    const layoutDir = join(work, 'plain-layout');
    const run = await dockerfileBuild(
      repo,
      sha,
      { 'build-args': `BASE_IMAGE=${base.from}`, 'oci-layout': layoutDir },
      { GITHUB_REF: 'refs/heads/feature/login' },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.tags, [`ghcr.io/acme/shop:sha-${sha.slice(0, 12)}`, 'ghcr.io/acme/shop:feature-login'].join('\n'));
    const layout = await OciLayout.open(layoutDir);
    assert.equal((await layout.resolve(`sha-${sha.slice(0, 12)}`)).digest, run.outputs.digest);
    const manifest = (await layout.readManifest(await layout.resolve(`sha-${sha.slice(0, 12)}`))) as ImageManifest;
    const config = parseImageConfig(await layout.readBlob(manifest.config));
    assert.equal(config.config?.Labels?.['org.opencontainers.image.revision'], sha);
    assert.equal(config.config?.User, '65532:65532');
    const provenance = JSON.parse(await readFile(run.outputs.provenance!, 'utf8')) as Provenance;
    assert.deepEqual(slsaProvenanceViolations(provenance), [], JSON.stringify(provenance.predicate.buildDefinition.resolvedDependencies));
    assert.equal(`sha256:${provenance.subject[0]!.digest.sha256}`, run.outputs.digest);
    assert.deepEqual(
      provenance.predicate.buildDefinition.externalParameters['buildArgNames'],
      ['BASE_IMAGE'],
      'build-arg names only: values may hold what should have been a secret',
    );
    const dependencies = provenance.predicate.buildDefinition.resolvedDependencies;
    assert.deepEqual(dependencies[0]!.digest, { gitCommit: sha });
    assert.ok(
      dependencies.some((d) => d.name === base.from),
      `the FROM image ${base.from} is a resolved dependency: ${JSON.stringify(dependencies)}`,
    );
    assert.ok(
      dependencies.some((d) => d.digest?.['sha256'] === base.digest.slice('sha256:'.length)),
      `the base image by digest: ${JSON.stringify(dependencies)}`,
    );
  });
});
