import { asInput, defaultLayoutDir, InputError, Inputs, pipelineDir, workflowRunUrl } from '@service-pipeline/action-kit';
import { type Credentials, type ParsedReference, parseReference } from '@service-pipeline/oci';
import { SBOM_FORMATS, SBOM_GENERATORS, type SbomFormat, type SbomGenerator } from '@service-pipeline/scanners';

export type SbomSource = { kind: 'layout'; dir: string; ref?: string } | { kind: 'image'; reference: ParsedReference } | { kind: 'directory'; path: string };

export interface SbomInputs {
  generator: SbomGenerator;
  formats: SbomFormat[];
  source: SbomSource;
  outputDir: string;
  /** The image to attach to; undefined when attach is off. */
  attachTo?: ParsedReference;
  credentials?: Credentials;
  toolPath?: string;
  toolBaseUrl?: string;
  /** Submit the SBOM's packages to GitHub's dependency graph of this repository. */
  dependencyGraph?: { token: string; repository: string; sha: string; ref: string; correlator: string; runId: string; runUrl?: string };
}

/** dependency-graph: the run's repository, commit and job from the runner's variables, and a token. */
function readDependencyGraph(inputs: Inputs, token: string): SbomInputs['dependencyGraph'] {
  if (!inputs.boolean('dependency-graph', false)) return undefined;
  if (token === '')
    throw new InputError(
      'token',
      'is empty while dependency-graph is true',
      'pass a token with `contents: write` (the default ${{ github.token }} with `permissions: contents: write` on the job)',
    );
  const env = process.env;
  const missing = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID'].filter((name) => !env[name]);
  if (missing.length > 0)
    throw new InputError(
      'dependency-graph',
      `is true, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set`,
      'submit from a GitHub Actions run (the runner sets them), or set dependency-graph: false',
    );
  return {
    token,
    repository: env['GITHUB_REPOSITORY']!,
    sha: env['GITHUB_SHA']!,
    ref: env['GITHUB_REF']!,
    // One snapshot per workflow, job and image: a later run of the same job replaces it.
    correlator: `${env['GITHUB_WORKFLOW'] ?? 'workflow'}_${env['GITHUB_JOB'] ?? 'job'}`,
    runId: env['GITHUB_RUN_ID']!,
    runUrl: workflowRunUrl(env)!,
  };
}

function readSource(inputs: Inputs): SbomSource {
  const given = (['oci-layout', 'image', 'directory'] as const).filter((name) => inputs.has(name));
  if (given.length > 1)
    throw new InputError(given[1]!, `is set together with ${given[0]}`, 'describe one source per step: set only one of oci-layout, image or directory');
  if (inputs.has('layout-ref') && (given[0] === 'image' || given[0] === 'directory')) {
    throw new InputError('layout-ref', `is set with ${given[0]}`, 'layout-ref names an image inside oci-layout; remove it');
  }
  if (given[0] === 'image') {
    const ref = asInput('image', () => parseReference(inputs.string('image')));
    if (ref.tag === undefined && ref.digest === undefined)
      throw new InputError('image', 'has neither a tag nor a digest', "name the image, preferably by digest (the push action's image-ref output)");
    return { kind: 'image', reference: ref };
  }
  if (given[0] === 'directory') return { kind: 'directory', path: inputs.path('directory', { mustExist: 'directory' }) };
  const dir = inputs.path('oci-layout', { default: defaultLayoutDir(), mustExist: 'directory' });
  const ref = inputs.string('layout-ref');
  return { kind: 'layout', dir, ...(ref ? { ref } : {}) };
}

/** Reads and validates every input before any tool is installed or run. */
export function readInputs(inputs = new Inputs()): SbomInputs {
  const { password, token } = inputs.secrets({ password: { user: 'username' }, token: {} });
  const dependencyGraph = readDependencyGraph(inputs, token);
  const generator = inputs.enumValue('generator', SBOM_GENERATORS, 'trivy');
  const formats = inputs.list('format').map((value) => {
    const format = SBOM_FORMATS.find((f) => f === value.toLowerCase());
    if (!format) throw new InputError('format', `has an unknown format "${value}"`, `use ${SBOM_FORMATS.join(' and/or ')} (both JSON)`);
    return format;
  });
  const source = readSource(inputs);

  let attachTo: ParsedReference | undefined;
  if (inputs.boolean('attach', false)) {
    if (inputs.has('attach-to')) attachTo = asInput('attach-to', () => parseReference(inputs.string('attach-to')));
    else if (source.kind === 'image') attachTo = source.reference;
    else throw new InputError('attach-to', 'is empty while attach is true', 'name the pushed image, e.g. attach-to: ${{ steps.push.outputs.image-ref }}');
    if (source.kind === 'directory' && attachTo.tag === undefined && attachTo.digest === undefined) {
      throw new InputError('attach-to', 'names no tag or digest', 'a directory has no digest of its own: name the image to attach to by digest');
    }
  } else if (inputs.has('attach-to')) {
    throw new InputError('attach-to', 'is set but attach is false', 'set attach: true to push the SBOM, or remove attach-to');
  }

  const username = inputs.string('username');
  const toolPath = inputs.path('tool-path', { mustExist: 'file', access: 'execute' });
  const toolBaseUrl = inputs.string('tool-base-url', {
    pattern: /^https?:\/\/\S+$/,
    hint: 'an http(s) URL such as https://github.com/aquasecurity/trivy/releases/download',
  });
  return {
    generator,
    formats: formats.length > 0 ? [...new Set(formats)] : ['cyclonedx'],
    source,
    outputDir: inputs.path('output-dir', { default: pipelineDir('sbom'), access: 'write' }),
    ...(attachTo ? { attachTo } : {}),
    ...(username !== '' && password !== '' ? { credentials: { username, password } } : {}),
    ...(toolPath ? { toolPath } : {}),
    ...(toolBaseUrl ? { toolBaseUrl } : {}),
    ...(dependencyGraph ? { dependencyGraph } : {}),
  };
}
