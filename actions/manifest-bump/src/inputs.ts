import { asInput, checkPathText, InputError, Inputs, PathRefusedError } from '@service-pipeline/action-kit';
import { normaliseRepoPath, parseTargets, PathEscapeError, PINS, splitImage, unknownPlaceholders, type BumpMode, type NewImage, type Pin, type TargetSpec } from '@service-pipeline/gitops';
import { parseReference } from '@service-pipeline/oci';

export interface BumpInputs {
  remote: string;
  /** Whether git authenticates with the SSH key (else with the token as an HTTP header). */
  overSsh: boolean;
  /** owner/name for the GitHub API (pull-request mode); undefined when the URL does not name one. */
  github: { owner: string; repo: string } | undefined;
  branch: string | undefined;
  token: string;
  sshKey: string;
  image: NewImage;
  targets: TargetSpec[];
  pin: Pin;
  mode: BumpMode;
  commitMessage: string | undefined;
  dryRun: boolean;
  maxAttempts: number;
  historyDepth: number;
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
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BRANCH_PART = /^[A-Za-z0-9._-]+$/;
const COMMIT_SHA = /^[0-9a-f]{7,64}$/;
const REPOSITORY_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)+$/;
const EMAIL = /^[^\s<>@]+@[^\s<>@]+$/;
// GitHub logins, or org/team for team reviewers.
const REVIEWER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\/[A-Za-z0-9._-]{1,100})?$/;
// What GitHub allows for a label name.
const LABEL_MAX = 50;
// The subject line before placeholders are filled in; git's own advice is about 50-72.
const COMMIT_MESSAGE_MAX = 200;

function image(value: string): NewImage {
  asInput('image', () => parseReference(value, { requireTagOrDigest: true }));
  // The name as written (not docker.io-normalised) is what the manifests in the config repo spell.
  return splitImage(value);
}

function repository(value: string, sshKey: boolean): Pick<BumpInputs, 'remote' | 'github'> {
  if (OWNER_NAME.test(value)) {
    const server = new URL(process.env['GITHUB_SERVER_URL'] ?? 'https://github.com');
    const slug = value.replace(/\.git$/, '');
    const [owner, repo] = slug.split('/') as [string, string];
    const remote = sshKey ? `git@${server.hostname}:${slug}.git` : `${server.origin}${server.pathname.replace(/\/$/, '')}/${slug}.git`;
    return { remote, github: { owner, repo } };
  }
  if (!GIT_URL.test(value) && !value.startsWith('/')) {
    throw new InputError('repository', `must be owner/name or a git URL (got "${value}")`, 'write it as acme/config or https://github.com/acme/config.git');
  }
  if (/^https?:\/\/[^/]*@/.test(value)) {
    throw new InputError('repository', 'carries credentials in the URL', 'remove them from the URL and pass the token input instead (it is sent as a header, never stored)');
  }
  const path = value.replace(/^git@[^:]+:/, '/').replace(/^[a-z]+:\/\/[^/]*/, '');
  const parts = path.replace(/\.git\/?$/, '').split('/').filter((p) => p !== '');
  const [owner, repo] = parts.slice(-2);
  return { remote: value, github: owner && repo ? { owner, repo } : undefined };
}

/** A private key ssh can use without a prompt; checked here so a bad key is not reported as an unreachable repository. */
function checkSshKey(key: string): void {
  const fix = 'pass the whole private deploy key (the file ssh-keygen wrote without .pub), e.g. ${{ secrets.CONFIG_DEPLOY_KEY }}';
  if (/^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-|sk-)\S* AAAA/.test(key)) throw new InputError('ssh-key', 'is a public key; pass the private deploy key', fix);
  const begin = /^-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----$/m.exec(key);
  if (!begin) throw new InputError('ssh-key', 'is not a private key (no -----BEGIN ... PRIVATE KEY----- line)', fix);
  if (!new RegExp(`^-----END ${begin[1]}PRIVATE KEY-----$`, 'm').test(key)) throw new InputError('ssh-key', `is not a private key (no -----END ${begin[1]}PRIVATE KEY----- line: the key is cut off)`, fix);
  if (begin[1] === 'ENCRYPTED ' || /^Proc-Type: 4,ENCRYPTED$/m.test(key)) {
    throw new InputError('ssh-key', 'is encrypted with a passphrase, which nobody can type in CI', 'create a deploy key without a passphrase (ssh-keygen -N "") and store that in the secret');
  }
}

const TARGET_PATH_MAX_BYTES = 1024;

function targets(value: string): TargetSpec[] {
  const specs = parseTargets(value, 'targets');
  for (const spec of specs) {
    // Checked here, before the clone: a name git or the kernel cannot take is a raw ENAMETOOLONG there.
    try {
      checkPathText(spec.file);
    } catch (error) {
      if (error instanceof PathRefusedError) throw new InputError('targets', `file ${JSON.stringify(spec.file.slice(0, 80))} ${error.what}`, error.fix);
      throw error;
    }
    if (Buffer.byteLength(spec.file) > TARGET_PATH_MAX_BYTES) throw new InputError('targets', `file ${JSON.stringify(spec.file.slice(0, 80))} is ${Buffer.byteLength(spec.file)} bytes long`, `name files of at most ${TARGET_PATH_MAX_BYTES} bytes (the checkout's own path must fit under Linux's 4095)`);
    try {
      normaliseRepoPath(spec.file);
    } catch (error) {
      if (error instanceof PathEscapeError) throw new InputError('targets', error.message, 'name files relative to the config repository root, without ".." or a leading "/"');
      throw error;
    }
  }
  return specs;
}

function pin(inputs: Inputs, img: NewImage): Pin {
  const automatic: Pin = img.tag !== undefined && img.digest !== undefined ? 'tag+digest' : img.digest !== undefined ? 'digest' : 'tag';
  const chosen = inputs.enumValue('pin', PINS, automatic);
  if (chosen !== 'tag' && img.digest === undefined) throw new InputError('pin', `is ${chosen} but the image has no digest`, 'pass the image as name:tag@sha256:... (the push action\'s image-ref output) or set pin: tag');
  if (chosen !== 'digest' && img.tag === undefined) throw new InputError('pin', `is ${chosen} but the image has no tag`, 'pass the image with a tag, or set pin: digest');
  return chosen;
}

/** Reads and validates every input before anything is cloned. */
export function readInputs(inputs = new Inputs()): BumpInputs {
  const { token, 'ssh-key': sshKey } = inputs.secrets({ token: {}, 'ssh-key': { multiline: true } });
  const img = image(inputs.string('image', { required: true, hint: 'pass the pushed image, e.g. ghcr.io/acme/shop:1.2.3@sha256:...' }));
  const mode = inputs.enumValue('mode', ['push', 'pull-request'] as const, 'push');
  const repo = repository(inputs.string('repository', { required: true }), sshKey !== '');
  const overSsh = /^(ssh:\/\/|git@)/.test(repo.remote);
  if (overSsh && sshKey === '') throw new InputError('ssh-key', `is empty but the repository ${repo.remote} is reached over SSH`, 'pass a deploy key with write access from a secret, or use an https:// URL with the token input');
  if (!overSsh && sshKey !== '') throw new InputError('ssh-key', `is set but the repository ${repo.remote} is not an SSH URL`, 'use owner/name or an ssh:// / git@host: URL with ssh-key, or drop ssh-key and use the token');
  if (sshKey !== '') checkSshKey(sshKey);
  if (mode === 'pull-request' && !repo.github) throw new InputError('repository', 'does not name an owner/name that the GitHub API knows', 'use owner/name, or a URL ending in /owner/name.git, with mode: pull-request');
  if (mode === 'pull-request' && token === '') throw new InputError('token', 'is empty but mode is pull-request', 'pass a token that may open pull requests on the config repository');

  const commitMessage = inputs.string('commit-message', { maxLength: COMMIT_MESSAGE_MAX }) || undefined;
  const unknown = commitMessage ? unknownPlaceholders(commitMessage) : [];
  if (unknown.length > 0) {
    throw new InputError('commit-message', `uses unknown placeholders ${unknown.map((p) => `{${p}}`).join(', ')}`, 'use {service}, {environment}, {image}, {old}, {new}, {tag}, {digest}, {source-repository}, {source-commit} or {run-url}');
  }
  const created = inputs.string('image-created') || undefined;
  if (created !== undefined && (!RFC3339.test(created) || Number.isNaN(Date.parse(created)))) {
    throw new InputError('image-created', `is not an RFC 3339 time (got "${created}")`, 'pass e.g. 2026-05-01T12:00:00Z, such as ${{ github.event.head_commit.timestamp }}');
  }
  const service = inputs.string('service', { default: img.name.split('/').pop()!, pattern: BRANCH_PART, hint: 'use letters, digits, ".", "_" and "-" (it names the pull-request branch)' });
  const environment = inputs.string('environment', { default: 'default', pattern: BRANCH_PART, hint: 'use letters, digits, ".", "_" and "-" (it names the pull-request branch)' });
  const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runId = process.env['GITHUB_RUN_ID'];
  const sourceRepository = inputs.string('source-repository', { default: process.env['GITHUB_REPOSITORY'] ?? '', maxLength: 200 });
  if (sourceRepository !== '' && !REPOSITORY_PATH.test(sourceRepository)) throw new InputError('source-repository', `must be owner/name (got ${JSON.stringify(sourceRepository.slice(0, 80))})`, 'pass e.g. ${{ github.repository }}');
  const sourceCommit = inputs.string('source-commit', { default: process.env['GITHUB_SHA'] ?? '', pattern: COMMIT_SHA, hint: 'pass a commit sha (lowercase hex), e.g. ${{ github.sha }}' });
  const branch = inputs.branch('branch');
  const prBase = inputs.branch('pr-base');
  const reviewers = inputs.list('pr-reviewers');
  const badReviewer = reviewers.find((r) => !REVIEWER.test(r));
  if (badReviewer !== undefined) throw new InputError('pr-reviewers', `has an invalid reviewer ${JSON.stringify(badReviewer.slice(0, 80))}`, 'list GitHub logins or org/team names, comma or newline separated');

  return {
    ...repo,
    overSsh,
    branch: (mode === 'pull-request' ? prBase || branch : branch) || undefined,
    token,
    sshKey,
    image: img,
    targets: targets(inputs.string('targets', { required: true, multiline: true, hint: 'list the files to edit, one per line' })),
    pin: pin(inputs, img),
    mode,
    commitMessage,
    dryRun: inputs.boolean('dry-run', false),
    maxAttempts: inputs.integer('max-attempts', { default: 10, min: 1, max: 100 }),
    historyDepth: inputs.integer('history-depth', { default: 50, min: 1, max: 100_000 }),
    expectedCurrent: inputs.string('expected-current') || undefined,
    environment,
    service,
    created,
    author: {
      name: inputs.string('author-name', { default: 'github-actions[bot]', maxLength: 100 }),
      email: inputs.string('author-email', { default: '41898282+github-actions[bot]@users.noreply.github.com', maxLength: 254, pattern: EMAIL, hint: 'pass an address such as bot@example.com' }),
    },
    labels: inputs.list('pr-labels', { maxItemLength: LABEL_MAX }),
    reviewers,
    source: {
      ...(sourceRepository ? { repository: sourceRepository } : {}),
      ...(sourceCommit ? { commit: sourceCommit } : {}),
      ...(runId && process.env['GITHUB_REPOSITORY'] ? { runUrl: `${server}/${process.env['GITHUB_REPOSITORY']}/actions/runs/${runId}` } : {}),
    },
  };
}
