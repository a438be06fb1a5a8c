import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ObjectPath, Resource } from './documents.js';
import type { Finding } from './findings.js';
import kubernetes from './schemas/kubernetes.json' with { type: 'json' };

type Schema = Record<string, unknown>;

/** The Kubernetes version the embedded schemas describe (see scripts/kubernetes-schemas.ts). */
export const SCHEMA_KUBERNETES_VERSION = kubernetes.kubernetesVersion;
export const SCHEMA_SOURCE = kubernetes.source;

const BUILTIN_KINDS: Record<string, string> = kubernetes.kinds;

// Formats are descriptive in the Kubernetes OpenAPI; the API server checks them, not the schema.
const FORMATS = [
  'int32',
  'int64',
  'double',
  'float',
  'byte',
  'quantity',
  'date-time',
  'date',
  'int-or-string',
  'password',
  'uri',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
  'duration',
  'binary',
];

const SCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf'] as const;

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Strict mode, as kubeconform -strict: an object schema that lists its properties rejects any other.
 * `oneOf: [{$ref}, {type: null}]` becomes the `$ref` alone (nulls are dropped before validation,
 * as the API server's decoder treats them as absent), which keeps error messages to the point.
 */
function strictCopy(schema: unknown, preserveUnknown = false): unknown {
  if (!isSchema(schema)) return schema;
  const out: Schema = { ...schema };
  const oneOf = out['oneOf'];
  if (
    Array.isArray(oneOf) &&
    oneOf.length === 2 &&
    isSchema(oneOf[0]) &&
    typeof oneOf[0]['$ref'] === 'string' &&
    isSchema(oneOf[1]) &&
    oneOf[1]['type'] === 'null'
  ) {
    delete out['oneOf'];
    out['$ref'] = oneOf[0]['$ref'];
  }
  const preserve = preserveUnknown || out['x-kubernetes-preserve-unknown-fields'] === true;
  if (isSchema(out['properties'])) {
    out['properties'] = Object.fromEntries(Object.entries(out['properties']).map(([k, v]) => [k, strictCopy(v)]));
    if (!('additionalProperties' in out) && !preserve) out['additionalProperties'] = false;
  }
  if (isSchema(out['additionalProperties'])) out['additionalProperties'] = strictCopy(out['additionalProperties']);
  if (isSchema(out['items'])) out['items'] = strictCopy(out['items']);
  for (const key of SCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((s) => strictCopy(s));
  return out;
}

function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (hasNull(v)) return true;
  return false;
}

/** Drops null-valued fields (recursively), as the API server's decoder does for optional fields. */
export function withoutNulls(value: unknown): unknown {
  return hasNull(value) ? dropNulls(value) : value;
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isSchema(value)) return value;
  const out: Schema = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
  return out;
}

function newAjv(): Ajv {
  // optimize: false compiles a Deployment's schema in a third of the time and validates about as fast.
  return new Ajv({ strict: false, allErrors: true, formats: Object.fromEntries(FORMATS.map((f) => [f, true])), code: { optimize: false } });
}

export function apiGroupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
}

// VAP objects are read and checked field by field by the admission-policy engine; the 1.27.1 schema set predates their GA API.
const CHECKED_ELSEWHERE = new Set(['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);

export interface CustomSchema {
  apiVersion: string;
  kind: string;
  /** The CRD's openAPIV3Schema, as written. */
  schema: Schema;
  /** Where the CRD declares that version (for errors in the schema itself). */
  crd: Resource;
  versionIndex: number;
}

export interface InvalidSchema {
  custom: CustomSchema;
  message: string;
}

/**
 * The embedded schema engine: Kubernetes schemas compiled once per kind on first use, plus the
 * CRDs of the repository. Strict: unknown fields are errors; unknown kinds are reported.
 */
// Built-in schemas are added once per process and each kind is compiled on first use, then reused.
let builtin: { ajv: Ajv; compiled: Map<string, ValidateFunction> } | undefined;

function builtinSchemas(): { ajv: Ajv; compiled: Map<string, ValidateFunction> } {
  if (!builtin) {
    const ajv = newAjv();
    for (const [id, schema] of Object.entries(kubernetes.definitions as Record<string, unknown>)) ajv.addSchema(strictSchema(schema, id), id);
    builtin = { ajv, compiled: new Map() };
  }
  return builtin;
}

export class SchemaEngine {
  readonly #ajv: Ajv;
  readonly #compiled: Map<string, ValidateFunction>;
  readonly #custom = new Map<string, ValidateFunction>();
  readonly invalid: InvalidSchema[] = [];

  constructor(customSchemas: CustomSchema[] = []) {
    const shared = builtinSchemas();
    this.#ajv = shared.ajv;
    this.#compiled = shared.compiled;
    for (const custom of customSchemas) this.#addCustom(custom);
  }

  #addCustom(custom: CustomSchema): void {
    const key = `${custom.apiVersion}/${custom.kind}`;
    try {
      this.#custom.set(key, this.#ajv.compile(customResourceSchema(custom.schema, 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#')));
    } catch (error) {
      this.invalid.push({ custom, message: (error as Error).message });
    }
  }

  /** Whether a schema exists for the kind (built in, or from a CRD of the repository). */
  knows(apiVersion: string, kind: string): boolean {
    const key = `${apiVersion}/${kind}`;
    return key in BUILTIN_KINDS || this.#custom.has(key);
  }

  #validator(resource: Resource): ValidateFunction | undefined {
    const key = `${resource.apiVersion}/${resource.kind}`;
    const custom = this.#custom.get(key);
    if (custom) return custom;
    const id = BUILTIN_KINDS[key];
    if (!id) return undefined;
    let compiled = this.#compiled.get(id);
    if (!compiled) {
      compiled = this.#ajv.getSchema(id)!;
      this.#compiled.set(id, compiled);
    }
    return compiled;
  }

  validate(resource: Resource): Finding[] {
    const base = findingBase(resource);
    const validator = this.#validator(resource);
    if (!validator) {
      if (CHECKED_ELSEWHERE.has(resource.kind) && apiGroupOf(resource.apiVersion) === 'admissionregistration.k8s.io') return [];
      return [
        {
          ...base,
          rule: 'schema/unknown-kind',
          severity: 'error',
          ...resource.locate(['kind']),
          message: `no schema for ${resource.apiVersion} ${resource.kind}: it is neither a Kubernetes ${SCHEMA_KUBERNETES_VERSION} API nor defined by a CRD in the repository`,
          fix: 'check apiVersion and kind for typos, or add the CRD that defines it to the repository (its openAPIV3Schema is used)',
        },
      ];
    }
    if (validator(withoutNulls(resource.object))) return [];
    return describeErrors(validator.errors ?? []).map(({ path, ...e }) => ({ ...base, ...e, ...resource.locate(path) }));
  }
}

/** A CRD's openAPIV3Schema as a strict schema of the whole object (the API server adds apiVersion, kind and metadata). */
export function customResourceSchema(schema: Schema, objectMetaRef: string): Schema {
  const root = strictCopy(schema) as Schema;
  const properties = isSchema(root['properties']) ? root['properties'] : {};
  root['properties'] = { ...properties, apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { $ref: objectMetaRef } };
  if (root['x-kubernetes-preserve-unknown-fields'] !== true && !('additionalProperties' in root)) root['additionalProperties'] = false;
  return intOrString(root);
}

/**
 * A built-in definition in strict mode (see strictCopy). kubernetes-models' generator dropped the
 * `x-kubernetes-*` properties of JSONSchemaProps (it reads them as vendor extensions), so CRD
 * schemas may use any `x-kubernetes-` key.
 */
export function strictSchema(schema: unknown, id: string): Schema {
  const strict = strictCopy(schema) as Schema;
  if (/\.apiextensions\.v1(beta1)?\.JSONSchemaProps$/.test(id)) strict['patternProperties'] = { '^x-kubernetes-': {} };
  return strict;
}

/** `x-kubernetes-int-or-string: true` allows an integer or a string, whatever `type` says. */
function intOrString(schema: unknown): Schema {
  if (!isSchema(schema)) return schema as Schema;
  let out: Schema = { ...schema };
  if (out['x-kubernetes-int-or-string'] === true) {
    delete out['type'];
    delete out['format'];
    out = { ...out, anyOf: [{ type: 'integer' }, { type: 'string' }] };
  }
  if (isSchema(out['properties'])) out['properties'] = Object.fromEntries(Object.entries(out['properties']).map(([k, v]) => [k, intOrString(v)]));
  if (isSchema(out['additionalProperties'])) out['additionalProperties'] = intOrString(out['additionalProperties']);
  if (isSchema(out['items'])) out['items'] = intOrString(out['items']);
  for (const key of SCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(intOrString);
  return out;
}

export function findingBase(resource: Resource): Omit<Finding, 'rule' | 'severity' | 'line' | 'message' | 'fix'> {
  return {
    tool: 'schema',
    file: resource.file,
    kind: resource.kind,
    apiVersion: resource.apiVersion,
    ...(resource.namespace ? { namespace: resource.namespace } : {}),
    ...(resource.name ? { name: resource.name } : {}),
  };
}

function pathOf(instancePath: string): ObjectPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** `spec.template.spec.containers[0].image` */
export function dotted(path: ObjectPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$-]*$/.test(p) ? `${out ? '.' : ''}${p}` : `[${JSON.stringify(p)}]`;
  return out || '(root)';
}

interface DescribedError {
  rule: string;
  severity: 'error';
  path: ObjectPath;
  message: string;
  fix: string;
}

/** One finding per problem: alternatives of a oneOf/anyOf collapse into the one error about the field. */
function describeErrors(errors: ErrorObject[]): DescribedError[] {
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const out: DescribedError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const insideUnion = unions.some(
      (u) =>
        u !== error && error.instancePath === u.instancePath && error.schemaPath.startsWith(`${u.schemaPath.replace(/\/(oneOf|anyOf)$/, '')}/${u.keyword}/`),
    );
    if (insideUnion) continue;
    const path = pathOf(error.instancePath);
    let described: DescribedError;
    if (error.keyword === 'additionalProperties') {
      const field = [...path, String((error.params as { additionalProperty: string }).additionalProperty)];
      described = {
        rule: 'schema/unknown-field',
        severity: 'error',
        path: field,
        message: `unknown field ${dotted(field)}`,
        fix: 'remove the field or fix its spelling (strict mode: the API server would drop or reject it)',
      };
    } else if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      described = { rule: 'schema/missing-field', severity: 'error', path, message: `${dotted([...path, missing])} is required`, fix: `add ${missing}` };
    } else if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      const forms = errors
        .filter((e) => e !== error && e.instancePath === error.instancePath && e.keyword === 'type')
        .map((e) => (e.params as { type: string }).type);
      described = {
        rule: 'schema/invalid-value',
        severity: 'error',
        path,
        message: `${dotted(path)} must be ${forms.length > 0 ? [...new Set(forms)].join(' or ') : 'one of the allowed forms'}`,
        fix: 'change the value to the documented type',
      };
    } else if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
      described = {
        rule: 'schema/invalid-value',
        severity: 'error',
        path,
        message: `${dotted(path)} must be one of ${allowed}`,
        fix: 'use one of the allowed values',
      };
    } else {
      described = {
        rule: 'schema/invalid-value',
        severity: 'error',
        path,
        message: `${dotted(path)} ${error.message ?? 'is invalid'}`,
        fix: 'change the value to match the API schema',
      };
    }
    const key = `${described.rule} ${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(described);
  }
  return out;
}
