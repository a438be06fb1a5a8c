import type { Resource } from './documents.js';
import type { Finding } from './findings.js';
import { type CustomSchema, findingBase } from './schema-engine.js';

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function isCrd(resource: Resource): boolean {
  return resource.kind === 'CustomResourceDefinition' && resource.apiVersion.startsWith('apiextensions.k8s.io/');
}

/**
 * The openAPIV3Schema of every served version of the repository's CRDs, so custom resources
 * (Argo CD, Flux, external-secrets, cert-manager...) are validated like built-in ones. A CRD
 * without a usable schema is itself a finding.
 */
export function crdSchemas(resources: Resource[]): { schemas: CustomSchema[]; findings: Finding[] } {
  const schemas: CustomSchema[] = [];
  const findings: Finding[] = [];
  for (const crd of resources.filter(isCrd)) {
    const spec = record(crd.object['spec']) ?? {};
    const group = typeof spec['group'] === 'string' ? spec['group'] : '';
    const kind = record(spec['names'])?.['kind'];
    const invalid = (at: { file: string; line: number }, message: string): void => {
      findings.push({
        ...findingBase(crd),
        rule: 'schema/invalid-crd',
        severity: 'error',
        ...at,
        message: `CRD ${crd.name}: ${message}`,
        fix: 'fix the CRD: every served version needs a structural spec.versions[].schema.openAPIV3Schema',
      });
    };
    if (!group || typeof kind !== 'string') {
      invalid(crd.locate(['spec']), 'spec.group and spec.names.kind are required');
      continue;
    }
    const versions = Array.isArray(spec['versions']) ? spec['versions'] : [];
    if (versions.length === 0) invalid(crd.locate(['spec']), 'spec.versions is empty');
    versions.forEach((entry, i) => {
      const version = record(entry);
      const name = version?.['name'];
      if (typeof name !== 'string') return invalid(crd.locate(['spec', 'versions', i]), `spec.versions[${i}].name is missing`);
      if (version?.['served'] === false) return;
      // apiextensions.k8s.io/v1beta1 kept one schema for all versions in spec.validation.
      const schema = record(record(version?.['schema'])?.['openAPIV3Schema']) ?? record(record(spec['validation'])?.['openAPIV3Schema']);
      const at = crd.locate(['spec', 'versions', i, 'schema', 'openAPIV3Schema']);
      if (!schema) return invalid(at, `version ${name} has no openAPIV3Schema`);
      if (schema['type'] !== 'object') return invalid(at, `version ${name}: openAPIV3Schema.type must be "object" (a structural schema)`);
      schemas.push({ apiVersion: `${group}/${name}`, kind, schema, crd, versionIndex: i });
    });
  }
  return { schemas, findings };
}
