import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError, silentLogger, type Logger } from '@service-pipeline/action-kit';
import type { GitHubClient } from '@service-pipeline/action-kit/github';
import { backoffDelay, sleep, type RetryPolicy } from '@service-pipeline/action-kit/retry';
import { editImage, type Change, type NewImage, type Pin, type TargetSpec } from '../edit/index.js';
import { checkBumpRecord, compareBumps, readBumpRecords, singleLineProblem, type BumpRecord } from './bump-record.js';
import { bumpCommitMessage, DEFAULT_COMMIT_MESSAGE, renderCommitMessage, type MessageValues } from './commit-message.js';
import { GitError, gitRunner, isolatedGitEnv, type GitRunner } from './git-command.js';
import { prepareGitAuth, type GitCredentials } from './git-auth.js';
import { upsertPullRequest } from './pull-request.js';
import { MissingTargetFileError, normaliseRepoPath, PathEscapeError, resolveInsideRepo } from './repo-paths.js';

export type BumpMode = 'push' | 'pull-request';
export type BumpOutcome = 'pushed' | 'pr-opened' | 'pr-updated' | 'noop' | 'skipped' | 'dry-run';

export interface BumpOptions {
  /** A git URL (https://, ssh://, git@host:path, file://) or an absolute path to a repository. */
  remote: string;
  /** Branch to bump (push mode) or to open the pull request against. Default: the remote's default branch. */
  branch?: string;
  credentials?: GitCredentials;
  /** `name` is the image without tag/digest, as the targets reference it. */
  image: NewImage;
  targets: TargetSpec[];
  pin: Pin;
  environment: string;
  service: string;
  /** RFC 3339 build time of the image; orders concurrent and late runs. */
  created?: string;
  /** The tag, digest or reference that must be deployed now; anything else makes the bump `skipped`. */
  expectedCurrent?: string;
  source?: { repository?: string; commit?: string; runUrl?: string };
  /** `{placeholder}` template, see commit-message.ts. */
  commitMessage?: string;
  author: { name: string; email: string };
  mode: BumpMode;
  pullRequest?: { client: GitHubClient; owner: string; repo: string; labels: string[]; reviewers: string[] };
  dryRun?: boolean;
  /** Push attempts in total, including the first. */
  maxAttempts: number;
  /** Commits fetched to find the last bump of this image; deepened once (x10) when that is not enough. */
  historyDepth?: number;
  /** Backoff between rejected pushes; default: based on the duration of the attempt, doubling up to 30 s. */
  backoff?: Omit<RetryPolicy, 'attempts'>;
  logger?: Logger;
}

export interface BumpResult {
  result: BumpOutcome;
  /** The branch the commit went to (the bot branch in pull-request mode). */
  branch: string;
  commitSha?: string;
  prUrl?: string;
  changes: Change[];
  diff: string;
  attempts: number;
  /** Why a bump was skipped or was a no-op. */
  reason?: string;
}

// The base wait is the time one attempt took (fetch to push): that is how long the winner of a
// race holds the branch, so the jittered, doubling waits spread the losers over about as many
// attempt-lengths as there are contenders, however fast or loaded the machines are.
const DEFAULT_BACKOFF = { minBaseDelayMs: 50, maxBaseDelayMs: 5_000, maxDelayMs: 30_000 };

/** `service-pipeline/<environment>/<service>`: one bot branch, and so one pull request, per service and environment. */
export function pullRequestBranch(environment: string, service: string): string {
  return `service-pipeline/${environment}/${service}`;
}

type Attempt = { kind: 'done'; result: Omit<BumpResult, 'attempts' | 'branch'> } | { kind: 'retry'; why: string };

/**
 * One bump as a git transaction: shallow single-branch fetch, check the newest landed bump of the
 * image (out-of-order protection), edit the targets byte-exactly, commit with trailers, push
 * without force. A rejected push re-fetches and re-applies the edit to the new head, with
 * jittered exponential backoff, up to `maxAttempts`. Nothing is pushed unless every target
 * edited cleanly. Pull-request mode pushes to a bot branch (force-with-lease on that branch only)
 * and opens or updates its pull request.
 */
export async function bumpImage(options: BumpOptions): Promise<BumpResult> {
  const logger = options.logger ?? silentLogger;
  const targets = options.targets.map((t) => ({ ...t, file: checkedPath(t.file) }));
  checkBumpRecord(incomingRecord(options), (field) => OPTION_NAMES[field]);
  checkAuthor(options.author);
  if (options.mode === 'pull-request' && !options.pullRequest) throw new Error('bumpImage: pull-request mode needs options.pullRequest');
  const dir = await mkdtemp(join(tmpdir(), 'sp-bump-'));
  const auth = await prepareGitAuth(options.credentials ?? {}).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  try {
    const git = gitRunner(dir, isolatedGitEnv({
      ...auth.env,
      GIT_AUTHOR_NAME: options.author.name,
      GIT_AUTHOR_EMAIL: options.author.email,
      GIT_COMMITTER_NAME: options.author.name,
      GIT_COMMITTER_EMAIL: options.author.email,
    }), auth.redact);
    const remote = options.remote.startsWith('/') ? `file://${options.remote}` : options.remote;
    await git(['init', '-q']);
    await git(['remote', 'add', 'origin', remote]);
    const base = options.branch ?? (await defaultBranch(git));
    const bot = options.mode === 'pull-request' ? pullRequestBranch(options.environment, options.service) : base;
    const depth = options.historyDepth ?? 50;

    const history = { deepened: false };
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const outcome = await attemptBump(git, dir, { ...options, targets }, { base, bot, depth, first: attempt === 1, history, logger });
      if (outcome.kind === 'done') return { ...outcome.result, branch: bot, attempts: attempt };
      if (attempt >= options.maxAttempts) {
        throw new ActionError(
          `the push to ${bot} was rejected ${attempt} times (${outcome.why})`,
          'other jobs keep updating the config repository at the same moment: raise max-attempts, or serialise the jobs with a `concurrency:` group',
        );
      }
      const measured = Math.min(DEFAULT_BACKOFF.maxBaseDelayMs, Math.max(DEFAULT_BACKOFF.minBaseDelayMs, Date.now() - started));
      const policy: RetryPolicy = { baseDelayMs: measured, maxDelayMs: DEFAULT_BACKOFF.maxDelayMs, maxRetryAfterMs: 0, ...options.backoff, attempts: options.maxAttempts };
      const delay = backoffDelay(policy, attempt);
      logger.info(`push to ${bot} rejected (${outcome.why}); re-applying the edit on the new head in ${delay} ms (attempt ${attempt + 1} of ${options.maxAttempts})`);
      await sleep(delay);
    }
  } catch (error) {
    throw explainGitError(error, options, auth.redact);
  } finally {
    await auth.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

interface AttemptContext {
  base: string;
  bot: string;
  depth: number;
  first: boolean;
  /** Shared by the attempts of one bump, so a shallow history is deepened at most once. */
  history: { deepened: boolean };
  logger: Logger;
}

async function attemptBump(git: GitRunner, dir: string, options: BumpOptions, ctx: AttemptContext): Promise<Attempt> {
  const prMode = options.mode === 'pull-request';
  await fetchBranch(git, ctx.base, ctx.first ? ctx.depth : undefined);
  const botHead = prMode ? await remoteHead(git, ctx.bot) : undefined;
  if (botHead) await git(['fetch', '-q', '--no-tags', '--depth', '1', 'origin', `+refs/heads/${ctx.bot}:refs/remotes/origin/${ctx.bot}`]);
  await git(['checkout', '-q', '-f', '-B', 'bump', `refs/remotes/origin/${ctx.base}`]);

  const incoming = incomingRecord(options);
  const pending = botHead ? await bumpAt(git, `refs/remotes/origin/${ctx.bot}`, incoming) : undefined;
  const landed = await newestLandedBump(git, incoming, ctx);
  for (const [where, record] of [['pending pull request', pending], [ctx.base, landed]] as const) {
    if (record && compareBumps(incoming, record) === 'older') {
      return done('skipped', `a newer image (${describe(record)}) already ${where === ctx.base ? `landed on ${ctx.base}` : 'waits in the pull request'}; this run's ${describe(incoming)} is older`);
    }
  }

  const changes = await applyEdits(dir, options, ctx.logger);
  if (options.expectedCurrent !== undefined) {
    const unexpected = changes.find((c) => !valueMatches(c.old, options.expectedCurrent!));
    if (unexpected) return done('skipped', `${unexpected.file}:${unexpected.line} holds ${unexpected.old}, not the expected-current ${options.expectedCurrent}`);
  }
  if (changes.length === 0) return done('noop', `every target already holds ${describe(incoming)}`);
  const files = [...new Set(changes.map((c) => c.file))];
  const diff = await git(['diff', '--no-color', '--no-ext-diff', 'HEAD']);
  verifyOnlyTargetsChanged(diff, files);
  if (options.dryRun) return { kind: 'done', result: { result: 'dry-run', changes, diff } };

  // Each git process counts when many jobs race for the branch, hence commit with a pathspec
  // instead of add + commit, and no rev-parse until the push went through.
  await git(['commit', '-q', '--no-verify', '-F', '-', '--', ...files], { input: commitMessage(options, incoming, changes) });
  if (pending && compareBumps(incoming, pending) === 'same' && (await treeOf(git, `refs/remotes/origin/${ctx.bot}`)) === (await treeOf(git, 'bump'))) {
    const pr = await openOrUpdatePullRequest(options, ctx, incoming, changes);
    return { kind: 'done', result: { result: 'noop', commitSha: botHead!, prUrl: pr.url, changes: [], diff: '', reason: 'the pull request already carries this image on the current base' } };
  }

  // The lease names the bot branch head this attempt saw (empty: must not exist yet), so a
  // concurrent run's update is never overwritten; the base branch is only ever fast-forwarded.
  const pushArgs = prMode
    ? ['push', '--porcelain', `--force-with-lease=refs/heads/${ctx.bot}:${botHead ?? ''}`, 'origin', `HEAD:refs/heads/${ctx.bot}`]
    : ['push', '--porcelain', 'origin', `HEAD:refs/heads/${ctx.base}`];
  const pushed = await git(pushArgs, { allowFailure: true });
  if (pushed.code !== 0) {
    const rejection = pushRejection(`${pushed.stdout}\n${pushed.output}`);
    if (rejection) return { kind: 'retry', why: rejection };
    throw new GitError(pushArgs, pushed.code, pushed.output);
  }
  const sha = (await git(['rev-parse', 'HEAD'])).trim();
  if (!prMode) return { kind: 'done', result: { result: 'pushed', commitSha: sha, changes, diff } };
  const pr = await openOrUpdatePullRequest(options, ctx, incoming, changes);
  return { kind: 'done', result: { result: pr.created ? 'pr-opened' : 'pr-updated', commitSha: sha, prUrl: pr.url, changes, diff } };

  function done(result: 'skipped' | 'noop', reason: string): Attempt {
    return { kind: 'done', result: { result, reason, changes: [], diff: '' } };
  }
}

function incomingRecord(options: BumpOptions): BumpRecord {
  return {
    image: options.image.name,
    environment: options.environment,
    service: options.service,
    ...(options.image.tag !== undefined ? { tag: options.image.tag } : {}),
    ...(options.image.digest !== undefined ? { digest: options.image.digest } : {}),
    ...(options.created !== undefined ? { created: options.created } : {}),
    ...(options.source?.repository ? { sourceRepository: options.source.repository } : {}),
    ...(options.source?.commit ? { sourceCommit: options.source.commit } : {}),
    ...(options.source?.runUrl ? { runUrl: options.source.runUrl } : {}),
  };
}

const OPTION_NAMES: Record<keyof BumpRecord, string> = {
  image: 'image.name',
  tag: 'image.tag',
  digest: 'image.digest',
  created: 'created',
  environment: 'environment',
  service: 'service',
  sourceRepository: 'source.repository',
  sourceCommit: 'source.commit',
  runUrl: 'source.runUrl',
};

/** The author lands in every commit header, so it is held to the same single-line rule as the trailers. */
function checkAuthor(author: BumpOptions['author']): void {
  for (const [field, value] of [['author.name', author.name], ['author.email', author.email]] as const) {
    const problem = value === '' ? 'is empty' : (singleLineProblem(value, 256) ?? (/[<>]/.test(value) ? 'contains "<" or ">"' : undefined));
    if (problem) throw new ActionError(`${field} ${problem} (${JSON.stringify(value.slice(0, 80))})`, 'pass a single-line name and e-mail address');
  }
}

function checkedPath(file: string): string {
  try {
    return normaliseRepoPath(file);
  } catch (error) {
    if (error instanceof PathEscapeError) throw new ActionError(error.message, 'name files relative to the config repository root, without ".." or a leading "/"', { cause: error });
    throw error;
  }
}

async function defaultBranch(git: GitRunner): Promise<string> {
  const out = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
  const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out);
  if (!match) throw new ActionError('the config repository does not advertise a default branch (is it empty?)', 'set the branch input, or push a first commit to the repository');
  return match[1]!;
}

async function remoteHead(git: GitRunner, branch: string): Promise<string | undefined> {
  const out = await git(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  return out.split('\t')[0]?.trim() || undefined;
}

async function fetchBranch(git: GitRunner, branch: string, depth: number | undefined): Promise<void> {
  const args = ['fetch', '-q', '--no-tags', ...(depth !== undefined ? ['--depth', String(depth)] : []), 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`];
  const result = await git(args, { allowFailure: true });
  if (result.code === 0) return;
  if (/couldn't find remote ref/i.test(result.output)) {
    throw new ActionError(`branch "${branch}" does not exist in the config repository`, 'set the branch input to an existing branch (or leave it empty for the default branch)');
  }
  throw new GitError(args, result.code, result.output);
}

async function bumpAt(git: GitRunner, rev: string, incoming: BumpRecord): Promise<BumpRecord | undefined> {
  return recordFor(await git(['log', '-1', '--format=%B', rev]), incoming);
}

function recordFor(message: string, incoming: BumpRecord): BumpRecord | undefined {
  return readBumpRecords(message).find((record) => record.image === incoming.image && record.environment === incoming.environment);
}

async function newestLandedBump(git: GitRunner, incoming: BumpRecord, ctx: AttemptContext): Promise<BumpRecord | undefined> {
  const search = async () => {
    const out = await git([
      'log', '-z', '--format=%B', '--all-match',
      `--grep=^Image: ${escapeRegex(incoming.image)}$`, `--grep=^Environment: ${escapeRegex(incoming.environment)}$`, 'HEAD',
    ]);
    for (const message of out.split('\0')) {
      const record = recordFor(message, incoming);
      if (record) return record;
    }
    return undefined;
  };
  const found = await search();
  if (found || ctx.history.deepened) return found;
  ctx.history.deepened = true;
  if ((await git(['rev-parse', '--is-shallow-repository'])).trim() !== 'true') return undefined;
  await git(['fetch', '-q', '--no-tags', `--deepen=${ctx.depth * 10}`, 'origin', `+refs/heads/${ctx.base}:refs/remotes/origin/${ctx.base}`]);
  return search();
}

async function applyEdits(dir: string, options: BumpOptions, logger: Logger): Promise<Change[]> {
  const byFile = new Map<string, TargetSpec[]>();
  for (const target of options.targets) byFile.set(target.file, [...(byFile.get(target.file) ?? []), target]);
  const edited: { path: string; text: string }[] = [];
  const changes: Change[] = [];
  // Every file is edited in memory first; nothing is written until all targets succeeded.
  for (const [file, specs] of byFile) {
    const path = await resolveTarget(dir, file);
    const original = await readFile(path, 'utf8');
    let text = original;
    for (const spec of specs) {
      // The editor's errors (invalid YAML at file:line, no target for the image) already say what to fix.
      const edit = editImage(text, spec, options.image, options.pin);
      for (const note of edit.notes) logger.info(`${file}: ${note}`);
      text = edit.text;
      changes.push(...edit.changes.map((c) => ({ ...c, file })));
    }
    if (text !== original) edited.push({ path, text });
  }
  for (const { path, text } of edited) await writeFile(path, text);
  return changes;
}

async function resolveTarget(dir: string, file: string): Promise<string> {
  try {
    return await resolveInsideRepo(dir, file);
  } catch (error) {
    if (error instanceof PathEscapeError) throw new ActionError(error.message, 'point the target at the real file inside the config repository', { cause: error });
    if (error instanceof MissingTargetFileError) throw new ActionError(error.message, 'check the targets input: paths are relative to the config repository root and case-sensitive', { cause: error });
    throw error;
  }
}

/** The editor promises to touch only the targets; this checks it against the diff git computed. */
function verifyOnlyTargetsChanged(diff: string, files: string[]): void {
  const allowed = new Set(files.map((f) => `diff --git a/${f} b/${f}`));
  const stray = diff.split('\n').filter((line) => line.startsWith('diff --git ') && !allowed.has(line));
  if (stray.length > 0) throw new Error(`bumpImage: files outside the targets changed: ${stray.join(', ')}`);
}

function messageValues(options: BumpOptions, incoming: BumpRecord, changes: Change[]): MessageValues {
  return {
    service: options.service,
    environment: options.environment,
    image: options.image.name,
    old: [...new Set(changes.map((c) => c.old))].join(', '),
    new: describe(incoming),
    tag: options.image.tag ?? '',
    digest: options.image.digest ?? '',
    'source-repository': options.source?.repository ?? '',
    'source-commit': options.source?.commit ?? '',
    'run-url': options.source?.runUrl ?? '',
  };
}

function commitMessage(options: BumpOptions, incoming: BumpRecord, changes: Change[]): string {
  return bumpCommitMessage(options.commitMessage, messageValues(options, incoming, changes), [incoming]);
}

async function openOrUpdatePullRequest(options: BumpOptions, ctx: AttemptContext, incoming: BumpRecord, changes: Change[]) {
  const pr = options.pullRequest!;
  const rows = changes.map((c) => `| \`${c.file}\` | \`${c.path}\` | \`${c.old}\` | \`${c.new}\` |`);
  const body = [
    `Bumps **${options.service}** in **${options.environment}** to \`${describe(incoming)}\`.`,
    '',
    ...(rows.length > 0 ? ['| File | Path | Old | New |', '| --- | --- | --- | --- |', ...rows, ''] : []),
    ...(options.source?.runUrl ? [`Run: ${options.source.runUrl}`] : []),
    'This branch is rewritten by service-pipeline on every bump; do not push to it.',
  ].join('\n');
  const title = renderCommitMessage(options.commitMessage ?? DEFAULT_COMMIT_MESSAGE, {
    ...messageValues(options, incoming, []),
    'source-repository': '',
    'source-commit': '',
    'run-url': '',
  }).split('\n')[0]!;
  return upsertPullRequest(pr.client, { owner: pr.owner, repo: pr.repo, head: ctx.bot, base: ctx.base, title, body, labels: pr.labels, reviewers: pr.reviewers });
}

async function treeOf(git: GitRunner, rev: string): Promise<string> {
  return (await git(['rev-parse', `${rev}^{tree}`])).trim();
}

/** `--porcelain` marks a ref git refused as `!`; these are the refusals a re-fetch can cure. */
function pushRejection(output: string): string | undefined {
  const line = output.split('\n').find((l) => l.startsWith('!\t') || /\[(remote )?rejected\]/.test(l));
  if (!line) return undefined;
  if (/non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|failed to lock|incorrect old value/i.test(output)) {
    return line.replace(/^!\t/, '').trim();
  }
  return undefined;
}

function valueMatches(current: string, expected: string): boolean {
  return current === expected || current.endsWith(`:${expected}`) || current.endsWith(`@${expected}`) || current.includes(`:${expected}@`);
}

function describe(record: Pick<BumpRecord, 'tag' | 'digest'>): string {
  if (record.tag && record.digest) return `${record.tag}@${record.digest.slice(0, 19)}`;
  return record.tag ?? record.digest ?? '?';
}

// git log --grep speaks POSIX basic regular expressions, where only these are special.
function escapeRegex(text: string): string {
  return text.replace(/[.*[\]^$\\]/g, '\\$&');
}

const AUTH_FAILURE = /Authentication failed|could not read Username|terminal prompts disabled|HTTP 401|HTTP 403|returned error: 40[13]|Permission denied \(publickey|Host key verification failed|access denied|Write access to repository not granted/i;

function explainGitError(error: unknown, options: BumpOptions, redact: (text: string) => string): unknown {
  if (!(error instanceof GitError)) return error;
  const repo = redact(options.remote);
  if (AUTH_FAILURE.test(error.output)) {
    const fix = options.credentials?.sshKey
      ? 'the deploy key was refused: add its public key to the config repository as a deploy key with write access'
      : 'the token was refused: pass a token with contents: write on the config repository (the job\'s GITHUB_TOKEN cannot write to other repositories; use a GitHub App token or a fine-grained PAT)';
    return new ActionError(`git could not authenticate to ${repo} (${error.args[0]})`, fix, { cause: error });
  }
  if (/not found|does not appear to be a git repository|Could not resolve host|Connection refused/i.test(error.output)) {
    return new ActionError(`git could not reach ${repo}: ${error.output.trim().split('\n').pop()}`, 'check the repository input (owner/name or a git URL) and that the token can see the repository', { cause: error });
  }
  return new ActionError(error.message, 'see the git output above; nothing was pushed', { cause: error });
}
