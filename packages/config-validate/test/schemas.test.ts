import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { extractKubernetesSchemas, GENERATED_FILE } from '../scripts/kubernetes-schemas.js';
import { SCHEMA_KUBERNETES_VERSION, SCHEMA_SOURCE } from '../src/index.js';

describe('embedded Kubernetes schemas', () => {
  test('the committed schemas are exactly what the generator extracts from the kept npm package', () => {
    assert.equal(readFileSync(GENERATED_FILE, 'utf8'), extractKubernetesSchemas(), 'run: pnpm exec tsx packages/config-validate/scripts/kubernetes-schemas.ts');
    assert.equal(SCHEMA_SOURCE, 'kubernetes-models@4.3.1');
    assert.equal(SCHEMA_KUBERNETES_VERSION, '1.27.1');
  });

  test('the kind index covers the workload kinds and the removed API versions', () => {
    const { kinds } = JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as { kinds: Record<string, string> };
    for (const key of [
      'apps/v1/Deployment',
      'v1/Pod',
      'v1/Secret',
      'policy/v1/PodDisruptionBudget',
      'batch/v1/CronJob',
      'apiextensions.k8s.io/v1/CustomResourceDefinition',
      'extensions/v1beta1/Deployment',
      'policy/v1beta1/PodDisruptionBudget',
    ]) {
      assert.ok(kinds[key], key);
    }
    assert.equal(kinds['v1/PodList'], undefined, 'lists are not manifests');
  });
});
