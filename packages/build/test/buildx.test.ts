import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { DockerfileBuild } from '../src/buildah.js';
import { type BuildxCache, buildxAvailable, buildxCommand, checkCacheSpec, resolveEngine } from '../src/buildx.js';

const EPOCH = 1_700_000_000;
const none: BuildxCache = { from: [], to: [] };

function base(overrides: Partial<DockerfileBuild> = {}): DockerfileBuild {
  return {
    context: '/src/app',
    dockerfile: '/src/app/Dockerfile',
    buildArgs: {},
    labels: {},
    platforms: ['linux/amd64'],
    sourceDateEpoch: EPOCH,
    secrets: [],
    layoutDir: '/out/layout',
    refName: 'app',
    ...overrides,
  };
}

describe('buildxCommand', () => {
  const table: { title: string; build: DockerfileBuild; cache?: BuildxCache; argv: string[] }[] = [
    {
      title: 'one platform, OCI layout output, no provenance, SOURCE_DATE_EPOCH as build arg',
      build: base(),
      argv: [
        'docker',
        'buildx',
        'build',
        '--file',
        '/src/app/Dockerfile',
        '--platform',
        'linux/amd64',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--provenance=false',
        '--output',
        'type=oci,dest=/stage,tar=false',
        '/src/app',
      ],
    },
    {
      title: 'build args and labels sorted, target, secrets, several platforms, pull always',
      build: base({
        target: 'runtime',
        platforms: ['linux/amd64', 'linux/arm64'],
        buildArgs: { VERSION: '1.2.3', BASE_IMAGE: 'gcr.io/distroless/static-debian12:nonroot', SOURCE_DATE_EPOCH: '1' },
        labels: { 'org.opencontainers.image.source': 'https://github.com/acme/shop', 'org.opencontainers.image.revision': 'abc' },
        secrets: [{ id: 'npmrc', src: '/run/npmrc' }],
        pull: 'always',
        // buildah-only settings are ignored.
        storage: { root: '/r', runroot: '/rr', driver: 'vfs' },
        isolation: 'chroot',
      }),
      argv: [
        'docker',
        'buildx',
        'build',
        '--file',
        '/src/app/Dockerfile',
        '--target',
        'runtime',
        '--platform',
        'linux/amd64,linux/arm64',
        '--build-arg',
        'BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--build-arg',
        'VERSION=1.2.3',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--label',
        'org.opencontainers.image.source=https://github.com/acme/shop',
        '--secret',
        'id=npmrc,src=/run/npmrc',
        '--pull',
        '--provenance=false',
        '--output',
        'type=oci,dest=/stage,tar=false',
        '/src/app',
      ],
    },
    {
      title: 'GitHub Actions cache',
      build: base({ platforms: [] }),
      cache: { from: ['type=gha'], to: ['type=gha,mode=max'] },
      argv: [
        'docker',
        'buildx',
        'build',
        '--file',
        '/src/app/Dockerfile',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--cache-from',
        'type=gha',
        '--cache-to',
        'type=gha,mode=max',
        '--provenance=false',
        '--output',
        'type=oci,dest=/stage,tar=false',
        '/src/app',
      ],
    },
    {
      title: 'registry cache, several sources',
      build: base({ platforms: [] }),
      cache: {
        from: ['type=registry,ref=ghcr.io/acme/shop:buildcache', 'type=registry,ref=ghcr.io/acme/shop:main-cache'],
        to: ['type=registry,ref=ghcr.io/acme/shop:buildcache,mode=max'],
      },
      argv: [
        'docker',
        'buildx',
        'build',
        '--file',
        '/src/app/Dockerfile',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--cache-from',
        'type=registry,ref=ghcr.io/acme/shop:buildcache',
        '--cache-from',
        'type=registry,ref=ghcr.io/acme/shop:main-cache',
        '--cache-to',
        'type=registry,ref=ghcr.io/acme/shop:buildcache,mode=max',
        '--provenance=false',
        '--output',
        'type=oci,dest=/stage,tar=false',
        '/src/app',
      ],
    },
  ];
  for (const row of table) {
    test(row.title, () => {
      const { argv, env } = buildxCommand(row.build, row.cache ?? none, '/stage');
      assert.deepEqual(argv, row.argv);
      assert.deepEqual(env, { SOURCE_DATE_EPOCH: '1700000000' });
    });
  }

  test('relative paths resolve against the working directory; another docker binary', () => {
    const { argv } = buildxCommand(base({ context: 'app', dockerfile: 'app/Dockerfile' }), none, 'stage', '/usr/local/bin/docker');
    assert.equal(argv[0], '/usr/local/bin/docker');
    assert.equal(argv.at(-1), resolve('app'));
    assert.ok(argv.includes(`type=oci,dest=${resolve('stage')},tar=false`));
  });

  const invalid: [string, () => unknown, RegExp][] = [
    ['cache type', () => buildxCommand(base(), { from: ['gha'], to: [] }, '/stage'), /cache-from entry "gha" is not a buildx cache spec/],
    ['unknown cache type', () => checkCacheSpec('cache-to', 'type=redis'), /cache-to entry "type=redis"/],
    ['platform (shared validation)', () => buildxCommand(base({ platforms: ['amd64'] }), none, '/stage'), /platform "amd64"/],
    ['comma in the output dir', () => buildxCommand(base(), none, '/a,b'), /contains ","/],
  ];
  for (const [title, fn, pattern] of invalid) {
    test(`rejects: ${title}`, () => {
      assert.throws(fn, (error: unknown) => error instanceof ActionError && pattern.test(error.what) && error.fix.length > 0);
    });
  }
});

describe('engine selection', () => {
  test('buildah stays buildah; auto falls back to buildah without buildx; buildx without it is an error', async () => {
    const missing = resolve('no-such-docker-binary');
    assert.equal(await buildxAvailable(missing), false);
    assert.equal(await resolveEngine('buildah', missing), 'buildah');
    assert.equal(await resolveEngine('auto', missing), 'buildah');
    await assert.rejects(
      resolveEngine('buildx', missing),
      (error: unknown) => error instanceof ActionError && /docker buildx version/.test(error.what) && /engine: buildah or auto/.test(error.fix),
    );
    // This machine has no buildx plugin (see ENVIRONMENT.md), so auto picks buildah with the real docker too.
    if (!(await buildxAvailable())) assert.equal(await resolveEngine('auto'), 'buildah');
  });
});
