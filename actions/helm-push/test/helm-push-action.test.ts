/**
 * The helm-push bundle against a real registry, read back by the real helm (v4, built from its
 * pinned Go module): what we push must be what `helm pull` and `helm template` accept, and it must
 * carry the same config and media types as the chart `helm package` + `helm push` publish.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { RegistryClient } from '@service-pipeline/oci';
import { runAction } from '../../../test/helpers/action-runner.js';
import { startRegistry, type TestRegistry } from '../../../test/helpers/registry.js';
import { goTool } from '../../../test/helpers/tools.js';

interface ChartManifest {
  mediaType?: string;
  config: { mediaType: string; digest: string; size: number };
  layers: { mediaType: string; digest: string; size: number }[];
}

describe('helm-push action, read back by the real helm', () => {
  let registry: TestRegistry;
  let workspace: string;
  let helmHome: string;
  const helm = async (args: string[], cwd = workspace): Promise<string> => {
    const result = await runCommand(goTool('helm'), args, {
      cwd,
      captureStdout: true,
      // helm keeps its registry config, cache and repositories under these; one throwaway set per run.
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: helmHome,
        HELM_CACHE_HOME: join(helmHome, 'cache'),
        HELM_CONFIG_HOME: join(helmHome, 'config'),
        HELM_DATA_HOME: join(helmHome, 'data'),
      },
    });
    assert.equal(result.code, 0, `helm ${args.join(' ')}:\n${result.stdout}\n${result.tail.join('\n')}`);
    return result.stdout;
  };
  const manifestOf = async (repository: string, tag: string): Promise<{ digest: string; manifest: ChartManifest }> => {
    const fetched = await new RegistryClient(registry.host).getManifest(repository, tag);
    return { digest: fetched.digest, manifest: JSON.parse(fetched.bytes.toString('utf8')) as ChartManifest };
  };

  before(async () => {
    registry = await startRegistry();
    workspace = await mkdtemp(join(tmpdir(), 'sp-helm-push-'));
    helmHome = join(workspace, '.helm-home');
    const chart = join(workspace, 'charts', 'shop');
    await mkdir(join(chart, 'templates'), { recursive: true });
    await writeFile(
      join(chart, 'Chart.yaml'),
      'apiVersion: v2\nname: shop\ndescription: The shop service\ntype: application\nversion: 0.1.0\nappVersion: "0.1.0"\n',
    );
    await writeFile(join(chart, 'values.yaml'), 'image:\n  repository: ghcr.io/acme/shop\n  tag: sha-0123456789ab\nreplicas: 2\n');
    await writeFile(
      join(chart, 'templates', 'deployment.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: {{ .Release.Name }}-{{ .Chart.Name }}',
        '  labels:',
        '    app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}',
        '    helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}',
        'spec:',
        '  replicas: {{ .Values.replicas }}',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: app',
        '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
        '',
      ].join('\n'),
    );
    await writeFile(join(chart, '.helmignore'), '*.swp\n');
    await writeFile(join(chart, 'values.yaml.swp'), 'editor swap file');
    await writeFile(join(chart, 'templates', '.notes.yaml'), 'hidden, so never a template');
    await mkdir(join(chart, '.git'));
    await writeFile(join(chart, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  });
  after(async () => {
    await registry.stop();
    await rm(workspace, { recursive: true, force: true });
  });

  test('pushes the chart at the asked version; helm pull, show chart and template accept it', async () => {
    const run = await runAction(
      'helm-push',
      { chart: 'charts/shop', repository: `${registry.host}/acme/charts`, version: '1.4.0', 'app-version': '1.4.0', password: '' },
      { github: { workspace } },
    );
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs['ref'], `${registry.host}/acme/charts/shop:1.4.0`);
    assert.equal(run.outputs['version'], '1.4.0');
    const { digest } = await manifestOf('acme/charts/shop', '1.4.0');
    assert.equal(run.outputs['digest'], digest);
    assert.match(run.summary, new RegExp(`oci://${registry.host.replace(/\./g, '\\.')}/acme/charts/shop\` version \`1\\.4\\.0\``));

    const pulled = join(workspace, 'pulled');
    await mkdir(pulled);
    await helm(['pull', `oci://${registry.host}/acme/charts/shop`, '--version', '1.4.0', '--plain-http', '--destination', pulled]);
    const shown = await helm(['show', 'chart', join(pulled, 'shop-1.4.0.tgz')]);
    assert.match(shown, /^name: shop$/m);
    assert.match(shown, /^version: 1\.4\.0$/m);
    assert.match(shown, /^appVersion: "?1\.4\.0"?$/m);
    const rendered = await helm(['template', 'web', join(pulled, 'shop-1.4.0.tgz'), '--set', 'image.tag=sha-fedcba987654']);
    assert.match(rendered, /name: web-shop\n/);
    assert.match(rendered, /helm\.sh\/chart: "shop-1\.4\.0"/);
    assert.match(rendered, /app\.kubernetes\.io\/version: "1\.4\.0"/);
    assert.match(rendered, /image: "ghcr\.io\/acme\/shop:sha-fedcba987654"/);
    // The files helm packs (.helmignore honoured and packed, hidden templates left out), but never .git.
    const listing = await runCommand('tar', ['-tzf', join(pulled, 'shop-1.4.0.tgz')], { captureStdout: true });
    assert.deepEqual(listing.stdout.trim().split('\n').sort(), ['shop/.helmignore', 'shop/Chart.yaml', 'shop/templates/deployment.yaml', 'shop/values.yaml']);
  });

  test('the same media types and config as `helm package` + `helm push` of the same chart', async () => {
    const ours = await manifestOf('acme/charts/shop', '1.4.0');
    const packaged = join(workspace, 'packaged');
    await mkdir(packaged);
    await helm(['package', join(workspace, 'charts', 'shop'), '--version', '1.4.0', '--app-version', '1.4.0', '--destination', packaged]);
    await helm(['push', join(packaged, 'shop-1.4.0.tgz'), `oci://${registry.host}/helm-made`, '--plain-http']);
    const theirs = await manifestOf('helm-made/shop', '1.4.0');
    // helm (oras-go) leaves the manifest's optional mediaType out; ours states it, as the OCI spec recommends.
    assert.equal(ours.manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(theirs.manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json', ours.manifest.mediaType);
    assert.equal(ours.manifest.config.mediaType, theirs.manifest.config.mediaType);
    assert.deepEqual(
      ours.manifest.layers.map((l) => l.mediaType),
      theirs.manifest.layers.map((l) => l.mediaType),
    );
    const client = new RegistryClient(registry.host);
    const config = async (repository: string, manifest: ChartManifest): Promise<unknown> =>
      JSON.parse((await client.getBlobBytes(repository, manifest.config)).toString('utf8'));
    assert.deepEqual(await config('acme/charts/shop', ours.manifest), await config('helm-made/shop', theirs.manifest));
    // The same files in both archives but helm's .git: what the one deliberate difference leaves.
    const members = async (repository: string, manifest: ChartManifest): Promise<string[]> => {
      const file = join(workspace, `${repository.replace(/\//g, '-')}.tgz`);
      await writeFile(file, await client.getBlobBytes(repository, manifest.layers[0]!));
      return (await runCommand('tar', ['-tzf', file], { captureStdout: true })).stdout.trim().split('\n').sort();
    };
    assert.deepEqual(
      await members('acme/charts/shop', ours.manifest),
      (await members('helm-made/shop', theirs.manifest)).filter((path) => !path.startsWith('shop/.git/')),
    );
  });

  test('a re-push of the same chart and version changes nothing', async () => {
    const before = await manifestOf('acme/charts/shop', '1.4.0');
    const run = await runAction(
      'helm-push',
      { chart: 'charts/shop', repository: `${registry.host}/acme/charts`, version: '1.4.0', 'app-version': '1.4.0', password: '' },
      { github: { workspace } },
    );
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs['digest'], before.digest);
  });

  test('bad input: one clear error naming the input, nothing pushed', async () => {
    const tags = async (): Promise<string[]> => (await new RegistryClient(registry.host).listTags('acme/charts/shop')).sort();
    const before = await tags();
    const cases: [Record<string, string>, RegExp][] = [
      [{ chart: 'charts/nowhere', repository: `${registry.host}/acme/charts` }, /helm-push failed: input "chart"/],
      [{ chart: 'charts/shop', repository: 'Not A Repository!' }, /helm-push failed: input "repository"/],
      [
        { chart: 'charts/shop', repository: `${registry.host}/acme/charts`, version: 'one' },
        /helm-push failed: input "version" is "one", not a semver version/,
      ],
    ];
    for (const [inputs, expected] of cases) {
      const run = await runAction('helm-push', { ...inputs, password: '' }, { github: { workspace } });
      assert.notEqual(run.exitCode, 0, JSON.stringify(inputs));
      assert.match(run.stdout, expected);
    }
    assert.deepEqual(await tags(), before);
    assert.equal(
      (await readFile(join(workspace, 'charts', 'shop', 'Chart.yaml'), 'utf8')).includes('version: 0.1.0'),
      true,
      'the chart directory is left as it was',
    );
  });
});
