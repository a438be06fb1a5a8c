import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ImageManifest, layoutSource, OciLayout, pushImage, RegistryClient } from '@service-pipeline/oci';
import { runAction } from '../../../test/helpers/action-runner.js';
import { makeImage } from '../../../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { DEBIAN_PACKAGES, debianLikeImage, TRIVY_BINARY } from '../../../test/helpers/trivy.js';

describe('sbom action (bundled, run as the runner runs it)', () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  let runnerTemp: string;
  let image: Awaited<ReturnType<typeof debianLikeImage>>;

  before(async () => {
    registry = await startRegistry();
    client = new RegistryClient(registry.host);
    runnerTemp = await mkdtemp(join(tmpdir(), 'sbom-action-'));
    await mkdir(join(runnerTemp, 'service-pipeline'), { recursive: true });
    // Where the build action leaves its output: the default source of this action.
    image = await debianLikeImage({ dir: join(runnerTemp, 'service-pipeline', 'oci-layout') });
    await pushImage({ source: layoutSource(await OciLayout.open(image.dir)), root: image.root, client, repository: 'acme/shop', tags: ['1.0'] });
  });
  after(async () => {
    await registry?.stop();
    await rm(runnerTemp, { recursive: true, force: true });
  });

  const sbom = (inputs: Record<string, string>) =>
    runAction(
      'sbom',
      { 'tool-path': TRIVY_BINARY, username: '', password: '', ...inputs },
      { env: { RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: dirname(TRIVY_BINARY) }, timeoutMs: 240_000 },
    );

  test('the build layout -> CycloneDX + SPDX with the real trivy, attached to the pushed image', async () => {
    const run = await sbom({ format: 'cyclonedx, spdx', attach: 'true', 'attach-to': `${registry.host}/acme/shop` });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputDir = join(runnerTemp, 'service-pipeline', 'sbom');
    assert.equal(run.outputs.cyclonedx, join(outputDir, 'sbom.cdx.json'));
    assert.equal(run.outputs.spdx, join(outputDir, 'sbom.spdx.json'));
    assert.equal(run.outputs.packages, String(DEBIAN_PACKAGES.length));
    const digests = JSON.parse(run.outputs.sha256!) as Record<string, string>;
    for (const format of ['cyclonedx', 'spdx'] as const) {
      assert.equal(
        digests[format],
        `sha256:${createHash('sha256')
          .update(await readFile(run.outputs[format]!))
          .digest('hex')}`,
      );
    }
    const bom = JSON.parse(await readFile(run.outputs.cyclonedx!, 'utf8')) as { components: { name: string; purl?: string }[] };
    assert.deepEqual(
      bom.components
        .filter((c) => c.purl)
        .map((c) => c.name)
        .sort(),
      DEBIAN_PACKAGES.map((p) => p.name),
    );

    const attached = run.outputs.attached!.split('\n');
    assert.equal(attached.length, 2);
    const referrers = await client.referrers('acme/shop', image.root.digest);
    assert.deepEqual(
      referrers.manifests.map((m) => `${registry.host}/acme/shop@${m.digest}`),
      attached,
    );
    const artifact = (await client.getManifest('acme/shop', referrers.manifests[1]!.digest)).manifest as ImageManifest;
    assert.equal(artifact.artifactType, 'application/spdx+json');
    assert.equal(artifact.subject?.digest, image.root.digest);
    assert.deepEqual(await client.getBlobBytes('acme/shop', artifact.layers[0]!), await readFile(run.outputs.spdx!));
    assert.match(run.summary, /SBOM: 3 packages/);
    assert.match(run.summary, /\| spdx \| .*sbom\.spdx\.json.* \| 3 \| `sha256:[0-9a-f]{64}` \| .*\(tag-schema\) \|/);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['unknown generator', { generator: 'cdxgen' }, /input "generator" must be one of trivy, syft \(got "cdxgen"\)/],
    ['unknown format', { format: 'cyclonedx, swid' }, /input "format" has an unknown format "swid"; use cyclonedx and\/or spdx/],
    ['two sources', { image: 'ghcr.io/acme/shop:1', directory: '.' }, /input "directory" is set together with image; describe one source per step/],
    ['missing layout', { 'oci-layout': 'nonexistent/layout' }, /input "oci-layout" path .*\/nonexistent\/layout does not exist/],
    ['attach without a target', { directory: '.', attach: 'true' }, /input "attach-to" is empty while attach is true/],
    ['attach-to without attach', { 'attach-to': 'ghcr.io/acme/shop' }, /input "attach-to" is set but attach is false/],
    ['attach with a bad boolean', { attach: 'yes please' }, /input "attach"/],
  ];
  for (const [name, inputs, message] of bad) {
    test(`bad input: ${name}`, async () => {
      const run = await sbom(inputs);
      assert.equal(run.exitCode, 1, run.stdout);
      assert.match(run.errors.join('\n'), message);
      assert.doesNotMatch(run.stdout, /Installing|Generating/, 'nothing ran before validation');
    });
  }

  test('an image that was never pushed cannot be attached (checked after generating, before pushing anything)', async () => {
    const other = await makeImage({ dir: join(runnerTemp, 'unpushed'), layerSizes: [100] });
    const run = await sbom({ 'oci-layout': other.dir, attach: 'true', 'attach-to': `${registry.host}/acme/shop` });
    assert.equal(run.exitCode, 1, run.stdout);
    assert.match(run.errors.join('\n'), new RegExp(`acme/shop has no image ${other.root.digest}; push the image before attaching its SBOM`));
    assert.deepEqual((await client.referrers('acme/shop', other.root.digest)).manifests, []);
  });
});
