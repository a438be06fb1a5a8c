import { InputError, Inputs } from '@service-pipeline/action-kit';
import { CHECKS, ENGINES, FAIL_ON, parseKubernetesVersion, UnknownKubernetesVersionError, type Check, type Engine, type FailOn } from '@service-pipeline/config-validate';

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

/** Reads and validates every input before anything is rendered or installed. */
export function readInputs(inputs = new Inputs(), workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()): ConfigValidateInputs {
  const kubernetesVersion = inputs.string('kubernetes-version', { default: '1.33' });
  try {
    parseKubernetesVersion(kubernetesVersion);
  } catch (error) {
    if (error instanceof UnknownKubernetesVersionError) throw new InputError('kubernetes-version', `is "${kubernetesVersion}", not a Kubernetes release this check knows`, error.fix);
    throw error;
  }
  const checks = inputs.list('checks');
  for (const c of checks) if (!(CHECKS as readonly string[]).includes(c)) throw new InputError('checks', `names an unknown check "${c}"`, `use any of ${CHECKS.join(', ')}`);
  const paths: ConfigValidateInputs['paths'] = {};
  for (const tool of ['helm', 'kustomize', 'kubeconform', 'conftest', 'pluto'] as const) {
    const path = inputs.path(`${tool}-path`, { mustExist: 'file' });
    if (path) paths[tool] = path;
  }
  const policyDir = inputs.string('policy-dir');
  const toolsBaseUrl = inputs.string('tools-base-url', { pattern: /^https?:\/\/\S+$/, hint: 'give an http(s) URL of a release mirror' });
  return {
    workspace,
    path: inputs.string('path', { default: '.' }),
    kubernetesVersion,
    checks: checks.length > 0 ? CHECKS.filter((c) => checks.includes(c)) : [...CHECKS],
    engine: inputs.enumValue('engine', ENGINES, 'embedded'),
    ...(policyDir ? { policyDir } : {}),
    failOn: inputs.enumValue('fail-on', FAIL_ON, 'error'),
    paths,
    ...(toolsBaseUrl ? { toolsBaseUrl } : {}),
  };
}
