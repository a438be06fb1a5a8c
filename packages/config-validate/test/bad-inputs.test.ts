import assert from 'node:assert/strict';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { goTool } from '../../../test/helpers/tools.js';
import { ConfigValidateError, validateRepository } from '../src/index.js';
import { renderRepository } from '../src/validate.js';
import { scratchRepo, where } from './helpers.js';

const DEPLOYMENT = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  a: b\n';

describe('bad input: one clear error each', () => {
  test('a path outside the repository, directly or through a symlink', async () => {
    const repo = await scratchRepo({ 'apps/cm.yaml': DEPLOYMENT });
    try {
      await assert.rejects(
        validateRepository({ root: repo.root, path: '../..', kubernetesVersion: '1.30' }),
        (e: unknown) =>
          e instanceof ConfigValidateError && /path "\.\.\/\.\." is outside the repository/.test(e.message) && /inside the repository checkout/.test(e.fix),
      );
      await symlink('/etc', join(repo.root, 'apps', 'etc'));
      await assert.rejects(validateRepository({ root: repo.root, path: 'apps/etc', kubernetesVersion: '1.30' }), /path "apps\/etc" is outside the repository/);
      await assert.rejects(validateRepository({ root: repo.root, path: 'nope', kubernetesVersion: '1.30' }), /path "nope" does not exist/);
    } finally {
      await repo.cleanup();
    }
  });

  test('invalid YAML is one error finding with its file and line', async () => {
    const repo = await scratchRepo({ 'apps/cm.yaml': DEPLOYMENT, 'apps/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a\n' });
    try {
      const result = await validateRepository({ root: repo.root, kubernetesVersion: '1.30' });
      assert.deepEqual(where(result.findings), ['apps/bad.yaml:6 yaml/invalid']);
      assert.match(result.findings[0]!.message, /^invalid YAML: /);
    } finally {
      await repo.cleanup();
    }
  });

  test('an unknown Kubernetes version names the known range', async () => {
    const repo = await scratchRepo({ 'cm.yaml': DEPLOYMENT });
    try {
      for (const version of ['1.99', '2.0', 'latest', '1.15', '']) {
        await assert.rejects(
          validateRepository({ root: repo.root, kubernetesVersion: version }),
          (e: unknown) => e instanceof ConfigValidateError && /is not a Kubernetes release this check knows \(1\.16 to 1\.36\)/.test(e.message),
          version,
        );
      }
    } finally {
      await repo.cleanup();
    }
  });

  test('a policy dir that does not exist (or is a file)', async () => {
    const repo = await scratchRepo({ 'cm.yaml': DEPLOYMENT });
    try {
      await assert.rejects(validateRepository({ root: repo.root, kubernetesVersion: '1.30', policyDir: 'policy' }), /policy-dir "policy" does not exist/);
      await assert.rejects(validateRepository({ root: repo.root, kubernetesVersion: '1.30', policyDir: 'cm.yaml' }), /policy-dir "cm.yaml" is not a directory/);
      await mkdir(join(repo.root, 'policy'));
      const result = await validateRepository({ root: repo.root, kubernetesVersion: '1.30', policyDir: 'policy' });
      assert.deepEqual(where(result.findings), ['policy:1 conftest/not-run'], 'the embedded engine says the Rego was not evaluated');
    } finally {
      await repo.cleanup();
    }
  });

  test('a CRD that is itself invalid is one error at its schema, and its custom resources are unknown kinds', async () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: gizmos.example.com',
      'spec:',
      '  group: example.com',
      '  names: {kind: Gizmo, plural: gizmos}',
      '  scope: Namespaced',
      '  versions:',
      '    - name: v1',
      '      served: true',
      '      storage: true',
      '      schema:',
      '        openAPIV3Schema:',
      '          type: object',
      '          properties:',
      '            spec: {type: object, properties: {size: {type: integr}}}',
      '',
    ].join('\n');
    const repo = await scratchRepo({
      'crds/gizmo.yaml': crd,
      'apps/gizmo.yaml': 'apiVersion: example.com/v1\nkind: Gizmo\nmetadata:\n  name: g\nspec:\n  size: 1\n',
    });
    try {
      const result = await validateRepository({ root: repo.root, kubernetesVersion: '1.30', checks: ['schema'] });
      assert.deepEqual(where(result.findings), ['apps/gizmo.yaml:2 schema/unknown-kind', 'crds/gizmo.yaml:14 schema/invalid-crd']);
      assert.match(result.findings[1]!.message, /CRD gizmos\.example\.com: the openAPIV3Schema of example\.com\/v1 is not a valid schema: .*type/);
    } finally {
      await repo.cleanup();
    }
  });
});

describe('hostile repositories: rendering stays inside the checkout', () => {
  test('Applications pointing outside (by path or symlink) render nothing; kustomize may not read files outside', async () => {
    const app = (name: string, path: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  source:\n    path: ${path}\n`;
    const repo = await scratchRepo({
      'apps.yaml': `${app('up', '../../etc')}---\n${app('abs', '/etc')}---\n${app('link', 'outside')}`,
      'steal/kustomization.yaml': 'configMapGenerator:\n  - name: loot\n    files:\n      - /etc/hostname\n',
    });
    try {
      await symlink('/etc', join(repo.root, 'outside'));
      const rendered = await renderRepository(repo.root, '.', { renderers: { kustomize: goTool('kustomize') } });
      assert.deepEqual(
        rendered.units.map((u) => u.label),
        ['kustomize steal'],
      );
      assert.deepEqual(where(rendered.findings), ['steal/kustomization.yaml:1 render/failed']);
      assert.match(rendered.findings[0]!.message, /'\/etc\/hostname' is not in or below/);
      assert.equal(rendered.resources.filter((r) => r.kind === 'ConfigMap').length, 0);
    } finally {
      await repo.cleanup();
    }
  });
});
