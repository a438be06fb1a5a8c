import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CustomSchema, customResourceSchema, strictSchema } from '../schema-engine.js';
import kubernetes from '../schemas/kubernetes.json' with { type: 'json' };

type Schema = Record<string, unknown>;

/** kubeconform's -schema-location template for the directory written by writeKubeconformSchemas. */
export const SCHEMA_LOCATION_TEMPLATE = '{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json';

const REF = /^(.+)#$/;

/** Rewrites `"$ref": "<id>#"` into `#/definitions/<id>` and collects every definition it reaches. */
function inline(schema: unknown, definitions: Record<string, unknown>, reached: Map<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inline(s, definitions, reached));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && REF.test(value)) {
      const id = REF.exec(value)![1]!;
      out[key] = `#/definitions/${id}`;
      if (!reached.has(id)) {
        reached.set(id, null);
        reached.set(id, inline(definitions[id], definitions, reached));
      }
    } else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inline(v, definitions, reached)]));
    } else {
      out[key] = inline(value, definitions, reached);
    }
  }
  return out;
}

function standalone(root: unknown, definitions: Record<string, unknown>): Schema {
  const reached = new Map<string, unknown>();
  const top = inline(root, definitions, reached) as Schema;
  return { ...top, definitions: Object.fromEntries(reached) };
}

/**
 * Writes the embedded Kubernetes schemas and the repository's CRD schemas in kubeconform's
 * layout, so kubeconform validates offline against the same source as the embedded engine.
 */
export async function writeKubeconformSchemas(dir: string, custom: CustomSchema[]): Promise<void> {
  const definitions = kubernetes.definitions as Record<string, unknown>;
  // The same strict reading as the embedded engine: listed properties only.
  const strictDefinitions = Object.fromEntries(Object.entries(definitions).map(([id, s]) => [id, strictSchema(s, id)]));
  const files = new Map<string, Schema>();
  for (const [key, id] of Object.entries(kubernetes.kinds as Record<string, string>)) {
    const parts = key.split('/');
    const kind = parts.pop()!;
    const version = parts.pop()!;
    // kubeconform's {{ .Group }} is the part of apiVersion before '/', which for core ("v1") is the version.
    const group = parts.join('/') || version;
    files.set(join(group, `${kind.toLowerCase()}_${version}.json`), standalone(strictDefinitions[id], strictDefinitions));
  }
  for (const c of custom) {
    const [group, version] = c.apiVersion.split('/') as [string, string];
    files.set(
      join(group, `${c.kind.toLowerCase()}_${version}.json`),
      standalone(customResourceSchema(c.schema, 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#'), strictDefinitions),
    );
  }
  for (const [file, schema] of files) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), JSON.stringify(schema));
  }
}
