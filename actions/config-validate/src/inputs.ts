import { asInput, InputError, Inputs } from '@service-pipeline/action-kit';
import {
  CHECKS,
  type Check,
  ENGINES,
  type Engine,
  FAIL_ON,
  type FailOn,
  insideRoot,
  parseKubernetesVersion,
  UnknownKubernetesVersionError,
} from '@service-pipeline/config-validate/options';

export interface ConfigValidateInputs {
  workspace: string;
  path: string;
  kubernetesVersion: string;
  checks: Check[];
  engine: Engine;
  policyDir?: string;
  failOn: FailOn;
  paths: { helm?: string; kustomize?: string; kubeconform?: string; conftest?: string; pluto?: string };
  toolsBaseUrl?: string;
}

/** A directory of the repository checkout, relative to it; '' when unset. */
function repositoryDir(inputs: Inputs, workspace: string, name: string, fallback = ''): string {
  const value = inputs.string(name, { default: fallback });
  if (value === '') return '';
  // Control characters, over-long names and escapes (symlinks included) first, as for every path input.
  inputs.confine(name, value, 'read');
  return asInput(name, () => insideRoot(workspace, value, name));
}

/** Reads and validates every input before anything is rendered or installed. */
export function readInputs(inputs = new Inputs(), workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()): ConfigValidateInputs {
  const kubernetesVersion = inputs.string('kubernetes-version', { default: '1.33' });
  try {
    parseKubernetesVersion(kubernetesVersion);
  } catch (error) {
    if (error instanceof UnknownKubernetesVersionError)
      throw new InputError('kubernetes-version', `is "${kubernetesVersion}", not a Kubernetes release this check knows`, error.fix);
    throw error;
  }
  const checks = inputs.list('checks');
  for (const c of checks)
    if (!(CHECKS as readonly string[]).includes(c)) throw new InputError('checks', `names an unknown check "${c}"`, `use any of ${CHECKS.join(', ')}`);
  const paths: ConfigValidateInputs['paths'] = {};
  for (const tool of ['helm', 'kustomize', 'kubeconform', 'conftest', 'pluto'] as const) {
    const path = inputs.path(`${tool}-path`, { mustExist: 'file', access: 'execute' });
    if (path) paths[tool] = path;
  }
  const policyDir = repositoryDir(inputs, workspace, 'policy-dir');
  const toolsBaseUrl = inputs.string('tools-base-url', { pattern: /^https?:\/\/\S+$/, hint: 'give an http(s) URL of a release mirror' });
  return {
    workspace,
    path: repositoryDir(inputs, workspace, 'path', '.'),
    kubernetesVersion,
    checks: checks.length > 0 ? CHECKS.filter((c) => checks.includes(c)) : [...CHECKS],
    engine: inputs.enumValue('engine', ENGINES, 'embedded'),
    ...(policyDir ? { policyDir } : {}),
    failOn: inputs.enumValue('fail-on', FAIL_ON, 'error'),
    paths,
    ...(toolsBaseUrl ? { toolsBaseUrl } : {}),
  };
}
