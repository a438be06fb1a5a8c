import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@service-pipeline/action-kit';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { stringify } from 'yaml';
import { crdSchemas } from '../crds.js';
import type { Resource } from '../documents.js';
import { ConfigValidateError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { KubernetesVersion } from '../kubernetes-version.js';
import { SCHEMA_LOCATION_TEMPLATE, writeKubeconformSchemas } from './kubeconform-schemas.js';
import { parseConftest, parseKubeconform, parsePluto, type ResourceFiles } from './tool-output.js';

/** Paths of the real tools (installed by the pinned installer on runners, built from Go modules in tests). */
export interface ToolBinaries {
  kubeconform?: string;
  pluto?: string;
  conftest?: string;
}

export interface ToolRun {
  root: string;
  resources: Resource[];
  checks: Set<string>;
  version: KubernetesVersion;
  policyDir?: string;
  binaries: ToolBinaries;
  logger: Logger;
}

export class ToolMissingError extends ConfigValidateError {
  constructor(readonly tool: string) {
    super(
      `${tool} is needed for engine tools or both, but no ${tool} binary was given`,
      `let the action install it, pass ${tool}-path, or use engine: embedded`,
    );
  }
}

function need(binaries: ToolBinaries, tool: keyof ToolBinaries): string {
  const path = binaries[tool];
  if (!path) throw new ToolMissingError(tool);
  return path;
}

/**
 * Runs kubeconform (schemas), pluto (deprecated APIs) and conftest (Rego policies) on the same
 * rendered resources as the embedded engines: one file per resource, so every report maps back
 * to the resource's source file and line.
 */
export async function runTools(run: ToolRun): Promise<{ findings: Finding[]; binaries: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'config-validate-tools-'));
  try {
    const files: ResourceFiles = new Map();
    const manifests = join(dir, 'manifests');
    await mkdir(manifests);
    const names: string[] = [];
    for (const [i, resource] of run.resources.entries()) {
      const name = `${String(i).padStart(5, '0')}-${resource.kind.toLowerCase()}.yaml`;
      await writeFile(join(manifests, name), stringify(resource.object));
      files.set(name, resource);
      names.push(join(manifests, name));
    }
    const findings: Finding[] = [];
    const ran: Record<string, string> = {};
    if (run.checks.has('schema') && names.length > 0) {
      const kubeconform = need(run.binaries, 'kubeconform');
      const schemas = join(dir, 'schemas');
      await writeKubeconformSchemas(schemas, crdSchemas(run.resources).schemas);
      // Like the embedded engine, leave admission policies to the admission-policy engine: the 1.27.1 schema set predates their GA API.
      const args = [
        '-strict',
        '-output',
        'json',
        '-skip',
        'ValidatingAdmissionPolicy,ValidatingAdmissionPolicyBinding',
        '-schema-location',
        join(schemas, SCHEMA_LOCATION_TEMPLATE),
        ...names,
      ];
      const result = await runCommand(kubeconform, args, { captureStdout: true, cwd: manifests });
      findings.push(...parseKubeconform(result.stdout, result.code, files));
      ran['kubeconform'] = kubeconform;
    }
    if (run.checks.has('deprecations') && names.length > 0) {
      const pluto = need(run.binaries, 'pluto');
      const result = await runCommand(pluto, ['detect-files', '-d', manifests, '-o', 'json', '--target-versions', `k8s=v${run.version.text}.0`], {
        captureStdout: true,
        cwd: manifests,
      });
      findings.push(...parsePluto(result.stdout, result.code, files, run.version));
      ran['pluto'] = pluto;
    }
    if (run.checks.has('policies') && run.policyDir && names.length > 0) {
      const conftest = need(run.binaries, 'conftest');
      const result = await runCommand(
        conftest,
        ['test', '--no-color', '--all-namespaces', '--output', 'json', '--policy', join(run.root, run.policyDir), ...names],
        { captureStdout: true, cwd: manifests },
      );
      findings.push(...parseConftest(result.stdout, result.code, files, run.policyDir));
      ran['conftest'] = conftest;
    }
    return { findings, binaries: ran };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
