/**
 * Each tool `pnpm run tools` builds from its Go module runs here at least once on a tiny input,
 * offline: the config tools (the comparison tests against the embedded engines live with
 * config-validate), the registry clients against the test registries, and distribution v3,
 * whose missing referrers API is why the referrers tests use go-containerregistry's registry.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type RunResult, runCommand } from '@service-pipeline/action-kit/exec';
import { layoutSource, OciLayout, pushImage, RegistryClient } from '@service-pipeline/oci';
import { attachSbom } from '@service-pipeline/scanners';
import { SYFT_CYCLONEDX } from '../packages/scanners/test/runners/fake-tools.js';
import { tempDir } from '../packages/scanners/test/temp-dir.js';
import { freePort } from './helpers/ports.js';
import { startProcess, waitForHttp } from './helpers/processes.js';
import { startReferrersRegistry } from './helpers/referrers-registry.js';
import { startRegistry } from './helpers/registry.js';
import { goTool, goToolVersion, ToolMissingError } from './helpers/tools.js';
import { debianLikeImage } from './helpers/trivy.js';

async function run(tool: Parameters<typeof goTool>[0], args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return runCommand(goTool(tool), args, { captureStdout: true, ...options });
}

const DEPLOYMENT = (replicas: unknown, image = 'ghcr.io/acme/shop:1.0') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: ${JSON.stringify(replicas)}
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      containers:
        - name: shop
          image: ${image}
`;

describe('config tools built from their Go modules', () => {
  test('kubeconform validates against a schema on disk: a good Deployment passes, a string replica count fails', async (t) => {
    const work = await tempDir(t, 'kubeconform-');
    // kubeconform looks schemas up by kind and group/version: deployment-apps-v1.json.
    const schema = { type: 'object', required: ['spec'], properties: { spec: { type: 'object', properties: { replicas: { type: 'integer' } } } } };
    await writeFile(join(work, 'deployment-apps-v1.json'), JSON.stringify(schema));
    await writeFile(join(work, 'good.yaml'), DEPLOYMENT(2));
    await writeFile(join(work, 'bad.yaml'), DEPLOYMENT('two'));
    const location = join(work, '{{ .ResourceKind }}{{ .KindSuffix }}.json');
    const good = await run('kubeconform', ['-schema-location', location, '-summary', '-output', 'json', join(work, 'good.yaml')]);
    assert.equal(good.code, 0, good.stdout + good.tail.join('\n'));
    assert.equal(JSON.parse(good.stdout).summary.valid, 1);
    const bad = await run('kubeconform', ['-schema-location', location, '-output', 'json', join(work, 'bad.yaml')]);
    assert.equal(bad.code, 1);
    const [resource] = JSON.parse(bad.stdout).resources as { status: string; msg: string }[];
    assert.equal(resource?.status, 'statusInvalid');
    assert.match(resource!.msg, /replicas/);
  });

  test('opa eval and conftest apply the same Rego rule to the same Deployment', async (t) => {
    const work = await tempDir(t, 'rego-');
    await mkdir(join(work, 'policy'));
    await writeFile(
      join(work, 'policy', 'deny.rego'),
      'package main\n\ndeny contains msg if {\n  input.kind == "Deployment"\n  some c in input.spec.template.spec.containers\n  endswith(c.image, ":latest")\n  msg := sprintf("container %s uses a :latest image", [c.name])\n}\n',
    );
    await writeFile(join(work, 'latest.yaml'), DEPLOYMENT(1, 'ghcr.io/acme/shop:latest'));
    await writeFile(
      join(work, 'latest.json'),
      JSON.stringify({ kind: 'Deployment', spec: { template: { spec: { containers: [{ name: 'shop', image: 'ghcr.io/acme/shop:latest' }] } } } }),
    );
    const opa = await run('opa', ['eval', '--format', 'json', '-d', join(work, 'policy'), '-i', join(work, 'latest.json'), 'data.main.deny']);
    assert.equal(opa.code, 0, opa.tail.join('\n'));
    assert.deepEqual(JSON.parse(opa.stdout).result[0].expressions[0].value, ['container shop uses a :latest image']);
    const conftest = await run('conftest', ['test', '--no-color', '--output', 'json', '--policy', join(work, 'policy'), join(work, 'latest.yaml')]);
    assert.equal(conftest.code, 1, 'a failed rule fails conftest');
    assert.deepEqual(
      (JSON.parse(conftest.stdout) as { failures?: { msg: string }[] }[])[0]?.failures?.map((f) => f.msg),
      ['container shop uses a :latest image'],
    );
  });

  test('helm template renders a chart with a value set on the command line', async (t) => {
    const work = await tempDir(t, 'helm-');
    const chart = join(work, 'shop');
    await mkdir(join(chart, 'templates'), { recursive: true });
    await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 0.1.0\n');
    await writeFile(join(chart, 'values.yaml'), 'image:\n  repository: ghcr.io/acme/shop\n  tag: "1.0"\n');
    await writeFile(join(chart, 'templates', 'deployment.yaml'), DEPLOYMENT(1, '{{ .Values.image.repository }}:{{ .Values.image.tag }}'));
    const env = { ...process.env, HELM_CACHE_HOME: join(work, 'cache'), HELM_CONFIG_HOME: join(work, 'config'), HELM_DATA_HOME: join(work, 'data') };
    const out = await run('helm', ['template', 'shop', chart, '--set', 'image.tag=2.0'], { env });
    assert.equal(out.code, 0, out.tail.join('\n'));
    assert.match(out.stdout, /image: ghcr\.io\/acme\/shop:2\.0/);
    const version = await run('helm', ['version', '--short'], { env });
    assert.match(version.stdout, new RegExp(`^v${goToolVersion('helm').replaceAll('.', '\\.')}`));
  });

  test("kustomize build applies an overlay's images: rewrite to its base", async (t) => {
    const work = await tempDir(t, 'kustomize-');
    await mkdir(join(work, 'base'));
    await mkdir(join(work, 'overlay'));
    await writeFile(join(work, 'base', 'deployment.yaml'), DEPLOYMENT(1));
    await writeFile(join(work, 'base', 'kustomization.yaml'), 'resources:\n  - deployment.yaml\n');
    await writeFile(join(work, 'overlay', 'kustomization.yaml'), 'resources:\n  - ../base\nimages:\n  - name: ghcr.io/acme/shop\n    newTag: "2.0"\n');
    const out = await run('kustomize', ['build', join(work, 'overlay')]);
    assert.equal(out.code, 0, out.tail.join('\n'));
    assert.match(out.stdout, /image: ghcr\.io\/acme\/shop:2\.0/);
  });

  test('pluto is not served by the Go module proxy: asking for it fails loudly, naming why', () => {
    assert.throws(
      () => goTool('pluto'),
      (error: unknown) => error instanceof ToolMissingError && /403 Forbidden/.test(error.message) && /recorded output/.test(error.message),
    );
  });
});

describe('registry tools built from their Go modules', () => {
  test('crane reads the digest our client pushed; oras discovers the SBOM attached through the referrers API', async (t) => {
    const work = await tempDir(t, 'registry-tools-');
    const image = await debianLikeImage({ dir: join(work, 'layout') });
    const registry = await startReferrersRegistry();
    t.after(() => registry.stop());
    const client = new RegistryClient(registry.host);
    await pushImage({ source: layoutSource(await OciLayout.open(image.dir)), root: image.root, client, repository: 'acme/shop', tags: ['1.0'] });
    const env = { ...process.env, HOME: work, DOCKER_CONFIG: join(work, 'docker') };

    const digest = await run('crane', ['digest', '--insecure', `${registry.host}/acme/shop:1.0`], { env });
    assert.equal(digest.code, 0, digest.tail.join('\n'));
    assert.equal(digest.stdout.trim(), image.root.digest);

    const attached = await attachSbom(client, 'acme/shop', image.root, { format: 'cyclonedx', path: SYFT_CYCLONEDX, sha256: '', packages: 3 });
    const discover = await run('oras', ['discover', '--plain-http', '--format', 'json', `${registry.host}/acme/shop@${image.root.digest}`], { env });
    assert.equal(discover.code, 0, discover.tail.join('\n'));
    const found = JSON.parse(discover.stdout) as {
      referrers?: { digest: string; artifactType: string }[];
      manifests?: { digest: string; artifactType: string }[];
    };
    assert.deepEqual(
      (found.referrers ?? found.manifests ?? []).map((m) => [m.digest, m.artifactType]),
      [[attached.descriptor.digest, 'application/vnd.cyclonedx+json']],
    );
  });

  test('crane lists the tags of distribution 2.8 (Debian docker-registry)', async (t) => {
    const work = await tempDir(t, 'crane-ls-');
    const image = await debianLikeImage({ dir: join(work, 'layout') });
    const registry = await startRegistry();
    t.after(() => registry.stop());
    await pushImage({
      source: layoutSource(await OciLayout.open(image.dir)),
      root: image.root,
      client: new RegistryClient(registry.host),
      repository: 'acme/shop',
      tags: ['1.0', 'latest'],
    });
    const ls = await run('crane', ['ls', '--insecure', `${registry.host}/acme/shop`], {
      env: { ...process.env, HOME: work, DOCKER_CONFIG: join(work, 'docker') },
    });
    assert.equal(ls.code, 0, ls.tail.join('\n'));
    assert.deepEqual(ls.stdout.trim().split('\n').sort(), ['1.0', 'latest']);
  });

  test('distribution v3 serves images but has no referrers API (GET /v2/<name>/referrers/<digest> is 404)', async (t) => {
    const work = await tempDir(t, 'distribution-v3-');
    const host = `127.0.0.1:${await freePort()}`;
    const config = `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${join(work, 'storage')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n`;
    await writeFile(join(work, 'config.yml'), config);
    const proc = startProcess(goTool('registry'), ['serve', join(work, 'config.yml')], {
      inheritEnv: false,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work },
      cwd: work,
    });
    t.after(() => proc.stop());
    await waitForHttp(`http://${host}/v2/`, { okStatuses: [200], process: proc, timeoutMs: 15000 });
    const image = await debianLikeImage({ dir: join(work, 'layout') });
    const client = new RegistryClient(host);
    await pushImage({ source: layoutSource(await OciLayout.open(image.dir)), root: image.root, client, repository: 'acme/shop', tags: ['1.0'] });
    assert.equal((await client.headManifest('acme/shop', '1.0'))?.digest, image.root.digest);
    const response = await fetch(`http://${host}/v2/acme/shop/referrers/${image.root.digest}`);
    assert.equal(response.status, 404);
    assert.equal((await client.referrers('acme/shop', image.root.digest)).via, 'tag-schema');
  });
});
