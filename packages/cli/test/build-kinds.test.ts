/**
 * The local pipeline builds any kind of service through packages/build, as the build action
 * does: examples/node-service onto a Node base made from this machine's node, and a service
 * with only a Dockerfile through buildah.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { runPipeline, type StepName } from '@service-pipeline/cli';
import { imageFilesystem, openImage } from '@service-pipeline/oci';
import { REPO_ROOT } from '../../../test/helpers/action-runner.js';
import { type BuildahStorage, createBuildahStorage, distrolessStaticImage } from '../../../test/helpers/bases.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const NODE_SERVICE = join(REPO_ROOT, 'examples/node-service');

describe('local pipeline: any kind of service', () => {
  let registry: TestRegistry;
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'sp-cli-kinds-'));
    registry = await startRegistry();
  });
  after(async () => {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('examples/node-service: tested, appended onto the embedded Node base, pushed', async () => {
    const workDir = join(work, 'node');
    const steps: StepName[] = ['test', 'build', 'push'];
    const run = await runPipeline({
      serviceDir: NODE_SERVICE,
      workDir,
      registry: registry.host,
      repository: 'acme/node-service',
      platforms: ['linux/amd64'],
      steps: new Set(steps),
      failOn: 'high',
      logger: silentLogger,
    });
    assert.equal(run.ok, true, JSON.stringify(run.reports, null, 2));
    assert.match(run.reports.find((r) => r.step === 'build')!.detail, /\(node, append, linux\/amd64\)/);

    const image = await openImage({ kind: 'layout', dir: join(workDir, 'oci-layout') });
    const [platform] = await image.platforms();
    assert.deepEqual(platform!.config.config?.Entrypoint, ['/nodejs/bin/node', '/app/server.js']);
    assert.equal(platform!.config.config?.User, '65532:65532');
    const files = await imageFilesystem(image.source, platform!.manifest);
    for (const path of ['nodejs/bin/node', 'app/server.js', 'app/app.js', 'app/package.json']) assert.equal(files.get(path)?.type, 'file', path);
    assert.equal(files.has('app/app.test.js'), false, '.dockerignore leaves the tests out');
    assert.deepEqual(
      [...files.keys()].filter((path) => path.startsWith('app/.service-pipeline')),
      [],
      'the work dir is left out',
    );
    const pushed = await openImage(`${registry.host}/acme/node-service@${image.root.digest}`);
    assert.equal(pushed.root.digest, image.root.digest);
  });

  test('a service with only a Dockerfile is built with buildah', async () => {
    const service = join(work, 'dockerfile-service');
    await mkdir(service);
    await writeFile(
      join(service, 'Dockerfile'),
      'ARG BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot\nFROM ${BASE_IMAGE}\nCOPY hello.txt /app/hello.txt\nUSER 65532:65532\nENTRYPOINT ["/app/hello"]\n',
    );
    await writeFile(join(service, 'hello.txt'), 'hello\n');
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
      GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z',
    };
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '.'],
      ['commit', '-q', '-m', 'service'],
    ])
      execFileSync('git', args, { cwd: service, env });
    const base = await distrolessStaticImage();
    let storage: BuildahStorage | undefined;
    try {
      storage = await createBuildahStorage({ driver: 'vfs' });
      const run = await runPipeline({
        serviceDir: service,
        workDir: join(work, 'dockerfile'),
        registry: registry.host,
        platforms: ['linux/amd64'],
        steps: new Set<StepName>(['build', 'push']),
        buildArgs: { BASE_IMAGE: base.from },
        buildahStorage: { root: storage.root, runroot: storage.runroot, driver: storage.driver },
        failOn: 'high',
        logger: silentLogger,
      });
      assert.equal(run.ok, true, JSON.stringify(run.reports, null, 2));
      assert.match(run.reports.find((r) => r.step === 'build')!.detail, /\(dockerfile, buildah, linux\/amd64\)/);
      const image = await openImage({ kind: 'layout', dir: join(work, 'dockerfile', 'oci-layout') });
      const [platform] = await image.platforms();
      assert.equal((await imageFilesystem(image.source, platform!.manifest)).get('app/hello.txt')?.type, 'file');
    } finally {
      await storage?.cleanup();
    }
  });
});
