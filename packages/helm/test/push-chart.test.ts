import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { packageChart, pushChart } from '@service-pipeline/helm';
import { RegistryClient, tarHeaders } from '@service-pipeline/oci';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';

const CHART_YAML = `# the shop chart
apiVersion: v2
name: shop
description: The shop service
version: 0.1.0
appVersion: "0.1.0"
`;

/** A file of the chart archive, read back with the system's tar. */
async function member(archive: Buffer, dir: string, path: string): Promise<string> {
  const file = join(dir, 'chart.tgz');
  await writeFile(file, archive);
  const result = await runCommand('tar', ['-xzOf', file, path], { captureStdout: true });
  assert.equal(result.code, 0, result.tail.join('\n'));
  return result.stdout;
}

describe('helm chart pushed as an OCI artifact', () => {
  let registry: TestRegistry;
  let work: string;
  let chartDir: string;
  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'sp-helm-'));
    chartDir = join(work, 'charts', 'shop');
    await mkdir(join(chartDir, 'templates'), { recursive: true });
    await writeFile(join(chartDir, 'Chart.yaml'), CHART_YAML);
    await writeFile(join(chartDir, 'values.yaml'), 'image:\n  repository: ghcr.io/acme/shop\n  tag: sha-0123456789ab\n');
    await writeFile(join(chartDir, 'templates', 'deployment.yaml'), 'kind: Deployment\n');
    await writeFile(join(chartDir, '.helmignore'), '# editor files\n*.swp\nscratch/\n');
    await writeFile(join(chartDir, 'values.yaml.swp'), 'x');
    await mkdir(join(chartDir, 'scratch'));
    await writeFile(join(chartDir, 'scratch', 'notes.txt'), 'x');
  });
  after(async () => {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('pulled back: Helm media types, the published version in config and Chart.yaml, .helmignore honoured', async () => {
    const chart = await packageChart(chartDir, { version: '1.4.0', appVersion: '1.4.0' });
    const client = new RegistryClient(registry.host);
    const pushed = await pushChart(client, 'acme/charts', chart);
    assert.equal(pushed.ref, `${registry.host}/acme/charts/shop:1.4.0`);

    const fetched = await client.getManifest('acme/charts/shop', '1.4.0');
    assert.equal(fetched.digest, pushed.digest);
    const manifest = JSON.parse(fetched.bytes.toString('utf8')) as {
      mediaType: string;
      config: { mediaType: string; digest: string; size: number };
      layers: { mediaType: string; digest: string; size: number }[];
    };
    assert.equal(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(manifest.config.mediaType, 'application/vnd.cncf.helm.config.v1+json');
    assert.deepEqual(
      manifest.layers.map((l) => l.mediaType),
      ['application/vnd.cncf.helm.chart.content.v1.tar+gzip'],
    );

    const config = JSON.parse((await client.getBlobBytes('acme/charts/shop', manifest.config)).toString('utf8')) as {
      name: string;
      version: string;
      appVersion: string;
      apiVersion: string;
    };
    assert.deepEqual([config.name, config.version, config.appVersion, config.apiVersion], ['shop', '1.4.0', '1.4.0', 'v2']);

    const archive = await client.getBlobBytes('acme/charts/shop', manifest.layers[0]!);
    const paths: string[] = [];
    const { createGunzip } = await import('node:zlib');
    for await (const header of tarHeaders(Readable.from([archive]).pipe(createGunzip()))) paths.push(header.path);
    assert.deepEqual(paths, ['shop/.helmignore', 'shop/Chart.yaml', 'shop/templates/deployment.yaml', 'shop/values.yaml']);
    const chartYaml = await member(archive, work, 'shop/Chart.yaml');
    assert.match(chartYaml, /^# the shop chart\n/);
    assert.match(chartYaml, /\nversion: 1\.4\.0\n/);
  });

  test('the same chart packages to the same bytes, so a re-push changes nothing', async () => {
    const a = await packageChart(chartDir, { version: '1.4.0' });
    const b = await packageChart(chartDir, { version: '1.4.0' });
    assert.ok(a.archive.equals(b.archive));
  });

  test('a build-metadata version is tagged with _ for +', async () => {
    const pushed = await pushChart(new RegistryClient(registry.host), 'acme/charts', await packageChart(chartDir, { version: '1.4.0+build.7' }));
    assert.equal(pushed.tag, '1.4.0_build.7');
  });

  test('bad charts: one clear error each', async () => {
    await assert.rejects(packageChart(join(work, 'nowhere')), /chart .*nowhere: has no Chart.yaml; point chart at the directory holding Chart.yaml/);
    await assert.rejects(packageChart(chartDir, { version: 'one' }), /version "one" is not semver; Helm needs a semver chart version/);
    const bad = join(work, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'Chart.yaml'), 'apiVersion: v2\nname: Shop_App\nversion: 1.0.0\n');
    await assert.rejects(packageChart(bad), /name "Shop_App" is not a chart name/);
  });
});
