import type { ObjectPath, Resource } from '../documents.js';
import type { Finding } from '../findings.js';
import type { KubernetesVersion } from '../kubernetes-version.js';
import { findingBase } from '../schema-engine.js';

/** The resources written for a tool run, by the file name the tool reports. */
export type ResourceFiles = Map<string, Resource>;

export class ToolOutputError extends Error {}

function json(tool: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ToolOutputError(`${tool} did not print JSON: ${text.slice(0, 200)}`);
  }
}

function resourceFor(files: ResourceFiles, reported: string, tool: string): Resource {
  const resource = files.get(reported) ?? [...files.entries()].find(([name]) => reported.endsWith(`/${name}`) || name.endsWith(`/${reported}`))?.[1];
  if (!resource) throw new ToolOutputError(`${tool} reported ${reported}, which is not one of the files it was given`);
  return resource;
}

function pathOf(pointer: string): ObjectPath {
  return pointer
    .split('/')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * kubeconform 0.8 lists only the top of a nested validation error in validationErrors
 * (`/spec: validation failed`); the leaves are in msg as `- at '<pointer>': <message>`.
 */
function leafErrors(listed: { path: string; msg: string }[], msg: string): { path: string; msg: string }[] {
  if (listed.some((e) => e.msg !== 'validation failed')) return listed.filter((e) => e.msg !== 'validation failed');
  const leaves = [...msg.matchAll(/- at '([^']*)': (.*?)(?=\s+- at '|$)/g)].map((m) => ({ path: m[1]!, msg: m[2]!.trim() }));
  const useful = leaves.filter((e) => e.msg !== 'validation failed');
  return useful.length > 0 ? useful : listed;
}

/**
 * kubeconform -output json: `{resources: [{filename, kind, name, version, status, msg, validationErrors: [{path, msg}]}]}`.
 * Exit code 0: all valid; 1: some resource is invalid or could not be validated; anything else: the run failed.
 */
export function parseKubeconform(stdout: string, exitCode: number | null, files: ResourceFiles): Finding[] {
  if (exitCode !== 0 && exitCode !== 1) throw new ToolOutputError(`kubeconform exited with ${exitCode}`);
  const doc = json('kubeconform', stdout) as {
    resources?: { filename: string; status: string; msg?: string; validationErrors?: { path: string; msg: string }[] }[];
  };
  const findings: Finding[] = [];
  for (const entry of doc.resources ?? []) {
    if (entry.status === 'statusValid' || entry.status === 'statusSkipped' || entry.status === 'statusEmpty') continue;
    const resource = resourceFor(files, entry.filename, 'kubeconform');
    const base = { ...findingBase(resource), tool: 'kubeconform' as const, severity: 'error' as const };
    if (entry.status === 'statusInvalid' && entry.validationErrors?.length) {
      for (const e of leafErrors(entry.validationErrors, entry.msg ?? '')) {
        findings.push({
          ...base,
          rule: 'kubeconform/invalid',
          ...resource.locate(pathOf(e.path)),
          message: `${e.path || '/'}: ${e.msg}`,
          fix: 'change the field to match the API schema',
        });
      }
    } else {
      const missing = /could not find schema/.test(entry.msg ?? '');
      findings.push({
        ...base,
        rule: missing ? 'kubeconform/no-schema' : 'kubeconform/error',
        ...resource.locate(missing ? ['kind'] : []),
        message: entry.msg ?? entry.status,
        fix: missing ? 'check apiVersion and kind, or add the CRD to the repository' : 'fix the resource so kubeconform can read it',
      });
    }
  }
  if (exitCode === 1 && findings.length === 0) throw new ToolOutputError('kubeconform exited with 1 but reported no invalid resource');
  return findings;
}

interface PlutoItem {
  name?: string;
  filePath?: string;
  namespace?: string;
  api?: { version?: string; kind?: string; 'deprecated-in'?: string; 'removed-in'?: string; 'replacement-api'?: string };
  deprecated?: boolean;
  removed?: boolean;
}

/**
 * pluto detect-files -o json: `{items: [{name, filePath, api: {version, kind, deprecated-in, removed-in, replacement-api}, deprecated, removed}], target-versions}`.
 * Exit code 0: nothing found; 2: deprecated APIs; 3: removed APIs; anything else: the run failed.
 */
export function parsePluto(stdout: string, exitCode: number | null, files: ResourceFiles, target: KubernetesVersion): Finding[] {
  if (exitCode !== 0 && exitCode !== 2 && exitCode !== 3) throw new ToolOutputError(`pluto exited with ${exitCode}`);
  // With nothing to report pluto prints a sentence instead of JSON.
  if (exitCode === 0 && !stdout.trim().startsWith('{')) return [];
  const doc = json('pluto', stdout) as { items?: PlutoItem[] };
  const findings: Finding[] = [];
  for (const item of doc.items ?? []) {
    if (!item.filePath) throw new ToolOutputError(`pluto reported ${item.name ?? 'an item'} without filePath`);
    const resource = resourceFor(files, item.filePath, 'pluto');
    const api = item.api ?? {};
    const replacement = api['replacement-api'] ? `use ${api['replacement-api']}` : 'remove it';
    findings.push({
      ...findingBase(resource),
      tool: 'pluto',
      rule: item.removed ? 'pluto/removed' : 'pluto/deprecated',
      severity: item.removed ? 'error' : 'warning',
      ...resource.locate(['apiVersion']),
      message: item.removed
        ? `${api.version} ${api.kind} is removed in ${api['removed-in']} (target ${target.text})`
        : `${api.version} ${api.kind} is deprecated in ${api['deprecated-in']}${api['removed-in'] ? ` and removed in ${api['removed-in']}` : ''} (target ${target.text})`,
      fix: replacement,
    });
  }
  if (exitCode !== 0 && findings.length === 0) throw new ToolOutputError(`pluto exited with ${exitCode} but reported nothing`);
  return findings;
}

interface ConftestResult {
  filename: string;
  namespace?: string;
  warnings?: { msg: string; metadata?: Record<string, unknown> }[];
  failures?: { msg: string; metadata?: Record<string, unknown> }[];
}

/**
 * conftest test --output json: `[{filename, namespace, successes, warnings: [{msg}], failures: [{msg}]}]`.
 * Exit code 0: no failure; 1: failures; anything else: the run failed.
 */
export function parseConftest(stdout: string, exitCode: number | null, files: ResourceFiles, policyDir: string): Finding[] {
  if (exitCode !== 0 && exitCode !== 1) throw new ToolOutputError(`conftest exited with ${exitCode}`);
  const results = json('conftest', stdout);
  if (!Array.isArray(results)) throw new ToolOutputError('conftest did not print a JSON array');
  const findings: Finding[] = [];
  for (const result of results as ConftestResult[]) {
    const resource = resourceFor(files, result.filename, 'conftest');
    const ns = result.namespace ?? 'main';
    for (const [list, severity] of [
      [result.failures, 'error'],
      [result.warnings, 'warning'],
    ] as const) {
      for (const r of list ?? []) {
        const rule = typeof r.metadata?.['id'] === 'string' ? r.metadata['id'] : ns;
        findings.push({
          ...findingBase(resource),
          tool: 'conftest',
          rule: `conftest/${rule}`,
          severity,
          line: resource.line,
          message: r.msg,
          fix: `change the resource to satisfy the Rego policy (package ${ns} in ${policyDir})`,
        });
      }
    }
  }
  if (exitCode === 1 && !findings.some((f) => f.severity === 'error')) throw new ToolOutputError('conftest exited with 1 but reported no failure');
  return findings;
}
