/**
 * The one decision behind every run of the service pipeline: what an event means (validate a
 * change, make a pre-release, release, promote, clean up) and so what is pushed, tagged, bumped
 * and told. Pure: every fact arrives as an argument. The reusable workflow computes it in its
 * first job and every later `if:` reads only its outputs; the CLI executes the same plan.
 */
import { computeTags, type GitContext, sanitizeTag, type TagPolicy } from '@service-pipeline/build/tags';
import { matchesBranch, type PipelineConfig, runnerFor } from './config.js';
import { PlanError } from './errors.js';
import { nextVersion, type VersionFacts, versionOfTag } from './version.js';

export const EVENTS = ['push', 'pull_request', 'merge_group', 'workflow_dispatch', 'repository_dispatch', 'schedule', 'delete'] as const;
export type EventName = (typeof EVENTS)[number];
export type PlanKind = 'validate' | 'prerelease' | 'release' | 'promote' | 'cleanup';
export type BumpMode = 'push' | 'pull-request';

/** Secrets the stages may need; `secrets` in PlanInput names those that are set. */
export const SECRETS = ['config-repo-token', 'config-repo-ssh-key', 'registry-password', 'notify-webhook-url', 'dispatch-token'] as const;
export type SecretName = (typeof SECRETS)[number];

export interface PlanInput {
  event: string;
  /** The ref the event is about: the pushed ref, `refs/pull/<n>/merge`, or for `delete` the deleted ref. */
  ref: string;
  defaultBranch: string;
  /** The commit the run is for (for pull requests: the merge commit; the head comes in `pullRequest`). */
  sha: string;
  /** Committer time of the commit built: orders bumps and makes builds reproducible. */
  commitTime: Date;
  /** `owner/repo` of the service repository. */
  repository: string;
  pullRequest?: { number: number; headSha: string; headRepository: string };
  /** workflow_dispatch inputs or repository_dispatch `action` + `client_payload`. */
  dispatch?: { action?: string; environment?: string; version?: string };
  config: PipelineConfig;
  version: VersionFacts;
  /** Names of the secrets that are set; when given, a stage that needs a missing one is an error. */
  secrets?: ReadonlySet<string>;
}

export interface Plan {
  kind: PlanKind;
  /** One line saying why, for summaries and `plan` without --json. */
  reason: string;
  event: EventName;
  ref: string;
  /** The commit built (the PR head for pull requests). */
  revision: string;
  image: string;
  /** Test, build and scan run (per platform), then the image, SBOMs and artifacts are assembled. */
  build: boolean;
  test: boolean;
  scan: boolean;
  sbom: boolean;
  /** SARIF goes to code scanning (not for forks, whose token cannot write it). */
  sarif: boolean;
  push: boolean;
  /** Tag names pushed (without the image), the immutable one first. */
  tags: string[];
  immutableTag: string;
  /** RFC 3339 commit time: the bump's ordering key. */
  imageCreated: string;
  platforms: { platform: string; runner: string }[];
  attest: boolean;
  /** The Helm chart pushed as an OCI artifact (only when the service has one and the image is pushed). */
  helm: { chart: string; repository: string } | null;
  bump: { environment: string; mode: BumpMode } | null;
  /** The semver version this run releases or promotes (without prefix). */
  version: string | null;
  /** Git tag created on the commit once everything passed (release only). */
  versionTag: string | null;
  /** Image tags added with the git tag: 1.4.0, 1.4, 1 (no floating tags for pre-releases or 0.y). */
  releaseTags: string[];
  release: boolean;
  prune: boolean;
  /**
   * Expressions (anchored) selecting the tags of a deleted branch's images: the branch tag and its
   * `<branch>-sha-<hex>` immutable tags. Images tagged with anything else are never selected.
   */
  cleanupPatterns: string[];
  notify: { summary: boolean; webhook: boolean; dispatch: string[] };
  concurrency: { group: string; cancelInProgress: boolean };
  /** Secrets the chosen stages need (`a or b` where either does). */
  requiredSecrets: string[];
}

const FIX_EVENT = `trigger the workflow on ${EVENTS.join(', ')}`;

function isEvent(name: string): name is EventName {
  return (EVENTS as readonly string[]).includes(name);
}

function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length ? ref.slice('refs/heads/'.length) : undefined;
}

function tagOf(ref: string): string | undefined {
  return ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length ? ref.slice('refs/tags/'.length) : undefined;
}

interface Decision {
  kind: PlanKind;
  reason: string;
  /** Where a push's tags come from: this event as computeTags sees it. */
  tagEvent: { eventName: string; ref: string };
  promote?: { environment: string; version: string };
  cleanupBranch?: string;
}

function promotion(input: PlanInput, environment: string | undefined, version: string | undefined, why: string): Decision {
  const { environments } = input.config;
  const [first, ...later] = environments;
  if (!environment) {
    if (later.length === 0) {
      throw new PlanError(
        `${why} starts a promotion, but environments lists only ${first ?? 'nothing'}`,
        'list the environments in promotion order (e.g. staging, production), or do not trigger on version tags',
      );
    }
    environment = later[0]!;
  }
  if (!environments.includes(environment)) {
    throw new PlanError(`promotion to "${environment}": it is not one of the environments (${environments.join(', ')})`, 'promote to one of them');
  }
  if (environment === first) {
    throw new PlanError(
      `promotion to "${environment}": every release is bumped into it directly`,
      `promote to a later environment (${later.join(', ') || 'add one to environments'})`,
    );
  }
  if (!version) throw new PlanError(`${why} names no version to promote`, 'pass the version (e.g. 1.4.0), or start the promotion from a version tag');
  const bare = version.startsWith(input.config.tagPrefix) ? version.slice(input.config.tagPrefix.length) : version;
  if (versionOfTag(bare, '') === undefined)
    throw new PlanError(
      `the version to promote, "${version}", is not semver (X.Y.Z)`,
      `pass a released version such as 1.4.0 or ${input.config.tagPrefix}1.4.0`,
    );
  return {
    kind: 'promote',
    reason: `${why}: promote ${bare} to ${environment} by pull request`,
    tagEvent: { eventName: 'push', ref: `refs/tags/${input.config.tagPrefix}${bare}` },
    promote: { environment, version: bare },
  };
}

/** What the event means, before any stage switch is applied. */
function decide(input: PlanInput, event: EventName): Decision {
  const { ref, defaultBranch, config } = input;
  const branch = branchOf(ref);
  const tag = tagOf(ref);
  const dispatchAction = input.dispatch?.action?.trim() || undefined;
  switch (event) {
    case 'pull_request':
      return {
        kind: 'validate',
        reason: 'a pull request is validated: built, scanned and described, nothing pushed',
        tagEvent: { eventName: 'pull_request', ref },
      };
    case 'merge_group':
    case 'schedule':
      return { kind: 'validate', reason: `a ${event} run is validated: built and scanned, nothing pushed`, tagEvent: { eventName: event, ref } };
    case 'delete':
      if (!branch) throw new PlanError(`delete of "${ref}": only deleted branches have images to clean up`, 'pass the deleted branch as refs/heads/<name>');
      return {
        kind: 'cleanup',
        reason: `branch ${branch} was deleted: its branch-tagged images are pruned`,
        tagEvent: { eventName: 'push', ref },
        cleanupBranch: branch,
      };
    case 'push':
    case 'workflow_dispatch':
    case 'repository_dispatch': {
      if (dispatchAction !== undefined && event !== 'push') {
        if (dispatchAction === 'promote')
          return promotion(
            input,
            input.dispatch?.environment?.trim() || undefined,
            input.dispatch?.version?.trim() || (tag ?? undefined),
            `${event} "promote"`,
          );
        if (dispatchAction !== 'build')
          throw new PlanError(`${event} action "${dispatchAction}" is unknown`, 'use build (the default: run the pipeline for the ref) or promote');
      }
      if (tag !== undefined) {
        const version = versionOfTag(tag, config.tagPrefix);
        if (version === undefined) {
          throw new PlanError(
            `tag "${tag}" is not a semver version tag (${config.tagPrefix}X.Y.Z)`,
            `push version tags such as ${config.tagPrefix}1.4.0 (or set tag-prefix), and trigger the workflow only on them`,
          );
        }
        return promotion(input, input.dispatch?.environment?.trim() || undefined, version, `version tag ${tag}`);
      }
      if (!branch) throw new PlanError(`ref "${ref}" is neither a branch nor a tag`, 'pass refs/heads/<branch> or refs/tags/<version>');
      if (branch === defaultBranch)
        return { kind: 'release', reason: `${event} to the default branch ${branch}: a release`, tagEvent: { eventName: 'push', ref } };
      if (config.featureBranches.some((glob) => matchesBranch(branch, glob))) {
        return {
          kind: 'prerelease',
          reason: `${event} to feature branch ${branch}: a pre-release tagged with the branch name`,
          tagEvent: { eventName: 'push', ref },
        };
      }
      return {
        kind: 'validate',
        reason: `${event} to ${branch}, which is not a feature branch (${config.featureBranches.join(', ')}): validated, nothing pushed`,
        tagEvent: { eventName: 'push', ref },
      };
    }
  }
}

function gitContext(input: PlanInput, tagEvent: Decision['tagEvent']): GitContext {
  return {
    eventName: tagEvent.eventName,
    ref: tagEvent.ref,
    sha: input.sha,
    defaultBranch: input.defaultBranch,
    commitTime: input.commitTime,
    repository: input.repository,
    ...(input.pullRequest && tagEvent.eventName === 'pull_request'
      ? { pullRequest: { number: input.pullRequest.number, headSha: input.pullRequest.headSha, headRef: '', baseRef: input.defaultBranch } }
      : {}),
  };
}

const TAG_POLICY: TagPolicy = { latest: 'auto', shaLength: 12, extra: [] };

/** Image tags a version gets: 1.4.0, 1.4 and 1 (only 1.4.0 for pre-releases; no floating 0). */
function versionTags(input: PlanInput, version: string): string[] {
  const computed = computeTags(gitContext(input, { eventName: 'push', ref: `refs/tags/v${version}` }), { ...TAG_POLICY, latest: 'false' });
  return computed.tags.filter((tag) => tag !== computed.immutableTag);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkSecrets(input: PlanInput, required: string[]): void {
  if (!input.secrets) return;
  const missing = required.filter((need) => !need.split(' or ').some((name) => input.secrets!.has(name)));
  if (missing.length > 0) {
    throw new PlanError(
      `the stages this run needs have no ${missing.map((m) => `secret ${m}`).join(', ')}`,
      'pass the secret(s) to the workflow under secrets:, or switch the stage off (stages input)',
    );
  }
}

export function planPipeline(input: PlanInput): Plan {
  if (!isEvent(input.event)) {
    const hint = input.event === 'pull_request_target' ? 'use pull_request: pull_request_target runs with write access on untrusted code' : FIX_EVENT;
    throw new PlanError(`event "${input.event}" is not one the pipeline plans for`, hint);
  }
  const event = input.event;
  const { config } = input;
  const stages = config.stages;
  const decision = decide(input, event);
  const { kind } = decision;
  if (kind === 'validate' && event === 'pull_request' && !input.pullRequest && !/^refs\/pull\/\d+\/(?:merge|head)$/.test(input.ref)) {
    throw new PlanError(`pull_request ref "${input.ref}" is not refs/pull/<n>/merge`, "pass the pull request's merge ref, or its number and head");
  }
  const image = config.image || `ghcr.io/${input.repository.toLowerCase()}`;
  const fork = input.pullRequest !== undefined && input.pullRequest.headRepository.toLowerCase() !== input.repository.toLowerCase();

  const builds = kind === 'validate' || kind === 'prerelease' || kind === 'release';
  const computed = computeTags(gitContext(input, decision.tagEvent), TAG_POLICY);
  // A pre-release's immutable tag carries its branch too, so a branch's images are exactly those
  // whose every tag starts with the branch name (what a clean-up deletes).
  const branchTag = computed.tags[1] ?? computed.immutableTag;
  const immutableTag = kind === 'prerelease' ? sanitizeTag(`${branchTag}-${computed.immutableTag}`) : computed.immutableTag;
  const build = builds && stages.build;
  const push = build && stages.push && (kind === 'prerelease' || kind === 'release');

  let bump: Plan['bump'] = null;
  if (kind === 'release' && stages.bump && config.environments.length > 0) bump = { environment: config.environments[0]!, mode: 'push' };
  if (kind === 'prerelease' && stages.bump && config.previewEnvironment !== '') {
    if (config.environments.includes(config.previewEnvironment)) {
      throw new PlanError(
        `${decision.reason} would bump ${config.previewEnvironment}, a release environment (${config.environments.join(', ')})`,
        'give previews an environment of their own (preview-environment), never one a release goes to',
      );
    }
    bump = { environment: config.previewEnvironment, mode: 'push' };
  }
  if (kind === 'promote' && stages.promote) bump = { environment: decision.promote!.environment, mode: 'pull-request' };
  if (bump && !push && kind !== 'promote') bump = null; // nothing new to deploy

  let version: string | null = null;
  let versionTag: string | null = null;
  let releaseTags: string[] = [];
  if (kind === 'release' && push) {
    const next = nextVersion(input.version, config.tagPrefix);
    if (next) {
      version = next.version;
      if (stages.release) {
        versionTag = `${config.tagPrefix}${next.version}`;
        releaseTags = versionTags(input, next.version);
      }
    }
  }
  if (kind === 'promote') version = decision.promote!.version;

  const helm =
    push && stages.helm && config.chart !== ''
      ? { chart: config.chart, repository: config.chartRepository || `${image.split('/').slice(0, 2).join('/')}/charts` }
      : null;
  const notifies = stages.notify && (kind === 'prerelease' || kind === 'release' || kind === 'promote');
  const plan: Plan = {
    kind,
    reason: decision.reason,
    event,
    ref: input.ref,
    revision: computed.revision,
    image,
    build,
    test: build && stages.test,
    scan: build && stages.scan,
    sbom: build && stages.sbom,
    sarif: build && stages.scan && !fork,
    push,
    tags: push ? (kind === 'prerelease' ? [immutableTag, branchTag] : computed.tags) : [],
    immutableTag,
    imageCreated: input.commitTime.toISOString(),
    platforms: build ? config.platforms.map((platform) => ({ platform, runner: runnerFor(config, platform) })) : [],
    attest: push && stages.attest,
    helm,
    bump,
    version,
    versionTag,
    releaseTags,
    release: versionTag !== null,
    prune: push && stages.prune,
    cleanupPatterns: decision.cleanupBranch !== undefined && stages.cleanup ? [`^${escapeRegExp(branchTag)}(-sha-[0-9a-f]{12})?$`] : [],
    notify: { summary: stages.notify, webhook: notifies && config.webhook, dispatch: notifies && kind === 'release' ? config.dispatchRepositories : [] },
    concurrency:
      kind === 'validate' && event === 'pull_request'
        ? { group: `pr-${input.pullRequest?.number ?? /^refs\/pull\/(\d+)\//.exec(input.ref)?.[1]}`, cancelInProgress: true }
        : { group: `${event}-${input.ref}-${computed.revision}`, cancelInProgress: false },
    requiredSecrets: [],
  };
  if (plan.bump) plan.requiredSecrets.push('config-repo-token or config-repo-ssh-key');
  if ((plan.push || plan.cleanupPatterns.length > 0) && !image.startsWith('ghcr.io/')) plan.requiredSecrets.push('registry-password');
  if (plan.notify.webhook) plan.requiredSecrets.push('notify-webhook-url');
  if (plan.notify.dispatch.length > 0) plan.requiredSecrets.push('dispatch-token');
  checkSecrets(input, plan.requiredSecrets);
  return plan;
}
