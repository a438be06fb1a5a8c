import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { goTool } from '../../../test/helpers/tools.js';
import { type Renderers, validateRepository } from '../src/index.js';
import { FIXTURES, scratchRepo, where } from './helpers.js';

// Every kind of finding, planted at a known line: rendered through Argo CD Applications, Flux
// Kustomizations and HelmReleases, kustomize overlays with patches and a Helm chart per environment.
const PLANTED = [
  'apps/batch/job.yaml:11 SP-RES-001',
  'apps/batch/job.yaml:13 SP-IMG-002',
  'apps/batch/job.yaml:15 SP-SEC-001',
  'apps/legacy/broken.yaml:6 yaml/invalid',
  'apps/legacy/configmap.yaml:1 admission-policies/could-not-evaluate',
  'apps/legacy/hpa.yaml:1 deprecations/removed',
  'apps/legacy/hpa.yaml:14 deprecations/deprecated',
  'apps/legacy/pod.yaml:6 schema/missing-field',
  'apps/legacy/service.yaml:12 schema/invalid-value',
  'apps/legacy/worker.yaml:1 vap/deployments-have-owners',
  'apps/legacy/worker.yaml:7 SP-EXEMPT-001',
  'apps/legacy/worker.yaml:9 SP-AVAIL-001',
  'apps/legacy/worker.yaml:18 SP-AVAIL-003',
  'apps/legacy/worker.yaml:23 SP-PROBE-001',
  'apps/shop/base/deployment.yaml:23 SP-AVAIL-002',
  'apps/shop/base/deployment.yaml:26 schema/unknown-field',
  'apps/shop/base/pdb.yaml:1 deprecations/removed',
  'apps/shop/overlays/prod/replicas.yaml:6 vap/deployments-have-owners',
  'apps/shop/overlays/prod/secret.yaml:6 SP-SEC-002',
  'charts/web/templates/deployment.yaml:23 SP-IMG-001',
  'crds/broken.yaml:12 schema/invalid-crd',
  'platform/gadget.yaml:2 schema/unknown-kind',
  'platform/widget.yaml:7 schema/invalid-value',
  'platform/widget.yaml:9 schema/unknown-field',
];

function renderers(kind: 'kustomize' | 'kubectl'): Renderers {
  return { helm: goTool('helm'), ...(kind === 'kustomize' ? { kustomize: goTool('kustomize') } : { kubectl: '/usr/bin/kubectl' }) };
}

describe('fixture config repositories (real helm and kustomize render them)', () => {
  test('the clean twin passes every check', async () => {
    const result = await validateRepository({ root: join(FIXTURES, 'clean'), kubernetesVersion: '1.29', renderers: renderers('kustomize') });
    assert.deepEqual(where(result.findings), []);
    assert.deepEqual(result.units, [
      'kustomize apps/shop/overlays/prod (Application shop-prod)',
      'helm charts/web -f values-prod.yaml (Application web-prod)',
      'kustomize apps/shop/overlays/staging (Kustomization shop-staging)',
      'helm charts/web -f values-staging.yaml (HelmRelease web-staging)',
    ]);
    assert.equal(result.resources, 25);
  });

  test('every planted finding, at its file and line', async () => {
    const result = await validateRepository({ root: join(FIXTURES, 'planted'), kubernetesVersion: '1.29', renderers: renderers('kustomize') });
    assert.deepEqual(where(result.findings), PLANTED);
    const byRule = (rule: string) => result.findings.find((f) => f.rule === rule)!;
    assert.match(byRule('SP-SEC-002').fix, /ExternalSecret.*SealedSecret/);
    assert.equal(byRule('SP-IMG-001').name, 'web');
    assert.equal(byRule('SP-IMG-001').namespace, 'web-staging', 'the HelmRelease target namespace');
    assert.match(byRule('deprecations/deprecated').fix, /flowcontrol\.apiserver\.k8s\.io\/v1/);
  });

  test('kubectl kustomize (no origin annotations) finds the same files and lines as kustomize v5', async () => {
    const viaKubectl = await validateRepository({ root: join(FIXTURES, 'planted'), kubernetesVersion: '1.29', renderers: renderers('kubectl') });
    assert.deepEqual(where(viaKubectl.findings), PLANTED);
  });

  test('a renderer that is missing or fails is an error at the object that asks for the render', async () => {
    const missing = await validateRepository({ root: join(FIXTURES, 'clean'), kubernetesVersion: '1.29', renderers: {} });
    // Each at the Application or Flux object that points at the kustomization or chart.
    assert.deepEqual(where(missing.findings), [
      'clusters/prod/apps.yaml:1 render/tool-missing',
      'clusters/prod/apps.yaml:16 render/tool-missing',
      'clusters/staging/flux.yaml:1 render/tool-missing',
      'clusters/staging/flux.yaml:15 render/tool-missing',
    ]);
    assert.match(missing.findings[1]!.message, /charts\/web is a Helm chart, but helm is not installed, so it was not rendered or checked/);
    const repo = await scratchRepo({ 'overlay/kustomization.yaml': 'resources:\n  - missing.yaml\n' });
    try {
      const failed = await validateRepository({ root: repo.root, kubernetesVersion: '1.29', renderers: renderers('kustomize') });
      assert.deepEqual(where(failed.findings), ['overlay/kustomization.yaml:1 render/failed']);
      assert.match(failed.findings[0]!.message, /kustomize build overlay failed: .*missing\.yaml/);
    } finally {
      await repo.cleanup();
    }
  });
});
