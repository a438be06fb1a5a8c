import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { silentLogger } from '@service-pipeline/action-kit';
import { goTool } from '../../../test/helpers/tools.js';
import { crdSchemas } from '../src/crds.js';
import type { Resource } from '../src/documents.js';
import { type Finding, parseKubernetesVersion, validateRepository } from '../src/index.js';
import { SchemaEngine } from '../src/schema-engine.js';
import { runTools } from '../src/tools/run-tools.js';
import { renderRepository } from '../src/validate.js';
import { FIXTURES } from './helpers.js';

const key = (r: Pick<Finding, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string => `${r.apiVersion} ${r.kind} ${r.namespace ?? ''}/${r.name ?? ''}`;

/**
 * Deliberate differences, documented in actions/config-validate/README.md. (Both engines leave
 * ValidatingAdmissionPolicy objects, GA after the 1.27.1 schema set, to the admission-policy engine:
 * kubeconform runs with -skip for them.)
 * - A CRD without a schema is a valid CustomResourceDefinition object (the field is optional in
 *   its own schema), so kubeconform passes it; the embedded engine reports it (it cannot validate
 *   the custom resources).
 */
const DOCUMENTED: Record<string, string> = {
  'apiextensions.k8s.io/v1 CustomResourceDefinition /sprockets.example.com': 'embedded',
};

async function rendered(fixture: string): Promise<Resource[]> {
  const { resources } = await renderRepository(join(FIXTURES, fixture), '.', { renderers: { helm: goTool('helm'), kustomize: goTool('kustomize') } });
  return resources;
}

/** Resource key -> number of schema errors the embedded engine reports for it. */
function embeddedErrors(resources: Resource[]): Map<string, number> {
  const crds = crdSchemas(resources);
  const engine = new SchemaEngine(crds.schemas);
  const errors = new Map(crds.findings.map((f) => [key(f), 1]));
  for (const r of resources) {
    const n = engine.validate(r).length;
    if (n > 0) errors.set(key(r), n);
  }
  return errors;
}

function countByKey(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return counts;
}

async function toolFindings(resources: Resource[], checks: string[], policyDir?: string): Promise<Finding[]> {
  const run = await runTools({
    root: join(FIXTURES, 'planted'),
    resources,
    checks: new Set(checks),
    version: parseKubernetesVersion('1.29'),
    ...(policyDir ? { policyDir } : {}),
    binaries: { kubeconform: goTool('kubeconform'), conftest: goTool('conftest') },
    logger: silentLogger,
  });
  return run.findings;
}

describe('real tools against the embedded engines, on the same rendered fixtures', () => {
  for (const fixture of ['planted', 'clean']) {
    test(`${fixture}: kubeconform -strict and the embedded schema engine flag the same resources`, async () => {
      const resources = await rendered(fixture);
      const embeddedCounts = embeddedErrors(resources);
      const kubeconformCounts = countByKey(await toolFindings(resources, ['schema']));
      const embedded = new Set(embeddedCounts.keys());
      const kubeconform = new Set(kubeconformCounts.keys());
      const onlyEmbedded = [...embedded].filter((k) => !kubeconform.has(k));
      const onlyKubeconform = [...kubeconform].filter((k) => !embedded.has(k));
      const expected = (side: string) =>
        Object.keys(DOCUMENTED)
          .filter((k) => DOCUMENTED[k] === side && resources.some((r) => key(r) === k))
          .sort();
      assert.deepEqual(onlyEmbedded.sort(), expected('embedded'), 'flagged by the embedded engine only');
      assert.deepEqual(onlyKubeconform.sort(), expected('kubeconform'), 'flagged by kubeconform only');
      if (fixture === 'planted') {
        assert.deepEqual([...embedded].filter((k) => kubeconform.has(k)).sort(), [
          'apps/v1 Deployment shop-staging/staging-shop',
          'apps/v1 Deployment shop/shop',
          'example.com/v1 Widget shop/gear',
          'example.com/v1 Widgit shop/typo',
          'v1 Pod legacy/debug',
          'v1 Service legacy/worker',
        ]);
      }
      // Where both flag a resource, they find the same number of problems in it.
      for (const k of embedded) if (kubeconform.has(k)) assert.equal(embeddedCounts.get(k), kubeconformCounts.get(k), k);
    });
  }

  test("conftest (Rego) and the ValidatingAdmissionPolicy (CEL) agree on the owner-label rule; the LoadBalancer rule is the Rego policy's own", async () => {
    const resources = await rendered('planted');
    const conftest = await toolFindings(resources, ['policies'], 'policy');
    assert.deepEqual(conftest.map((f) => `${f.severity} ${f.rule} ${f.kind}/${f.name} ${f.file}:${f.line}`).sort(), [
      'error conftest/main Service/worker apps/legacy/service.yaml:1',
      'warning conftest/main Deployment/worker apps/legacy/worker.yaml:1',
    ]);
    const embedded = await validateRepository({
      root: join(FIXTURES, 'planted'),
      kubernetesVersion: '1.29',
      checks: ['policies'],
      renderers: { helm: goTool('helm'), kustomize: goTool('kustomize') },
    });
    const teamRule = (f: Finding) => /team/.test(f.message);
    assert.deepEqual(embedded.findings.filter((f) => f.tool === 'admission-policies' && teamRule(f)).map(key), conftest.filter(teamRule).map(key));
  });

  test('engine both: embedded and tool findings side by side in one list', async () => {
    const result = await validateRepository({
      root: join(FIXTURES, 'clean'),
      kubernetesVersion: '1.29',
      checks: ['schema', 'policies'],
      engine: 'both',
      policyDir: 'policy',
      renderers: { helm: goTool('helm'), kustomize: goTool('kustomize') },
      tools: { kubeconform: goTool('kubeconform'), conftest: goTool('conftest') },
    });
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`),
      [],
    );
    assert.deepEqual(Object.keys(result.tools).sort(), ['conftest', 'kubeconform']);
  });
});
