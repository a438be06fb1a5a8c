import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writeStaticBase } from '@service-pipeline/build';
import { layoutSource, OciLayout, pushImage, RegistryClient } from '@service-pipeline/oci';
import { runAction } from '../../../test/helpers/action-runner.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

describe('merge action: one index from per-platform layouts', () => {
  let work: string;
  let registry: TestRegistry;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'sp-merge-'));
    registry = await startRegistry();
    // What two matrix jobs upload: one layout per native runner, downloaded into one folder each.
    await writeStaticBase(join(work, 'platforms', 'layout-0'), ['linux/arm64'], 'sha-0123456789ab');
    await writeStaticBase(join(work, 'platforms', 'layout-1'), ['linux/amd64'], 'sha-0123456789ab');
  });
  // The downloaded layouts sit in the workspace, as download-artifact puts them.
  const inWork = () => ({ github: { workspace: work } });
  after(async () => {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('joins the platforms in the order asked, and the index pushes as one image', async () => {
    const out = join(work, 'merged');
    const run = await runAction(
      'merge',
      { layouts: join(work, 'platforms'), platforms: 'linux/amd64, linux/arm64', ref: 'sha-0123456789ab', 'oci-layout': out },
      inWork(),
    );
    assert.equal(run.exitCode, 0, run.stdout);
    const layout = await OciLayout.open(out);
    const root = await layout.resolve('sha-0123456789ab');
    assert.equal(root.digest, run.outputs['digest']);
    const index = JSON.parse((await layout.readBlob(root)).toString('utf8')) as { manifests: { platform: { architecture: string } }[] };
    assert.deepEqual(
      index.manifests.map((m) => m.platform.architecture),
      ['amd64', 'arm64'],
    );
    assert.deepEqual(Object.keys(JSON.parse(run.outputs['platform-digests']!) as object), ['linux/arm64', 'linux/amd64']);

    const client = new RegistryClient(registry.host);
    const report = await pushImage({ source: layoutSource(layout), root, client, repository: 'acme/shop', tags: ['sha-0123456789ab'] });
    assert.equal(report.digest, root.digest);
  });

  test('a platform that was not built, or built twice, is an error naming it', async () => {
    const missing = await runAction(
      'merge',
      { layouts: join(work, 'platforms', 'layout-1'), platforms: 'linux/amd64,linux/arm64', ref: 'x', 'oci-layout': join(work, 'm2') },
      inWork(),
    );
    assert.notEqual(missing.exitCode, 0);
    assert.match(missing.stdout, /merge failed: linux\/arm64 was not built \(built: linux\/amd64\)/);
    const twice = await runAction(
      'merge',
      { layouts: `${join(work, 'platforms', 'layout-1')}\n${join(work, 'platforms', 'layout-1')}`, ref: 'x', 'oci-layout': join(work, 'm3') },
      inWork(),
    );
    assert.match(twice.stdout, /merge failed: linux\/amd64 is built twice/);
    const nothing = await runAction('merge', { layouts: join(work, 'nowhere'), ref: 'x' }, inWork());
    assert.match(nothing.stdout, /merge failed: input "layouts" entry .*nowhere does not exist/);
  });
});
