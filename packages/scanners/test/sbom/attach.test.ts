import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ImageManifest, layoutSource, MediaType, OciLayout, pushImage, RegistryClient, referrersTag } from '@service-pipeline/oci';
import { startReferrersRegistry } from '../../../../test/helpers/referrers-registry.js';
import { startRegistry, type TestRegistry } from '../../../../test/helpers/registry.js';
import { debianLikeImage } from '../../../../test/helpers/trivy.js';
import { attachSbom, type SbomFile } from '../../src/index.js';
import { SYFT_CYCLONEDX, SYFT_SPDX } from '../runners/fake-tools.js';

const REGISTRIES = [
  { name: 'a registry without the referrers API (distribution 2.8)', start: startRegistry, via: 'tag-schema' },
  { name: 'a registry with the referrers API (go-containerregistry)', start: startReferrersRegistry, via: 'referrers-api' },
] as const;

for (const kind of REGISTRIES)
  describe(`attachSbom on ${kind.name}`, () => {
    let registry: TestRegistry;
    let work: string;
    let client: RegistryClient;
    let subject: Awaited<ReturnType<typeof debianLikeImage>>['root'];
    before(async () => {
      registry = await kind.start();
      work = await mkdtemp(join(tmpdir(), 'attach-sbom-'));
      const image = await debianLikeImage({ dir: join(work, 'layout') });
      client = new RegistryClient(registry.host);
      await pushImage({ source: layoutSource(await OciLayout.open(image.dir)), root: image.root, client, repository: 'acme/shop', tags: ['1.0'] });
      subject = image.root;
    });
    after(async () => {
      await registry.stop();
      await rm(work, { recursive: true, force: true });
    });

    const file = (format: SbomFile['format'], path: string): SbomFile => ({ format, path, sha256: '', packages: 3 });

    test(`pushes an artifact whose subject is the image, found through ${kind.via === 'tag-schema' ? 'the sha256-<hex> tag' : 'the referrers API'}`, async () => {
      const attached = await attachSbom(client, 'acme/shop', subject, file('cyclonedx', SYFT_CYCLONEDX), new Date('2025-05-12T09:14:03Z'));
      assert.equal(attached.via, kind.via);

      const found = await client.referrers('acme/shop', subject.digest);
      assert.equal(found.via, kind.via);
      assert.deepEqual(found.manifests, [attached.descriptor]);
      assert.equal(found.manifests[0]!.artifactType, 'application/vnd.cyclonedx+json');

      const artifact = await client.getManifest('acme/shop', attached.descriptor.digest);
      const manifest = artifact.manifest as ImageManifest;
      assert.equal(manifest.artifactType, 'application/vnd.cyclonedx+json');
      assert.deepEqual(manifest.subject, { mediaType: subject.mediaType, digest: subject.digest, size: subject.size });
      assert.equal(manifest.config.mediaType, MediaType.ociEmpty);
      assert.equal(manifest.layers[0]!.annotations?.['org.opencontainers.image.title'], 'syft-debian.cdx.json');
      assert.deepEqual(await client.getBlobBytes('acme/shop', manifest.layers[0]!), await readFile(SYFT_CYCLONEDX));
      assert.deepEqual(await client.getBlobBytes('acme/shop', manifest.config), Buffer.from('{}'));
    });

    test('a second format joins the index; attaching the same document again adds nothing', async () => {
      const spdx = await attachSbom(client, 'acme/shop', subject, file('spdx', SYFT_SPDX), new Date('2025-05-12T09:14:03Z'));
      await attachSbom(client, 'acme/shop', subject, file('spdx', SYFT_SPDX), new Date('2025-05-12T09:14:03Z'));
      const all = await client.referrers('acme/shop', subject.digest);
      assert.deepEqual(
        all.manifests.map((m) => m.artifactType),
        ['application/vnd.cyclonedx+json', 'application/spdx+json'],
      );
      assert.deepEqual((await client.referrers('acme/shop', subject.digest, 'application/spdx+json')).manifests, [spdx.descriptor]);
      // The image's own tag is untouched.
      assert.equal((await client.headManifest('acme/shop', '1.0'))?.digest, subject.digest);
      // The fallback index is written only where the registry has no referrers API.
      assert.equal(Boolean(await client.headManifest('acme/shop', referrersTag(subject.digest))), kind.via === 'tag-schema');
    });

    test('a changed SBOM is a new artifact next to the old one', async () => {
      const changed = join(work, 'changed.cdx.json');
      const bom = JSON.parse(await readFile(SYFT_CYCLONEDX, 'utf8')) as { serialNumber: string };
      bom.serialNumber = 'urn:uuid:00000000-0000-4000-8000-000000000001';
      await writeFile(changed, JSON.stringify(bom));
      await attachSbom(client, 'acme/shop', subject, file('cyclonedx', changed));
      assert.equal((await client.referrers('acme/shop', subject.digest, 'application/vnd.cyclonedx+json')).manifests.length, 2);
    });
  });
