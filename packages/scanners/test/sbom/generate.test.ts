import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { debianLikeImage, DEBIAN_PACKAGES, TRIVY_BINARY } from '../../../../test/helpers/trivy.js';
import { generateSbom, InvalidSbomError, ScannerFailedError } from '../../src/index.js';
import { fakeTool, SYFT_CYCLONEDX, SYFT_SPDX, writeSyftOutputs } from '../runners/fake-tools.js';

async function sha256Of(file: string): Promise<string> {
  return `sha256:${createHash('sha256').update(await readFile(file)).digest('hex')}`;
}

describe('generateSbom', () => {
  let work: string;
  let image: Awaited<ReturnType<typeof debianLikeImage>>;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'generate-sbom-'));
    image = await debianLikeImage({ dir: join(work, 'layout') });
  });
  after(() => rm(work, { recursive: true, force: true }));

  test('trivy: CycloneDX and SPDX of a Debian-like image in a layout list its dpkg packages', async () => {
    const outputDir = join(work, 'trivy-out');
    const sbom = await generateSbom({ generator: 'trivy', binary: TRIVY_BINARY, formats: ['cyclonedx', 'spdx'], target: { kind: 'oci-layout', dir: image.dir }, outputDir, cacheDir: join(work, 'cache'), logger: silentLogger });
    assert.equal(sbom.packages, DEBIAN_PACKAGES.length);
    assert.deepEqual(sbom.files.map((f) => [f.format, f.path, f.packages]), [
      ['cyclonedx', join(outputDir, 'sbom.cdx.json'), 3],
      ['spdx', join(outputDir, 'sbom.spdx.json'), 3],
    ]);
    for (const file of sbom.files) assert.equal(file.sha256, await sha256Of(file.path));

    const bom = JSON.parse(await readFile(sbom.files[0]!.path, 'utf8')) as { components: { name: string; version: string; purl?: string }[] };
    const libssl = bom.components.find((c) => c.name === 'libssl3');
    assert.equal(libssl?.version, '3.0.11-1~deb12u2');
    assert.match(libssl?.purl ?? '', /^pkg:deb\/debian\/libssl3@3\.0\.11-1~deb12u2\?arch=amd64/);
    const spdx = JSON.parse(await readFile(sbom.files[1]!.path, 'utf8')) as { packages: { name: string }[] };
    for (const pkg of DEBIAN_PACKAGES) assert.ok(spdx.packages.some((p) => p.name === pkg.name), pkg.name);
  });

  test('syft: both formats from one run, validated and counted', async () => {
    const syft = await fakeTool(work, 'syft', '1.16.0', writeSyftOutputs(SYFT_CYCLONEDX, SYFT_SPDX));
    const outputDir = join(work, 'syft-out');
    const sbom = await generateSbom({ generator: 'syft', binary: syft.path, formats: ['spdx', 'cyclonedx'], target: { kind: 'image', ref: 'ghcr.io/acme/shop:1' }, outputDir, cacheDir: work, logger: silentLogger });
    assert.deepEqual(sbom.files.map((f) => [f.format, f.packages]), [['spdx', 3], ['cyclonedx', 3]]);
    assert.equal(sbom.files[1]!.sha256, await sha256Of(SYFT_CYCLONEDX));
    assert.deepEqual((await syft.args()).slice(0, 2), ['scan', 'registry:ghcr.io/acme/shop:1']);
  });

  test('a generator that writes an incomplete document is refused', async () => {
    const broken = await fakeTool(work, 'syft', '1.16.0', `for a in "$@"; do case "$a" in cyclonedx-json=*) echo '{"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{}}' > "\${a#cyclonedx-json=}";; esac; done`);
    await assert.rejects(
      generateSbom({ generator: 'syft', binary: broken.path, formats: ['cyclonedx'], target: { kind: 'directory', path: work }, outputDir: join(work, 'broken'), cacheDir: work, logger: silentLogger }),
      (e: unknown) => e instanceof InvalidSbomError && /sbom\.cdx\.json is invalid: serialNumber is missing/.test(e.message),
    );
  });

  test('a missing layout fails in trivy, as ScannerFailedError', async () => {
    await assert.rejects(
      generateSbom({ generator: 'trivy', binary: TRIVY_BINARY, formats: ['cyclonedx'], target: { kind: 'oci-layout', dir: join(work, 'none') }, outputDir: join(work, 'x'), cacheDir: join(work, 'cache'), logger: silentLogger }),
      ScannerFailedError,
    );
  });
});
