import { ActionError, type Logger, silentLogger } from '@service-pipeline/action-kit';
import type { GitHubClient } from '@service-pipeline/action-kit/github';
import { sleep } from '@service-pipeline/action-kit/retry';
import { type Change, checkNewImage, type NewImage, type Pin, type TargetSpec } from '../edit/index.js';
import { type ImageChange, TargetEditor } from './bump-files.js';
import { chainQueued, QUEUE_TTL_MS, queueLeader, queueRef, sameMessage } from './bump-queue.js';
import { type BumpRecord, checkBumpRecord, compareBumps, compareSemver, readBumpRecords, singleLineProblem } from './bump-record.js';
import { bumpCommitMessage, DEFAULT_COMMIT_MESSAGE, type MessageValues, renderCommitMessage } from './commit-message.js';
import { type ConfigRepoTransport, type QueuedBump, recordKey } from './config-repo.js';
import { unifiedDiff } from './file-diff.js';
import type { GitCredentials } from './git-auth.js';
import { GitError } from './git-command.js';
import { gitTransport } from './git-transport.js';
import { githubTransport } from './github-transport.js';
import { upsertPullRequest } from './pull-request.js';
import { checkedRepoPath } from './repo-paths.js';
import { type EditValidation, validateEdits } from './validate-edits.js';

export type BumpMode = 'push' | 'pull-request';
export type BumpOutcome = 'pushed' | 'pr-opened' | 'pr-updated' | 'noop' | 'skipped' | 'dry-run';

/** One image of a bump, with what its ordering record says about it. */
export interface ImageBump {
  /** `name` is the image without tag/digest, as the targets reference it. */
  image: NewImage;
  service: string;
  /** RFC 3339 build time of the image; orders concurrent and late runs. */
  created?: string;
  /** The tag, digest or reference that must be deployed now; anything else makes the bump `skipped`. */
  expectedCurrent?: string;
  source?: { repository?: string; commit?: string; runUrl?: string };
}

interface CommonOptions {
  /** A git URL (https://, ssh://, git@host:path, file://) or an absolute path to a repository. */
  remote: string;
  /** Branch to bump (push mode) or to open the pull request against. Default: the remote's default branch. */
  branch?: string;
  credentials?: GitCredentials;
  /**
   * Commit through GitHub's Git Data API (blob, tree, commit, then a non-forced ref update):
   * no clone at all. Push mode only; `remote` is then only named in messages.
   */
  githubApi?: { client: GitHubClient; owner: string; repo: string };
  targets: TargetSpec[];
  pin: Pin;
  environment: string;
  /** `{placeholder}` template, see commit-message.ts. */
  commitMessage?: string;
  author: { name: string; email: string };
  mode: BumpMode;
  pullRequest?: { client: GitHubClient; owner: string; repo: string; labels: string[]; reviewers: string[] };
  dryRun?: boolean;
  /** Push attempts in total, including the first. */
  maxAttempts: number;
  /** Commits fetched to find the last bump of each image; deepened once (x10) when that is not enough. */
  historyDepth?: number;
  /** config-validate's checks on the edited files: a finding the edit brings in at or above `failOn` commits nothing. */
  validate?: EditValidation;
  /**
   * Push mode: a refused bump queues its commit (`refs/service-pipeline/queue/<branch>/…`) for
   * the next bump of the branch to land, and every later attempt lands the queued bumps of others
   * that are still exactly what a bump of their images writes, in one push (bump-queue.ts).
   */
  batch?: boolean;
  logger?: Logger;
}

export interface BumpOptions extends CommonOptions, ImageBump {}

export interface BumpImagesOptions extends CommonOptions {
  /** Bumped together in one commit, each with its own ordering record and guard. */
  images: ImageBump[];
  /** Names the pull-request branch `service-pipeline/<environment>/<group>`. Default: the service of the first image. */
  group?: string;
}

export interface ImageResult {
  image: string;
  service: string;
  /** `changed`: written in the commit; `noop`: every target already holds it; `skipped`: refused by its guard. */
  result: 'changed' | 'noop' | 'skipped';
  reason?: string;
  changes: Change[];
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
  images: ImageResult[];
  /** What the user should know: keys not written, ordering that could not be checked, decisions of the editor. */
  notes: string[];
}

// A refused update means other jobs are landing commits on the same branch; how many is unknown.
// The refused attempt's length is what one landing costs right now (the first, while everybody
// starts together, is long; later ones only fetch the new commits, re-edit changed files and
// update), so the retry spreads over CONTENDERS such lengths (full jitter), growing 1.5x with
// every refusal. Sizing every wait by the first attempt instead kept waits of seconds for
// retries of 0.1 s (figures in BENCHMARKS.md).
const CONTENDERS = 4;
const MAX_DELAY_MS = 15_000;

/** The wait before the next attempt, after `attempt` refused ones, the last of which took `refusedMs`. */
function contentionDelay(refusedMs: number, attempt: number): number {
  return Math.round(Math.random() * Math.min(MAX_DELAY_MS, Math.max(20, refusedMs) * CONTENDERS * 1.5 ** (attempt - 1)));
}

// A queued run checks back at about a quarter of the length of its refused attempt (what a landing of
// the queue costs, give or take), a little later each time: soon enough to land or to see its
// bump landed without delay, seldom enough that the checks of many runs do not slow the landing.
function queueDelay(refusedMs: number, waits: number): number {
  return Math.round((0.5 + Math.random()) * Math.min(500, Math.max(50, refusedMs / 4)) * 1.1 ** Math.min(waits, 15));
}

/** `service-pipeline/<environment>/<service>`: one bot branch, and so one pull request, per service and environment. */
export function pullRequestBranch(environment: string, service: string): string {
  return `service-pipeline/${environment}/${service}`;
}

/** One image: see bumpImages. */
export async function bumpImage(options: BumpOptions): Promise<BumpResult> {
  const { image, service, created, expectedCurrent, source, ...common } = options;
  const one: ImageBump = {
    image,
    service,
    ...(created !== undefined ? { created } : {}),
    ...(expectedCurrent !== undefined ? { expectedCurrent } : {}),
    ...(source ? { source } : {}),
  };
  return runBump({ ...common, images: [one], group: service }, (field) => OPTION_NAMES[field]);
}

/**
 * One bump as a compare-and-swap transaction on the branch: read the tip, check each image
 * against the newest landed bump of it (out-of-order protection) and its expected-current value,
 * edit the targets byte-exactly in memory, commit with one trailer record per image, and move
 * the branch only if it still points at the tip that was read. When another writer was first,
 * fetch the new tip and re-apply the edit (cached per unchanged file), with jittered exponential
 * backoff, up to `maxAttempts`. The images land together or not at all: when one is refused by
 * its guard, nothing is committed. Pull-request mode writes a bot branch (under a lease on its
 * tip) and opens or updates its pull request.
 */
export async function bumpImages(options: BumpImagesOptions): Promise<BumpResult> {
  return runBump(options, (field, index) => `images[${index}].${OPTION_NAMES[field]}`);
}

type Label = (field: keyof BumpRecord, index: number) => string;

/**
 * Decides the images once the branch tip is known (promotion reads them from another
 * environment's files); runs before the first attempt, on the same transport.
 */
export type ImageResolver = (transport: ConfigRepoTransport, tip: string, depth: number) => Promise<{ images: ImageBump[]; pin: Pin; notes: string[] }>;

export async function runBump(options: BumpImagesOptions, label: Label, resolve?: ImageResolver): Promise<BumpResult> {
  const logger = options.logger ?? silentLogger;
  const targets = options.targets.map((t) => ({ ...t, file: checkedRepoPath(t.file) }));
  if (options.validate?.policyDir !== undefined)
    options = { ...options, validate: { ...options.validate, policyDir: checkedRepoPath(options.validate.policyDir) } };
  // Every value that lands in history is checked before the remote is touched.
  let records = resolve ? [] : checkImages(options, label);
  checkAuthor(options.author);
  if (options.mode === 'pull-request' && options.batch) throw new Error('bumpImages: batch is for push mode (each pull request has its own branch)');
  if (options.mode === 'pull-request' && !options.pullRequest) throw new Error('bumpImages: pull-request mode needs options.pullRequest');
  if (options.mode === 'pull-request' && options.githubApi)
    throw new Error('bumpImages: pull-request mode goes through git (its lease has no Git Data API equivalent)');

  const transport = options.githubApi ? githubTransport(options.githubApi, options.remote) : await gitTransport(options.remote, options.credentials);
  try {
    const base = options.branch ?? (await transport.defaultBranch());
    const depth = options.historyDepth ?? 50;
    let settled = options;
    const resolvedNotes: string[] = [];
    if (resolve) {
      const tip = await transport.fetchBranch(base, depth);
      if (!tip) throw missingBranch(base);
      const resolved = await resolve(transport, tip, depth);
      settled = { ...options, images: resolved.images, pin: resolved.pin };
      resolvedNotes.push(...resolved.notes);
      records = checkImages(settled, label);
    }
    const bot = options.mode === 'pull-request' ? pullRequestBranch(options.environment, options.group ?? settled.images[0]!.service) : base;
    const run: Run = {
      options: { ...settled, targets },
      transport,
      records,
      editor: new TargetEditor(
        transport,
        targets,
        settled.images.map((i) => i.image),
        settled.pin,
      ),
      base,
      bot,
      depth,
      logger,
    };
    try {
      // `attempt` counts updates of the branch tried; batch mode's waits for the queue to land are not attempts.
      for (let attempt = 1, waits = 0, took = 0; ; ) {
        const started = Date.now();
        const outcome = await attemptBump(run, attempt === 1 && waits === 0 && !resolve);
        if (outcome.kind === 'done') return { ...outcome.result, notes: [...resolvedNotes, ...outcome.result.notes], branch: bot, attempts: attempt };
        if (outcome.kind === 'wait') {
          await sleep(queueDelay(took, ++waits));
          continue;
        }
        took = Date.now() - started;
        if (options.batch && outcome.prepared && !run.queued) {
          const ref = queueRef(base);
          await transport.queue(ref, outcome.prepared.commit);
          run.queued = { ref, ...outcome.prepared };
        }
        await backOff(run, outcome.why, attempt++, took);
      }
    } finally {
      if (run.queued) await unqueue(run);
    }
  } catch (error) {
    throw explainGitError(error, transport.label, Boolean(options.credentials?.sshKey));
  } finally {
    await transport.dispose();
  }
}

/** Fails after the last attempt, else waits before the next one. */
async function backOff(run: Run, why: string, attempt: number, took: number): Promise<void> {
  const { options, bot } = run;
  if (attempt >= options.maxAttempts) {
    throw new ActionError(
      `the update of ${bot} was refused ${attempt} times (${why})`,
      'other jobs keep updating the config repository at the same moment: raise max-attempts, or serialise the jobs with a `concurrency:` group (when they are bumps too, batch: true lands them together)',
    );
  }
  const delay = run.queued ? queueDelay(took, 0) : contentionDelay(took, attempt);
  const queued = run.queued ? `queued as ${run.queued.ref} for the next bump to land; ` : '';
  run.logger.info(
    `update of ${bot} refused after ${took} ms (${why}); ${queued}re-applying the edit on the new tip in ${delay} ms (attempt ${attempt + 1} of ${options.maxAttempts})`,
  );
  await sleep(delay);
}

/** Takes this run's queued bump back, only while it still names the published commit (a landing deletes it). */
async function unqueue(run: Run): Promise<void> {
  try {
    await run.transport.unqueue(run.queued!);
  } catch (error) {
    run.logger.info(
      `could not delete ${run.queued!.ref} (${(error as Error).message.split('\n')[0]}); the next bump of the branch deletes it after ${QUEUE_TTL_MS / 60_000} minutes`,
    );
  }
}

function missingBranch(branch: string): ActionError {
  return new ActionError(
    `branch "${branch}" does not exist in the config repository`,
    'set the branch input to an existing branch (or leave it empty for the default branch)',
  );
}

interface Run {
  options: BumpImagesOptions;
  transport: ConfigRepoTransport;
  /** The incoming record of each image, in `options.images` order. */
  records: BumpRecord[];
  editor: TargetEditor;
  base: string;
  bot: string;
  depth: number;
  logger: Logger;
  /** The newest landed record per key as of `landedAt`, so a retry reads only the commits after it. */
  landed?: Map<string, BumpRecord>;
  landedAt?: string;
  /** Batch mode: this run's refused commit, queued for other bumps to land (until it lands or the run ends). */
  queued?: QueuedBump & Prepared;
}

/** A bump commit made and refused: what the run reports if another bump lands it. */
interface Prepared {
  commit: string;
  message: string;
  result: Omit<BumpResult, 'attempts' | 'branch'>;
}

type Attempt =
  | { kind: 'done'; result: Omit<BumpResult, 'attempts' | 'branch'> }
  | { kind: 'retry'; why: string; prepared?: Prepared }
  /** Batch mode: another queued run lands the queue, this run's bump with it. */
  | { kind: 'wait' };

async function attemptBump(run: Run, first: boolean): Promise<Attempt> {
  const { options, transport, records } = run;
  const prMode = options.mode === 'pull-request';
  // Queued behind an older queued bump, whose run lands the queue: list the queue only, and wait.
  if (run.queued && waitsInQueue(run, await transport.listQueued(run.base))) return { kind: 'wait' };
  const depth = first ? run.depth : undefined;
  const { tip, queued } = options.batch ? await transport.fetchQueued(run.base, depth) : { tip: await transport.fetchBranch(run.base, depth), queued: [] };
  if (!tip) throw missingBranch(run.base);
  const botTip = prMode ? await transport.fetchBranch(run.bot, 1) : undefined;
  if (run.queued) {
    const landedBy = await landedQueued(run, tip, isQueued(run.queued, queued));
    if (landedBy) return landedBy;
  }
  // Batch mode: the queued bumps of others that can land as they are go first, on the tip.
  const chain =
    queued.length > 0 && !options.dryRun
      ? await chainQueued(transport, tip, queued, { own: run.queued?.ref, committer: options.author, depth: run.depth })
      : undefined;
  for (const left of chain?.left ?? []) run.logger.info(`left ${left.ref} for its own run: ${left.why}`);
  const head = chain?.tip ?? tip;

  const landed = new Map(await landedRecords(run, tip));
  for (const record of chain?.records ?? []) landed.set(recordKey(record), record);
  const pending = botTip ? readBumpRecords((await transport.readCommit(botTip)).message) : [];
  const notes: string[] = [];
  const results: ImageResult[] = options.images.map((bump, index) => {
    const incoming = records[index]!;
    const key = recordKey(incoming);
    const result: ImageResult = { image: bump.image.name, service: bump.service, result: 'noop', changes: [] };
    for (const [where, record] of [
      ['waits in the pull request', pending.find((r) => recordKey(r) === key)],
      [`landed on ${run.base}`, landed.get(key)],
    ] as const) {
      const order = record ? compareBumps(incoming, record) : undefined;
      if (order === 'older')
        return {
          ...result,
          result: 'skipped',
          reason: `a newer image of ${bump.image.name} (${describe(record!)}) already ${where}; this run's ${describe(incoming)} is older`,
        };
      if (order === 'unordered')
        notes.push(
          `the order of ${bump.image.name} ${describe(incoming)} against ${describe(record!)}, which ${where}, could not be checked (no image-created on both, and not both semantic versions); pass image-created so a late run cannot replace a newer image`,
        );
    }
    if (incoming.created === undefined && compareSemver(incoming.tag, '0.0.0') === undefined && !landed.has(key)) {
      notes.push(
        `later runs cannot be ordered against ${bump.image.name} ${describe(incoming)}: it has no image-created and its tag is not a semantic version; pass image-created`,
      );
    }
    return result;
  });
  if (results.some((r) => r.result === 'skipped')) return skippedAll(results, notes);

  const edited = await run.editor.edit(head);
  notes.push(...edited.notes);
  for (const [index, bump] of options.images.entries()) {
    const result = results[index]!;
    const changes = edited.changes.filter((c) => c.image === bump.image.name);
    result.changes = changes.map(withoutImage);
    if (changes.length > 0) result.result = 'changed';
    const unexpected = bump.expectedCurrent !== undefined ? changes.find((c) => !valueMatches(c.old, bump.expectedCurrent!)) : undefined;
    if (unexpected)
      Object.assign(result, {
        result: 'skipped',
        reason: `${unexpected.file}:${unexpected.line} holds ${unexpected.old}, not the expected-current ${bump.expectedCurrent}`,
        changes: [],
      });
  }
  if (results.some((r) => r.result === 'skipped')) return skippedAll(results, notes);
  const changes = edited.changes.map(withoutImage);
  if (changes.length === 0) return done('noop', `every target already holds ${results.map((_r, i) => describeImage(options, i)).join(', ')}`);
  const diff = unifiedDiff(edited.texts);
  if (options.validate) notes.push(...(await validateEdits(options.validate, edited.texts, await transport.tree(head), (shas) => transport.readBlobs(shas))));
  if (options.dryRun) return { kind: 'done', result: { result: 'dry-run', changes, diff, images: results, notes } };

  // The record and the message name what the targets deploy: a digest no target carries is left out.
  const changed = records
    .filter((_, index) => results[index]!.result === 'changed')
    .map((record) => {
      const carries = edited.carries.get(record.image);
      const { tag, digest, ...rest } = record;
      return {
        ...rest,
        ...(tag !== undefined && carries?.tag ? { tag } : {}),
        ...(digest !== undefined && (carries?.digest || !carries?.tag) ? { digest } : {}),
      };
    });
  const message = bumpCommitMessage(options.commitMessage, messageValues(options, changed, edited.changes), changed);
  const commit = await transport.createCommit(head, edited.writes, message, options.author);
  if (botTip && changed.every((record) => pending.some((p) => recordKey(p) === recordKey(record) && compareBumps(record, p) === 'same'))) {
    const [ours, theirs] = await Promise.all([transport.readCommit(commit), transport.readCommit(botTip)]);
    if (ours.tree === theirs.tree && theirs.parents[0] === tip) {
      const pr = await openOrUpdatePullRequest(run, changed, []);
      return {
        kind: 'done',
        result: {
          result: 'noop',
          commitSha: botTip,
          prUrl: pr.url,
          changes: [],
          diff: '',
          reason: 'the pull request already carries this image on the current base',
          images: results,
          notes,
        },
      };
    }
  }

  const drop = [...(chain?.drop ?? []), ...(run.queued ? [run.queued] : [])];
  const update = await transport.updateBranch(
    prMode ? run.bot : run.base,
    commit,
    prMode ? { kind: 'lease', from: botTip } : { kind: 'fast-forward', from: tip, ...(drop.length > 0 ? { drop } : {}) },
  );
  const pushed = { result: 'pushed' as const, commitSha: commit, changes, diff, images: results, notes };
  if (update === 'stale')
    return {
      kind: 'retry',
      why: `${prMode ? run.bot : run.base} moved since ${(prMode ? botTip : tip)?.slice(0, 12) ?? 'it was read'}`,
      // What is queued is this run's edit alone, on the branch tip it read.
      ...(!prMode && head === tip ? { prepared: { commit, message, result: pushed } } : {}),
    };
  if (!prMode) {
    run.queued = undefined;
    if (chain?.copied) notes.push(`landed in one push with ${chain.copied} queued bump(s) of other runs`);
    return { kind: 'done', result: pushed };
  }
  const pr = await openOrUpdatePullRequest(run, changed, changes);
  return { kind: 'done', result: { result: pr.created ? 'pr-opened' : 'pr-updated', commitSha: commit, prUrl: pr.url, changes, diff, images: results, notes } };

  function done(result: 'noop', reason: string): Attempt {
    return { kind: 'done', result: { result, reason, changes: [], diff: '', images: results, notes } };
  }
}

function isQueued(own: QueuedBump, queued: readonly QueuedBump[]): boolean {
  return queued.some((q) => q.ref === own.ref && q.commit === own.commit);
}

/** Whether this run's bump is still queued behind an older one (a landing deletes it, on git in the same push). */
function waitsInQueue(run: Run, queued: readonly QueuedBump[]): boolean {
  const leader = queueLeader(queued);
  return isQueued(run.queued!, queued) && leader !== undefined && leader.ref < run.queued!.ref;
}

/** Batch mode: whether another run landed this run's queued bump (its message is in the history since it was made). */
async function landedQueued(run: Run, tip: string, stillQueued: boolean): Promise<Attempt | undefined> {
  const own = run.queued!;
  // Gone from the queue: landed, or deleted unlanded (expired), when this run goes on alone.
  if (!stillQueued) run.queued = undefined;
  const base = (await run.transport.readCommit(own.commit)).parents[0];
  const history = await run.transport.history(tip, run.depth * 10, new Set(base ? [base] : []));
  const at = history.findIndex((c) => c.sha === base);
  const landed = history.slice(0, Math.max(at, 0)).find((c) => sameMessage(c.message, own.message));
  if (!landed) return undefined;
  const notes = [...own.result.notes, `landed by another run's push, with its own bump, as ${landed.sha.slice(0, 12)}`];
  return { kind: 'done', result: { ...own.result, commitSha: landed.sha, notes } };
}

function skippedAll(results: ImageResult[], notes: string[]): Attempt {
  const reasons = results.filter((r) => r.result === 'skipped').map((r) => r.reason!);
  const others = results.length > reasons.length ? ' (the images are bumped together, so none was written)' : '';
  return {
    kind: 'done',
    result: {
      result: 'skipped',
      reason: `${reasons.join('; ')}${others}`,
      changes: [],
      diff: '',
      images: results.map((r) => (r.result === 'skipped' ? r : { ...r, changes: [] })),
      notes,
    },
  };
}

/** The newest landed record per image; a retry reads only the commits after the previous tip. */
async function landedRecords(run: Run, tip: string): Promise<Map<string, BumpRecord>> {
  if (run.landed && run.landedAt === tip) return run.landed;
  const keys = run.records.map((r) => ({ image: r.image, environment: r.environment }));
  const found = await run.transport.findRecords(tip, keys, run.landed && run.landedAt ? { depth: run.depth, since: run.landedAt } : { depth: run.depth });
  run.landed = new Map([...(run.landed ?? []), ...found]);
  run.landedAt = tip;
  return run.landed;
}

function withoutImage({ image: _image, ...change }: ImageChange): Change {
  return change;
}

function incomingRecord(bump: ImageBump, environment: string): BumpRecord {
  return {
    image: bump.image.name,
    environment,
    service: bump.service,
    ...(bump.image.tag !== undefined ? { tag: bump.image.tag } : {}),
    ...(bump.image.digest !== undefined ? { digest: bump.image.digest } : {}),
    ...(bump.created !== undefined ? { created: bump.created } : {}),
    ...(bump.source?.repository ? { sourceRepository: bump.source.repository } : {}),
    ...(bump.source?.commit ? { sourceCommit: bump.source.commit } : {}),
    ...(bump.source?.runUrl ? { runUrl: bump.source.runUrl } : {}),
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

/** Every value that lands in history is checked before anything is fetched. */
function checkImages(options: BumpImagesOptions, label: Label): BumpRecord[] {
  if (options.images.length === 0) throw new Error('bumpImages: no image');
  const seen = new Set<string>();
  return options.images.map((bump, index) => {
    const record = incomingRecord(bump, options.environment);
    // A line break is named as such first; then the image's own rules (with their fixes); then the rest.
    checkBumpRecord(record, (field) => label(field, index), { linesOnly: true });
    try {
      checkNewImage(bump.image, options.pin);
    } catch (error) {
      if (error instanceof ActionError) throw error;
      throw new ActionError(`${label('image', index)}: ${(error as Error).message}`, 'pass the image as the push step wrote it', { cause: error });
    }
    checkBumpRecord(record, (field) => label(field, index));
    if (seen.has(bump.image.name)) throw new ActionError(`${label('image', index)} ${bump.image.name} is listed twice`, 'list each image once');
    seen.add(bump.image.name);
    return record;
  });
}

/** The author lands in every commit header, so it is held to the same single-line rule as the trailers. */
function checkAuthor(author: CommonOptions['author']): void {
  for (const [field, value] of [
    ['author.name', author.name],
    ['author.email', author.email],
  ] as const) {
    const problem = value === '' ? 'is empty' : (singleLineProblem(value, 256) ?? (/[<>]/.test(value) ? 'contains "<" or ">"' : undefined));
    if (problem) throw new ActionError(`${field} ${problem} (${JSON.stringify(value.slice(0, 80))})`, 'pass a single-line name and e-mail address');
  }
}

function messageValues(options: BumpImagesOptions, records: BumpRecord[], changes: ImageChange[]): MessageValues {
  const join = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))].join(', ');
  const single = records.length === 1;
  return {
    service: join(records.map((r) => r.service)),
    environment: options.environment,
    image: join(records.map((r) => r.image)),
    old: join(changes.map((c) => c.old)),
    new: single ? describe(records[0]!) : join(records.map((r) => `${r.service} ${describe(r)}`)),
    tag: join(records.map((r) => r.tag)),
    digest: join(records.map((r) => r.digest)),
    'source-repository': join(records.map((r) => r.sourceRepository)),
    'source-commit': join(records.map((r) => r.sourceCommit)),
    'run-url': join(records.map((r) => r.runUrl)),
  };
}

async function openOrUpdatePullRequest(run: Run, records: BumpRecord[], changes: Change[]) {
  const { options } = run;
  const pr = options.pullRequest!;
  const rows = changes.map((c) => `| \`${c.file}\` | \`${c.path}\` | \`${c.old}\` | \`${c.new}\` |`);
  const subject = records.map((r) => `**${r.service}** \`${describe(r)}\``).join(', ');
  const runUrl = [...new Set(records.map((r) => r.runUrl).filter(Boolean))];
  const body = [
    `Bumps ${subject} in **${options.environment}**.`,
    '',
    ...(rows.length > 0 ? ['| File | Path | Old | New |', '| --- | --- | --- | --- |', ...rows, ''] : []),
    ...runUrl.map((url) => `Run: ${url}`),
    'This branch is rewritten by service-pipeline on every bump; do not push to it.',
  ].join('\n');
  const title = renderCommitMessage(options.commitMessage ?? DEFAULT_COMMIT_MESSAGE, {
    ...messageValues(options, records, []),
    'source-repository': '',
    'source-commit': '',
    'run-url': '',
  }).split('\n')[0]!;
  return upsertPullRequest(pr.client, {
    owner: pr.owner,
    repo: pr.repo,
    head: run.bot,
    base: run.base,
    title,
    body,
    labels: pr.labels,
    reviewers: pr.reviewers,
  });
}

function valueMatches(current: string, expected: string): boolean {
  return current === expected || current.endsWith(`:${expected}`) || current.endsWith(`@${expected}`) || current.includes(`:${expected}@`);
}

function describe(record: Pick<BumpRecord, 'tag' | 'digest'>): string {
  if (record.tag && record.digest) return `${record.tag}@${record.digest.slice(0, 19)}`;
  return record.tag ?? record.digest ?? '?';
}

function describeImage(options: BumpImagesOptions, index: number): string {
  const bump = options.images[index]!;
  return options.images.length === 1 ? describe(bump.image) : `${bump.image.name} ${describe(bump.image)}`;
}

const AUTH_FAILURE =
  /Authentication failed|could not read Username|terminal prompts disabled|HTTP 401|HTTP 403|returned error: 40[13]|Permission denied \(publickey|Host key verification failed|access denied|Write access to repository not granted/i;

function explainGitError(error: unknown, repo: string, sshKey: boolean): unknown {
  if (!(error instanceof GitError)) return error;
  if (AUTH_FAILURE.test(error.output)) {
    const fix = sshKey
      ? 'the deploy key was refused: add its public key to the config repository as a deploy key with write access'
      : "the token was refused: pass a token with contents: write on the config repository (the job's GITHUB_TOKEN cannot write to other repositories; use a GitHub App token or a fine-grained PAT)";
    return new ActionError(`git could not authenticate to ${repo} (${error.args[0]})`, fix, { cause: error });
  }
  if (/not found|does not appear to be a git repository|Could not resolve host|Connection refused/i.test(error.output)) {
    return new ActionError(
      `git could not reach ${repo}: ${error.output.trim().split('\n').pop()}`,
      'check the repository input (owner/name or a git URL) and that the token can see the repository',
      { cause: error },
    );
  }
  return new ActionError(error.message, 'see the git output above; nothing was pushed', { cause: error });
}
