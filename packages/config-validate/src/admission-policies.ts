import { Environment, ParseError } from '@marcbachmann/cel-js';
import type { Resource } from './documents.js';
import type { Finding, Severity } from './findings.js';
import { apiGroupOf, findingBase } from './schema-engine.js';
import { getIn, type Json, labelsOf, list, record, selectorMatches } from './workloads.js';

const GROUP = 'admissionregistration.k8s.io';

type Program = ReturnType<Environment['parse']>;

interface Compiled {
  expression: string;
  program: Program;
  line: number;
}

interface Policy {
  resource: Resource;
  name: string;
  matchConstraints: Json;
  matchConditions: { name: string; compiled: Compiled }[];
  variables: { name: string; compiled: Compiled }[];
  validations: { compiled: Compiled; message?: string; messageExpression?: Compiled; reason?: string }[];
  paramKind?: { apiVersion: string; kind: string };
  failurePolicy: string;
}

interface Binding {
  resource: Resource;
  policyName: string;
  actions: string[];
  matchResources?: Json;
  paramRef?: Json;
}

/** Thrown inside evaluation: the expression uses something this evaluator cannot evaluate. */
class CannotEvaluate extends Error {}

function newEnvironment(): Environment {
  return new Environment({ unlistedVariablesAreDyn: true, enableOptionalTypes: true, homogeneousAggregateLiterals: false });
}

/** CEL has distinct int and double types; YAML integers become ints as the API server's do. */
function toCel(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCel);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  return value;
}

/** The first `object.a.b` field an expression reads: the line a violation points at. */
function fieldOf(expression: string): string[] {
  const match = /\bobject\.((?:[A-Za-z_][\w]*\.?)+)/.exec(expression);
  if (!match) return [];
  const parts = match[1]!.replace(/\.$/, '').split('.');
  // A trailing method call (`.startsWith(`) is not a field.
  if (expression[match.index + match[0].length] === '(') parts.pop();
  return parts;
}

/** The lower-case plural the API server uses in resource rules (`deployments`, `ingresses`, `networkpolicies`). */
export function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  // Kinds whose resource name is already plural.
  if (lower === 'endpoints') return lower;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

function ruleMatches(rule: Json, resource: Resource, plural: string): boolean {
  const group = apiGroupOf(resource.apiVersion);
  const version = resource.apiVersion.split('/').pop()!;
  const any = (values: string[], value: string): boolean => values.includes('*') || values.includes(value);
  const operations = strings(rule['operations']);
  // Argo CD and Flux create or update what the repository declares.
  const operationMatches = operations.length === 0 || operations.some((o) => o === '*' || o === 'CREATE' || o === 'UPDATE');
  const resources = strings(rule['resources']).filter((r) => !r.includes('/'));
  return (
    operationMatches &&
    any(strings(rule['apiGroups']), group) &&
    any(strings(rule['apiVersions']), version) &&
    (resources.includes('*') || resources.includes(plural))
  );
}

function rulesMatch(match: Json | undefined, resource: Resource, plural: string): boolean {
  if (!match) return true;
  const include = list(match['resourceRules'])
    .map(record)
    .filter((r): r is Json => r !== undefined);
  const exclude = list(match['excludeResourceRules'])
    .map(record)
    .filter((r): r is Json => r !== undefined);
  if (match['resourceRules'] !== undefined && !include.some((r) => ruleMatches(r, resource, plural))) return false;
  return !exclude.some((r) => ruleMatches(r, resource, plural));
}

function isEmptySelector(selector: unknown): boolean {
  const s = record(selector);
  return !s || (Object.keys(record(s['matchLabels']) ?? {}).length === 0 && list(s['matchExpressions']).length === 0);
}

/**
 * ValidatingAdmissionPolicy objects and their bindings, found in the repository, evaluated with a
 * CEL implementation against the rendered resources: the cluster's admission rules fail the pull
 * request instead of the sync. What cannot be evaluated is reported, never passed.
 */
export class AdmissionPolicies {
  readonly policies: Policy[] = [];
  readonly bindings: Binding[] = [];
  /** Problems in the policies themselves (they would be rejected by the API server). */
  readonly findings: Finding[] = [];
  readonly #env = newEnvironment();
  readonly #plurals = new Map<string, string>();
  readonly #namespaces = new Map<string, Resource>();
  readonly #all: Resource[];

  constructor(all: Resource[]) {
    this.#all = all;
    for (const r of all) {
      if (r.kind === 'CustomResourceDefinition') {
        const names = record(getIn(r.object, ['spec', 'names']));
        if (typeof names?.['kind'] === 'string' && typeof names['plural'] === 'string') this.#plurals.set(names['kind'], names['plural']);
      }
      if (r.kind === 'Namespace' && r.apiVersion === 'v1') this.#namespaces.set(r.name, r);
    }
    for (const r of all.filter((x) => apiGroupOf(x.apiVersion) === GROUP)) {
      if (r.kind === 'ValidatingAdmissionPolicy') this.#addPolicy(r);
      if (r.kind === 'ValidatingAdmissionPolicyBinding') this.#addBinding(r);
    }
    for (const policy of this.policies) {
      if (!this.bindings.some((b) => b.policyName === policy.name)) {
        this.findings.push({
          ...findingBase(policy.resource),
          tool: 'admission-policies',
          rule: 'admission-policies/unbound',
          severity: 'info',
          line: policy.resource.line,
          message: `ValidatingAdmissionPolicy ${policy.name} has no binding in the repository, so the cluster does not enforce it`,
          fix: 'add a ValidatingAdmissionPolicyBinding with policyName and validationActions, or remove the policy',
        });
      }
    }
  }

  #invalid(resource: Resource, path: (string | number)[], message: string): void {
    this.findings.push({
      ...findingBase(resource),
      tool: 'admission-policies',
      rule: 'admission-policies/invalid-policy',
      severity: 'error',
      ...resource.locate(path),
      message: `${resource.kind} ${resource.name}: ${message}`,
      fix: 'fix the policy; the API server rejects it as written',
    });
  }

  #compile(resource: Resource, path: (string | number)[], expression: unknown): Compiled | undefined {
    if (typeof expression !== 'string' || expression.trim() === '') {
      this.#invalid(resource, path, `${path.join('.')} must be a CEL expression`);
      return undefined;
    }
    try {
      return { expression, program: this.#env.parse(expression), line: resource.locate(path).line };
    } catch (error) {
      this.#invalid(resource, path, `the CEL expression does not parse: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }

  #addPolicy(r: Resource): void {
    const spec = record(r.object['spec']);
    if (!spec) return this.#invalid(r, [], 'spec is required');
    const matchConstraints = record(spec['matchConstraints']);
    if (!matchConstraints || list(matchConstraints['resourceRules']).length === 0)
      return this.#invalid(r, ['spec'], 'spec.matchConstraints.resourceRules is required');
    const named = (field: string) =>
      list(spec[field]).flatMap((entry, i) => {
        const e = record(entry);
        const compiled = this.#compile(r, ['spec', field, i, 'expression'], e?.['expression']);
        return compiled && typeof e?.['name'] === 'string' ? [{ name: e['name'], compiled }] : [];
      });
    const validations = list(spec['validations']).flatMap((entry, i) => {
      const e = record(entry);
      const compiled = this.#compile(r, ['spec', 'validations', i, 'expression'], e?.['expression']);
      if (!compiled) return [];
      const messageExpression =
        e?.['messageExpression'] === undefined ? undefined : this.#compile(r, ['spec', 'validations', i, 'messageExpression'], e['messageExpression']);
      return [
        {
          compiled,
          ...(typeof e?.['message'] === 'string' ? { message: e['message'] } : {}),
          ...(messageExpression ? { messageExpression } : {}),
          ...(typeof e?.['reason'] === 'string' ? { reason: e['reason'] } : {}),
        },
      ];
    });
    if (list(spec['validations']).length === 0)
      return this.#invalid(r, ['spec'], 'spec.validations is empty (this engine checks validations; audit annotations alone are not evaluated)');
    const paramKind = record(spec['paramKind']);
    this.policies.push({
      resource: r,
      name: r.name,
      matchConstraints,
      matchConditions: named('matchConditions'),
      variables: named('variables'),
      validations,
      ...(paramKind ? { paramKind: { apiVersion: String(paramKind['apiVersion']), kind: String(paramKind['kind']) } } : {}),
      failurePolicy: typeof spec['failurePolicy'] === 'string' ? spec['failurePolicy'] : 'Fail',
    });
  }

  #addBinding(r: Resource): void {
    const spec = record(r.object['spec']);
    const policyName = spec?.['policyName'];
    if (typeof policyName !== 'string') return this.#invalid(r, ['spec'], 'spec.policyName is required');
    const actions = strings(spec?.['validationActions']);
    if (actions.length === 0) return this.#invalid(r, ['spec'], 'spec.validationActions is required (Deny, Warn and/or Audit)');
    const matchResources = record(spec?.['matchResources']);
    const paramRef = record(spec?.['paramRef']);
    this.bindings.push({ resource: r, policyName, actions, ...(matchResources ? { matchResources } : {}), ...(paramRef ? { paramRef } : {}) });
  }

  /** Evaluates every bound policy that matches the resource. */
  evaluate(resource: Resource): Finding[] {
    const findings: Finding[] = [];
    const plural = this.#plurals.get(resource.kind) ?? pluralOf(resource.kind);
    for (const binding of this.bindings) {
      const policy = this.policies.find((p) => p.name === binding.policyName);
      if (!policy) continue;
      const severity: Severity = binding.actions.includes('Deny') ? 'error' : binding.actions.includes('Warn') ? 'warning' : 'info';
      const base = { ...findingBase(resource), tool: 'admission-policies' as const, severity, ...resource.locate([]) };
      const cannot = (why: string): void => {
        findings.push({
          ...base,
          rule: 'admission-policies/could-not-evaluate',
          message: `could not evaluate ValidatingAdmissionPolicy ${policy.name} (binding ${binding.resource.name}): ${why}`,
          fix: 'check this rule by hand or with a dry-run against a cluster; the result is unknown, not a pass',
        });
      };
      try {
        const matched = this.#matches(policy, binding, resource, plural);
        if (!matched) continue;
        const context = this.#context(policy, binding, resource);
        if (context === 'skip') continue;
        if (!this.#conditionsHold(policy, context)) continue;
        for (const v of policy.validations) {
          const result = this.#run(v.compiled, context);
          if (result === true) continue;
          if (result !== false) throw new CannotEvaluate(`the expression ${JSON.stringify(v.compiled.expression)} returned ${typeof result}, not a bool`);
          let message = v.message ?? `failed expression: ${v.compiled.expression}`;
          if (v.messageExpression) {
            try {
              const m = this.#run(v.messageExpression, context);
              if (typeof m === 'string' && m !== '') message = m;
            } catch {
              // The API server falls back to message (or the expression) when messageExpression fails.
            }
          }
          findings.push({
            ...base,
            ...resource.locate(fieldOf(v.compiled.expression)),
            rule: `vap/${policy.name}`,
            message: `${binding.actions.join('/')} by ValidatingAdmissionPolicy ${policy.name}: ${message}${v.reason ? ` (${v.reason})` : ''}`,
            fix: `change the resource to satisfy ${JSON.stringify(v.compiled.expression)} (policy in ${policy.resource.file}:${v.compiled.line})`,
          });
        }
      } catch (error) {
        if (error instanceof CannotEvaluate) cannot(error.message);
        else throw error;
      }
    }
    return findings;
  }

  #matches(policy: Policy, binding: Binding, resource: Resource, plural: string): boolean {
    for (const match of [policy.matchConstraints, binding.matchResources]) {
      if (!match) continue;
      if (!rulesMatch(match, resource, plural)) return false;
      if (!isEmptySelector(match['objectSelector']) && !selectorMatches(match['objectSelector'], labelsOf(resource.object['metadata']))) return false;
      if (!isEmptySelector(match['namespaceSelector'])) {
        const ns = resource.namespace ? this.#namespaces.get(resource.namespace) : undefined;
        if (!ns)
          throw new CannotEvaluate(
            `it selects namespaces by label and the repository has no Namespace object for ${resource.namespace ? `"${resource.namespace}"` : 'this resource (it sets no namespace; Argo CD or Flux assigns one)'}`,
          );
        if (!selectorMatches(match['namespaceSelector'], labelsOf(ns.object['metadata']))) return false;
      }
    }
    return true;
  }

  #context(policy: Policy, binding: Binding, resource: Resource): Record<string, unknown> | 'skip' {
    let params: unknown = null;
    if (policy.paramKind) {
      const ref = binding.paramRef;
      const name = ref?.['name'];
      const found = this.#all.find(
        (r) => r.apiVersion === policy.paramKind!.apiVersion && r.kind === policy.paramKind!.kind && (typeof name !== 'string' || r.name === name),
      );
      if (!found) {
        if (ref?.['parameterNotFoundAction'] === 'Allow') return 'skip';
        throw new CannotEvaluate(`its parameter ${policy.paramKind.kind} ${typeof name === 'string' ? name : '(by selector)'} is not in the repository`);
      }
      params = toCel(found.object);
    }
    const [group, version] = resource.apiVersion.includes('/') ? resource.apiVersion.split('/') : ['', resource.apiVersion];
    const namespaceObject = resource.namespace ? this.#namespaces.get(resource.namespace)?.object : undefined;
    const context: Record<string, unknown> = {
      object: toCel(resource.object),
      oldObject: null,
      params,
      namespaceObject: namespaceObject ? toCel(namespaceObject) : null,
      request: { operation: 'CREATE', name: resource.name, namespace: resource.namespace ?? '', kind: { group, version, kind: resource.kind }, dryRun: false },
      variables: {},
    };
    const variables: Record<string, unknown> = {};
    for (const v of policy.variables) {
      variables[v.name] = this.#run(v.compiled, { ...context, variables });
    }
    context['variables'] = variables;
    return context;
  }

  #conditionsHold(policy: Policy, context: Record<string, unknown>): boolean {
    for (const c of policy.matchConditions) {
      const result = this.#run(c.compiled, context);
      if (result === false) return false;
      if (result !== true) throw new CannotEvaluate(`matchCondition ${c.name} returned ${typeof result}, not a bool`);
    }
    return true;
  }

  #run(compiled: Compiled, context: Record<string, unknown>): unknown {
    try {
      return compiled.program(context);
    } catch (error) {
      if (error instanceof ParseError) throw new CannotEvaluate(`${JSON.stringify(compiled.expression)} does not parse`);
      const message = (error as Error).message.split('\n')[0] ?? '';
      // A missing field is an evaluation error in the cluster too, but there the API server has
      // applied defaults first (replicas, securityContext, ...), which a rendered manifest lacks.
      throw new CannotEvaluate(
        `${JSON.stringify(compiled.expression)}: ${message}${/No such key/.test(message) ? ' (the field is absent here; the API server may default it)' : ''}`,
      );
    }
  }
}
