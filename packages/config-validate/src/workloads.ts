import type { ObjectPath, Resource } from './documents.js';

export type Json = Record<string, unknown>;

export function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Where each workload kind keeps its pod template's spec. */
const POD_SPEC_PATHS: Record<string, ObjectPath> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Rollout: ['spec', 'template', 'spec'],
};

/** Workloads that run until replaced, so they need probes and a graceful shutdown. */
export const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Rollout']);

export function getIn(value: unknown, path: ObjectPath): unknown {
  let node = value;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = record(node)?.[key];
    if (node === undefined) return undefined;
  }
  return node;
}

export interface PodSpecAt {
  spec: Json;
  path: ObjectPath;
}

export function podSpecOf(resource: Resource): PodSpecAt | undefined {
  const path = POD_SPEC_PATHS[resource.kind];
  if (!path) return undefined;
  const spec = record(getIn(resource.object, path));
  return spec ? { spec, path } : undefined;
}

export interface ContainerAt {
  container: Json;
  path: ObjectPath;
  init: boolean;
}

export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const [field, init] of [
    ['initContainers', true],
    ['containers', false],
  ] as const) {
    list(pod.spec[field]).forEach((c, i) => {
      const container = record(c);
      if (container) out.push({ container, path: [...pod.path, field, i], init });
    });
  }
  return out;
}

export function labelsOf(value: unknown): Record<string, string> {
  const labels = record(record(value)?.['labels']) ?? {};
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)]));
}

interface Requirement {
  key: string;
  operator: string;
  values?: unknown[];
}

/** metav1.LabelSelector semantics: every matchLabels pair and every matchExpressions requirement hold. */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const s = record(selector);
  if (!s) return false;
  for (const [k, v] of Object.entries(record(s['matchLabels']) ?? {})) if (labels[k] !== String(v)) return false;
  for (const raw of list(s['matchExpressions'])) {
    const r = record(raw) as Requirement | undefined;
    if (!r) return false;
    const values = list(r.values).map(String);
    const has = Object.hasOwn(labels, r.key);
    if (r.operator === 'In' && !(has && values.includes(labels[r.key]!))) return false;
    if (r.operator === 'NotIn' && has && values.includes(labels[r.key]!)) return false;
    if (r.operator === 'Exists' && !has) return false;
    if (r.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
