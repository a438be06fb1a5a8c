import { InputError, Inputs, workflowRunUrl } from '@service-pipeline/action-kit';
// The option parsers only: the engines load in the bump, and only when validate is on.
import { CHECKS, ENGINES, FAIL_ON, parseKubernetesVersion, UnknownKubernetesVersionError } from '@service-pipeline/config-validate/options';
import {
  type BumpMode,
  type EditValidation,
  isBranchPart,
  isRfc3339Time,
  PINS,
  type Pin,
  type TargetSpec,
  unknownPlaceholders,
} from '@service-pipeline/gitops';
import { automaticPin, type ImageSelection, readImageSelection, readTransport, repoPath, repoTargets, type Transport } from './images.js';

export interface BumpInputs {
  remote: string;
  /** Whether git authenticates with the SSH key (else with the token as an HTTP header). */
  overSsh: boolean;
  /** owner/name for the GitHub API (pull-request mode); undefined when the URL does not name one. */
  github: { owner: string; repo: string } | undefined;
  /** Whether the repository is on this GitHub server (so the Git Data API can reach it). */
  onGitHub: boolean;
  transport: Transport;
  branch: string | undefined;
  token: string;
  sshKey: string;
  selection: ImageSelection;
  targets: TargetSpec[];
  /** Undefined for a promotion without a pin: the source environment's references decide. */
  pin: Pin | undefined;
  mode: BumpMode;
  commitMessage: string | undefined;
  dryRun: boolean;
  maxAttempts: number;
  batch: boolean;
  historyDepth: number;
  validate: EditValidation | undefined;
  expectedCurrent: string | undefined;
  environment: string;
  service: string;
  created: string | undefined;
  author: { name: string; email: string };
  labels: string[];
  reviewers: string[];
  source: { repository?: string; commit?: string; runUrl?: string };
}

const OWNER_NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const GIT_URL = /^(https?:\/\/|ssh:\/\/|file:\/\/|git@[^:]+:)/;
const COMMIT_SHA = /^[0-9a-f]{7,64}$/;
const REPOSITORY_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)+$/;
const EMAIL = /^[^\s<>@]+@[^\s<>@]+$/;
// GitHub logins, or org/team for team reviewers.
const REVIEWER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\/[A-Za-z0-9._-]{1,100})?$/;
// What GitHub allows for a label name.
const LABEL_MAX = 50;
// The subject line before placeholders are filled in; git's own advice is about 50-72.
const COMMIT_MESSAGE_MAX = 200;

/** A private key ssh can use without a prompt; checked here so a bad key is not reported as an unreachable repository. */
function checkSshKey(key: string): void {
  const fix = 'pass the whole private deploy key (the file ssh-keygen wrote without .pub), e.g. ${{ secrets.CONFIG_DEPLOY_KEY }}';
  if (/^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-|sk-)\S* AAAA/.test(key)) throw new InputError('ssh-key', 'is a public key; pass the private deploy key', fix);
  const begin = /^-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----$/m.exec(key);
  if (!begin) throw new InputError('ssh-key', 'is not a private key (no -----BEGIN ... PRIVATE KEY----- line)', fix);
  if (!new RegExp(`^-----END ${begin[1]}PRIVATE KEY-----$`, 'm').test(key))
    throw new InputError('ssh-key', `is not a private key (no -----END ${begin[1]}PRIVATE KEY----- line: the key is cut off)`, fix);
  if (begin[1] === 'ENCRYPTED ' || /^Proc-Type: 4,ENCRYPTED$/m.test(key)) {
    throw new InputError(
      'ssh-key',
      'is encrypted with a passphrase, which nobody can type in CI',
      'create a deploy key without a passphrase (ssh-keygen -N "") and store that in the secret',
    );
  }
}

function repository(value: string, sshKey: boolean): Pick<BumpInputs, 'remote' | 'github' | 'onGitHub'> {
  const server = new URL(process.env['GITHUB_SERVER_URL'] ?? 'https://github.com');
  if (OWNER_NAME.test(value)) {
    const slug = value.replace(/\.git$/, '');
    const [owner, repo] = slug.split('/') as [string, string];
    const remote = sshKey ? `git@${server.hostname}:${slug}.git` : `${server.origin}${server.pathname.replace(/\/$/, '')}/${slug}.git`;
    return { remote, github: { owner, repo }, onGitHub: true };
  }
  if (!GIT_URL.test(value) && !value.startsWith('/')) {
    throw new InputError('repository', `must be owner/name or a git URL (got "${value}")`, 'write it as acme/config or https://github.com/acme/config.git');
  }
  if (/^https?:\/\/[^/]*@/.test(value)) {
    throw new InputError(
      'repository',
      'carries credentials in the URL',
      'remove them from the URL and pass the token input instead (it is sent as a header, never stored)',
    );
  }
  const path = value.replace(/^git@[^:]+:/, '/').replace(/^[a-z]+:\/\/[^/]*/, '');
  const parts = path
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter((p) => p !== '');
  const [owner, repo] = parts.slice(-2);
  const github = owner && repo ? { owner, repo } : undefined;
  return { remote: value, github, onGitHub: github !== undefined && parts.length === 2 && value.startsWith(`${server.origin}/`) };
}

function pin(inputs: Inputs, selection: ImageSelection): Pin | undefined {
  const automatic = automaticPin(selection);
  const chosen = inputs.string('pin') !== '' ? inputs.enumValue('pin', PINS, 'tag') : automatic;
  const images = selection.kind === 'bump' ? selection.images : [];
  if (chosen !== 'tag' && images.some((i) => i.digest === undefined))
    throw new InputError(
      'pin',
      `is ${chosen} but the image has no digest`,
      "pass the image as name:tag@sha256:... (the push action's image-ref output) or set pin: tag",
    );
  if (chosen !== 'digest' && images.some((i) => i.tag === undefined))
    throw new InputError('pin', `is ${chosen} but the image has no tag`, 'pass the image with a tag, or set pin: digest');
  return chosen;
}

// action.yml's defaults: the runner passes them even when the step does not set them.
const VALIDATE_DEFAULTS = {
  'validate-kubernetes-version': '1.33',
  'validate-checks': 'schema,deprecations,policies',
  'validate-fail-on': 'error',
  'validate-engine': 'embedded',
  'validate-policy-dir': '',
};

async function validation(inputs: Inputs): Promise<EditValidation | undefined> {
  if (!inputs.boolean('validate', false)) {
    // Never silently ignored: a validate-* input set without validate is a mistake to name.
    for (const [name, fallback] of Object.entries(VALIDATE_DEFAULTS)) {
      const value = inputs.string(name);
      if (value !== '' && value !== fallback)
        throw new InputError(name, 'is set but validate is false', `set validate: true to check the edited files before committing, or drop ${name}`);
    }
    return undefined;
  }
  const kubernetesVersion = inputs.string('validate-kubernetes-version', { default: VALIDATE_DEFAULTS['validate-kubernetes-version'] });
  try {
    parseKubernetesVersion(kubernetesVersion);
  } catch (error) {
    if (error instanceof UnknownKubernetesVersionError)
      throw new InputError(
        'validate-kubernetes-version',
        `is ${JSON.stringify(kubernetesVersion.slice(0, 40))}, not a Kubernetes release config-validate knows`,
        error.fix,
      );
    throw error;
  }
  const checks = inputs.list('validate-checks');
  for (const c of checks)
    if (!(CHECKS as readonly string[]).includes(c))
      throw new InputError('validate-checks', `names an unknown check "${c.slice(0, 40)}"`, `use any of ${CHECKS.join(', ')}`);
  const engine = inputs.enumValue('validate-engine', ENGINES, 'embedded');
  const policyDir = inputs.string('validate-policy-dir');
  if (policyDir !== '' && engine === 'embedded')
    throw new InputError(
      'validate-policy-dir',
      'is set but validate-engine is embedded, which does not run Rego',
      'set validate-engine: tools or both so conftest evaluates the policies, or drop validate-policy-dir',
    );
  return {
    kubernetesVersion,
    checks: checks.length > 0 ? CHECKS.filter((c) => checks.includes(c)) : [...CHECKS],
    failOn: inputs.enumValue('validate-fail-on', FAIL_ON, 'error'),
    engine,
    ...(policyDir !== '' ? { policyDir: repoPath(policyDir, 'validate-policy-dir') } : {}),
  };
}

/** An environment or service name: one segment of the pull-request branch, by gitops' own rule. */
function branchPart(inputs: Inputs, name: 'service' | 'environment', fallback: string): string {
  const value = inputs.string(name, { default: fallback });
  if (!isBranchPart(value))
    throw new InputError(
      name,
      `must match letters, digits, ".", "_" and "-", without a leading ".", ".." or a ".lock" ending (got ${JSON.stringify(value.slice(0, 80))})`,
      'use letters, digits, ".", "_" and "-" (it names the pull-request branch)',
    );
  return value;
}

/** Reads and validates every input before anything is cloned. */
export async function readInputs(inputs = new Inputs()): Promise<BumpInputs> {
  const { token, 'ssh-key': sshKey } = inputs.secrets({ token: {}, 'ssh-key': { multiline: true } });
  const selection = readImageSelection(inputs);
  const mode = inputs.enumValue('mode', ['push', 'pull-request'] as const, 'push');
  const repo = repository(inputs.string('repository', { required: true }), sshKey !== '');
  const overSsh = /^(ssh:\/\/|git@)/.test(repo.remote);
  if (overSsh && sshKey === '')
    throw new InputError(
      'ssh-key',
      `is empty but the repository ${repo.remote} is reached over SSH`,
      'pass a deploy key with write access from a secret, or use an https:// URL with the token input',
    );
  if (!overSsh && sshKey !== '')
    throw new InputError(
      'ssh-key',
      `is set but the repository ${repo.remote} is not an SSH URL`,
      'use owner/name or an ssh:// / git@host: URL with ssh-key, or drop ssh-key and use the token',
    );
  if (sshKey !== '') checkSshKey(sshKey);
  if (mode === 'pull-request' && !repo.github)
    throw new InputError(
      'repository',
      'does not name an owner/name that the GitHub API knows',
      'use owner/name, or a URL ending in /owner/name.git, with mode: pull-request',
    );
  if (mode === 'pull-request' && token === '')
    throw new InputError('token', 'is empty but mode is pull-request', 'pass a token that may open pull requests on the config repository');

  const commitMessage = inputs.string('commit-message', { maxLength: COMMIT_MESSAGE_MAX }) || undefined;
  const unknown = commitMessage ? unknownPlaceholders(commitMessage) : [];
  if (unknown.length > 0) {
    throw new InputError(
      'commit-message',
      `uses unknown placeholders ${unknown.map((p) => `{${p}}`).join(', ')}`,
      'use {service}, {environment}, {image}, {old}, {new}, {tag}, {digest}, {source-repository}, {source-commit} or {run-url}',
    );
  }
  const created = inputs.string('image-created') || undefined;
  if (created !== undefined && !isRfc3339Time(created)) {
    throw new InputError(
      'image-created',
      `is not an RFC 3339 time (got "${created}")`,
      'pass e.g. 2026-05-01T12:00:00Z, such as ${{ github.event.head_commit.timestamp }}',
    );
  }
  const first = selection.kind === 'bump' ? selection.images[0]!.name : selection.names[0]!;
  const single = (selection.kind === 'bump' ? selection.images.length : selection.names.length) === 1;
  const group = single
    ? first.split('/').pop()!
    : selection.kind === 'promote'
      ? `promotion-from-${selection.from.environment}`
      : (process.env['GITHUB_REPOSITORY']?.split('/').pop() ?? 'release');
  const service = branchPart(inputs, 'service', group);
  const environment = branchPart(inputs, 'environment', 'default');
  const runUrl = workflowRunUrl();
  const sourceRepository = inputs.string('source-repository', { default: process.env['GITHUB_REPOSITORY'] ?? '', maxLength: 200 });
  if (sourceRepository !== '' && !REPOSITORY_PATH.test(sourceRepository))
    throw new InputError(
      'source-repository',
      `must be owner/name (got ${JSON.stringify(sourceRepository.slice(0, 80))})`,
      'pass e.g. ${{ github.repository }}',
    );
  const sourceCommit = inputs.string('source-commit', {
    default: process.env['GITHUB_SHA'] ?? '',
    pattern: COMMIT_SHA,
    hint: 'pass a commit sha (lowercase hex), e.g. ${{ github.sha }}',
  });
  const branch = inputs.branch('branch');
  const prBase = inputs.branch('pr-base');
  const reviewers = inputs.list('pr-reviewers');
  const badReviewer = reviewers.find((r) => !REVIEWER.test(r));
  if (badReviewer !== undefined)
    throw new InputError(
      'pr-reviewers',
      `has an invalid reviewer ${JSON.stringify(badReviewer.slice(0, 80))}`,
      'list GitHub logins or org/team names, comma or newline separated',
    );

  return {
    ...repo,
    overSsh,
    branch: (mode === 'pull-request' ? prBase || branch : branch) || undefined,
    token,
    sshKey,
    selection,
    transport: readTransport(inputs, { pushMode: mode === 'push', token: token !== '' && !overSsh, onGitHub: repo.onGitHub }),
    targets: repoTargets(inputs.string('targets', { required: true, multiline: true, hint: 'list the files to edit, one per line' }), 'targets'),
    pin: pin(inputs, selection),
    mode,
    commitMessage,
    dryRun: inputs.boolean('dry-run', false),
    maxAttempts: inputs.integer('max-attempts', { default: 10, min: 1, max: 100 }),
    batch: batchInput(inputs, mode),
    historyDepth: inputs.integer('history-depth', { default: 50, min: 1, max: 100_000 }),
    validate: await validation(inputs),
    expectedCurrent: inputs.string('expected-current') || undefined,
    environment,
    service,
    created,
    author: {
      name: inputs.string('author-name', { default: 'github-actions[bot]', maxLength: 100 }),
      email: inputs.string('author-email', {
        default: '41898282+github-actions[bot]@users.noreply.github.com',
        maxLength: 254,
        pattern: EMAIL,
        hint: 'pass an address such as bot@example.com',
      }),
    },
    labels: inputs.list('pr-labels', { maxItemLength: LABEL_MAX }),
    reviewers,
    source: {
      ...(sourceRepository ? { repository: sourceRepository } : {}),
      ...(sourceCommit ? { commit: sourceCommit } : {}),
      ...(runUrl ? { runUrl } : {}),
    },
  };
}

/** Batch mode lands bumps of one branch together; a pull request has a branch of its own. */
function batchInput(inputs: Inputs, mode: BumpMode): boolean {
  const batch = inputs.boolean('batch', false);
  if (batch && mode === 'pull-request')
    throw new InputError('batch', 'is for mode: push (each pull request has a branch of its own)', 'set batch: false, or mode: push');
  return batch;
}
