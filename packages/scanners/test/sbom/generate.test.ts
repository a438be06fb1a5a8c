import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { goTool, goToolVersion } from '../../../../test/helpers/tools.js';
import { DEBIAN_PACKAGES, debianLikeImage, TRIVY_BINARY } from '../../../../test/helpers/trivy.js';
import { generateSbom, InvalidSbomError, ScannerFailedError } from '../../src/index.js';
import { fakeTool } from '../runners/fake-tools.js';

async function sha256Of(file: string): Promise<string> {
  return `sha256:${createHash('sha256')
    .update(await readFile(file))
    .digest('hex')}`;
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
    const sbom = await generateSbom({
      generator: 'trivy',
      binary: TRIVY_BINARY,
      formats: ['cyclonedx', 'spdx'],
      target: { kind: 'oci-layout', dir: image.dir },
      outputDir,
      cacheDir: join(work, 'cache'),
      logger: silentLogger,
    });
    assert.equal(sbom.packages, DEBIAN_PACKAGES.length);
    assert.deepEqual(
      sbom.files.map((f) => [f.format, f.path, f.packages]),
      [
        ['cyclonedx', join(outputDir, 'sbom.cdx.json'), 3],
        ['spdx', join(outputDir, 'sbom.spdx.json'), 3],
      ],
    );
    for (const file of sbom.files) assert.equal(file.sha256, await sha256Of(file.path));

    const bom = JSON.parse(await readFile(sbom.files[0]!.path, 'utf8')) as { components: { name: string; version: string; purl?: string }[] };
    const libssl = bom.components.find((c) => c.name === 'libssl3');
    assert.equal(libssl?.version, '3.0.11-1~deb12u2');
    assert.match(libssl?.purl ?? '', /^pkg:deb\/debian\/libssl3@3\.0\.11-1~deb12u2\?arch=amd64/);
    const spdx = JSON.parse(await readFile(sbom.files[1]!.path, 'utf8')) as { packages: { name: string }[] };
    for (const pkg of DEBIAN_PACKAGES)
      assert.ok(
        spdx.packages.some((p) => p.name === pkg.name),
        pkg.name,
      );
  });

  test('syft (the real one): both formats of the same layout from one run, listing the same packages as trivy', async () => {
    const outputDir = join(work, 'syft-out');
    const sbom = await generateSbom({
      generator: 'syft',
      binary: goTool('syft'),
      formats: ['spdx', 'cyclonedx'],
      target: { kind: 'oci-layout', dir: image.dir },
      outputDir,
      cacheDir: join(work, 'syft-cache'),
      logger: silentLogger,
    });
    assert.deepEqual(
      sbom.files.map((f) => [f.format, f.packages]),
      [
        ['spdx', 3],
        ['cyclonedx', 3],
      ],
    );
    for (const file of sbom.files) assert.equal(file.sha256, await sha256Of(file.path));

    const bom = JSON.parse(await readFile(sbom.files[1]!.path, 'utf8')) as {
      metadata: { tools?: { components?: { name: string; version: string }[] } };
      components: { name: string; version: string; purl?: string; type: string }[];
    };
    const packages = bom.components
      .filter((c) => c.type === 'library')
      .map((c) => [c.name, c.version])
      .sort();
    assert.deepEqual(packages, DEBIAN_PACKAGES.map((p) => [p.name, p.version]).sort());
    assert.match(bom.components.find((c) => c.name === 'libssl3')?.purl ?? '', /^pkg:deb\/debian\/libssl3@3\.0\.11-1~deb12u2\?arch=amd64/);
    assert.deepEqual(
      bom.metadata.tools?.components?.map((c) => [c.name, c.version]),
      [['syft', goToolVersion('syft')]],
    );
    const spdx = JSON.parse(await readFile(sbom.files[0]!.path, 'utf8')) as { packages: { name: string; versionInfo?: string }[] };
    for (const pkg of DEBIAN_PACKAGES)
      assert.ok(
        spdx.packages.some((p) => p.name === pkg.name && p.versionInfo === pkg.version),
        pkg.name,
      );
  });

  test('a generator that writes an incomplete document is refused', async () => {
    const broken = await fakeTool(
      work,
      'syft',
      goToolVersion('syft'),
      `for a in "$@"; do case "$a" in cyclonedx-json=*) echo '{"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{}}' > "\${a#cyclonedx-json=}";; esac; done`,
    );
    await assert.rejects(
      generateSbom({
        generator: 'syft',
        binary: broken.path,
        formats: ['cyclonedx'],
        target: { kind: 'directory', path: work },
        outputDir: join(work, 'broken'),
        cacheDir: work,
        logger: silentLogger,
      }),
      (e: unknown) => e instanceof InvalidSbomError && /sbom\.cdx\.json is invalid: serialNumber is missing/.test(e.message),
    );
  });

  test('a missing layout fails in trivy, as ScannerFailedError', async () => {
    await assert.rejects(
      generateSbom({
        generator: 'trivy',
        binary: TRIVY_BINARY,
        formats: ['cyclonedx'],
        target: { kind: 'oci-layout', dir: join(work, 'none') },
        outputDir: join(work, 'x'),
        cacheDir: join(work, 'cache'),
        logger: silentLogger,
      }),
      ScannerFailedError,
    );
  });
});
