/**
 * Image tags for the `build` action, computed from a GitHub event.
 *
 * Pure: no I/O and no environment reads; everything arrives as arguments, so the
 * same event always yields the same tags.
 *
 * Design, and the docker/metadata-action pitfalls it avoids:
 * - The immutable tag (`sha-<n>`) is always generated and always first. For
 *   pull_request / pull_request_target it uses the PR HEAD sha, not GITHUB_SHA
 *   (the throw-away merge commit, or for pull_request_target the base branch
 *   tip), so the tag names a commit that exists in the PR.
 *   If a PR event arrives without `pullRequest` but with a `refs/pull/<n>/...`
 *   ref, the tag is still `pr-<n>` but the sha falls back to `context.sha`
 *   (the merge commit): nothing better is known. A pull_request_target event
 *   without `pullRequest` is rejected: its ref is the BASE branch, and tagging it
 *   as that branch would overwrite the branch's image with PR code.
 * - `latest` (policy `auto`) only on push / workflow_dispatch / release of the
 *   default branch or of a STABLE semver tag (no pre-release). Never on PRs,
 *   schedules, merge queues, other branches, pre-releases or non-semver tags.
 *   `latest` cannot be asked for through a `type=raw` rule, and a branch or git
 *   tag literally named `latest` does not produce it (its version falls back to
 *   the sha tag): the `latest` policy is the one switch, so `latest: 'false'`
 *   really means never.
 *   Being pure, this cannot know whether the tag is the HIGHEST release: pushing
 *   v1.2.4 after v2.0.0 moves `latest` to 1.2.4. Use `latest: 'false'` on
 *   maintenance branches if that matters.
 * - Pre-releases (v2.0.0-rc.1) get only their full version: no `2.0`, `2` or
 *   `latest`. For major 0 (0.y.z: anything may change, per semver) no floating
 *   `0` tag is made; `0.y` is.
 * - Build metadata (`+build.5`) is kept, with `+` (invalid in tags) as `-`.
 * - Every tag is sanitized to the docker tag grammar and at most 128 characters;
 *   long names are cut and get a hash suffix, so two long branch names stay distinct.
 * - `prefix`/`suffix` apply to every tag except `latest` (the immutable tag and
 *   `type=raw` values included); `latest` stays `latest`.
 * - `version` is always tag-safe and carries no prefix/suffix. On schedules it is
 *   the (first) schedule tag; on merge_group (and unknown refs) the sha tag.
 * - Rule/context problems throw TagRuleError / GitContextError, both ActionErrors
 *   (what; fix), so the action reports them as input errors, not crashes.
 */

import { createHash } from 'node:crypto';
import { ActionError } from '@service-pipeline/action-kit/errors';
import parseVersion from 'semver/functions/parse.js';

export interface GitContext {
  /** 'push' | 'pull_request' | 'pull_request_target' | 'schedule' | 'workflow_dispatch' | 'merge_group' | 'release' | ... */
  eventName: string;
  /** e.g. 'refs/heads/main', 'refs/tags/v1.2.3', 'refs/pull/12/merge' */
  ref: string;
  /** GITHUB_SHA (for PRs this is the MERGE commit) */
  sha: string;
  /** e.g. 'main' */
  defaultBranch: string;
  pullRequest?: { number: number; headSha: string; headRef: string; baseRef: string };
  /** Time of the commit being built (used for `created` and SOURCE_DATE_EPOCH). */
  commitTime: Date;
  /** 'Owner/Repo' as GitHub spells it (may contain uppercase). */
  repository: string;
  /** Default 'https://github.com'. */
  serverUrl?: string;
  runUrl?: string;
}

export type TagRule =
  | { type: 'raw'; value: string }
  | { type: 'sha'; length?: number; prefix?: string }
  | { type: 'schedule'; pattern: string }
  | { type: 'ref' }
  | { type: 'semver'; pattern: '{{version}}' | '{{major}}.{{minor}}' | '{{major}}' };

export interface TagPolicy {
  /**
   * auto: push / workflow_dispatch / release of the default branch, or of a
   * stable (non-pre-release) semver tag. 'true': always. 'false': never.
   */
  latest: 'auto' | 'true' | 'false';
  /** Length of the sha in `sha-<sha>` tags, 7..40 (the action's default is 12). */
  shaLength: number;
  /** From the action's `tags` input (see parseTagRules). */
  extra: TagRule[];
  /** Applied to every tag except `latest`. */
  prefix?: string;
  /** Applied to every tag except `latest`. */
  suffix?: string;
}

export interface ComputedTags {
  /** Tag names only (no repository), unique, stable order, the immutable one first, `latest` last. */
  tags: string[];
  /** The tag GitOps should pin: `sha-<shaLength of the built commit>` (with prefix/suffix). */
  immutableTag: string;
  /** 1.2.3 for v1.2.3; else the branch / pr / tag / schedule tag; else `sha-<n>`. Tag-safe, no prefix/suffix. */
  version: string;
  /** The full sha of the commit built: the PR head for PRs, else `context.sha`. Lowercase hex. */
  revision: string;
  /** commitTime in whole seconds. */
  sourceDateEpoch: number;
}

/** A bad tag rule or tag policy; the message names the offending line or rule, and `fix` the allowed forms. */
export class TagRuleError extends ActionError {
  /** The offending input line (or a description of the rule or setting when it did not come from a line). */
  readonly line: string;
  /** 1-based line number in the `tags` input, when the rule came from parseTagRules. */
  readonly lineNumber: number | undefined;

  constructor(what: string, fix: string, line: string, lineNumber?: number) {
    super(what, fix);
    this.name = 'TagRuleError';
    this.line = line;
    this.lineNumber = lineNumber;
  }
}

/** The GitHub context cannot be tagged (bad sha, PR event without a PR number, invalid commit time, ...). */
export class GitContextError extends ActionError {
  constructor(what: string, fix: string) {
    super(what, fix);
    this.name = 'GitContextError';
  }
}

export const MAX_TAG_LENGTH = 128;
/** prefix + suffix may use at most this much, so every tag keeps room for its body. */
export const MAX_AFFIX_LENGTH = 64;
export const DEFAULT_SHA_LENGTH = 12;
/** An OCI / Docker tag: what a registry accepts after the colon. */
export const TAG_GRAMMAR = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HASH_LENGTH = 7;

export const ALLOWED_TAG_RULE_FORMS =
  'a bare tag (e.g. "stable"), type=raw,value=<tag>, type=sha[,length=7..40][,prefix=<p>], ' +
  'type=schedule[,pattern=<p with optional {date}>], type=ref, ' +
  'type=semver,pattern={{version}}|{{major}}.{{minor}}|{{major}}; any rule may add enable=true|false';
const ALLOWED_TYPES = ['raw', 'sha', 'schedule', 'ref', 'semver'] as const;
type RuleType = (typeof ALLOWED_TYPES)[number];
const ALLOWED_KEYS: Record<RuleType, readonly string[]> = {
  raw: ['value'],
  sha: ['length', 'prefix'],
  schedule: ['pattern'],
  ref: [],
  semver: ['pattern'],
};
const SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'] as const;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Events on which `latest: auto` may add `latest` (for the default branch or a stable semver tag). */
const LATEST_EVENTS = new Set(['push', 'workflow_dispatch', 'release']);

function hash7(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/** Sanitize `value` to the docker tag grammar, in at most `max` characters (max >= 9). */
function sanitizeWithin(value: string, max: number): string {
  // Fold accents and compatibility forms to ASCII first (ü -> u, ｆ -> f), so fewer names collapse to '-'.
  let tag = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '');
  if (tag === '') return `x-${hash7(value)}`;
  if (tag.length > max) {
    tag = `${tag.slice(0, max - HASH_LENGTH - 1).replace(/[.-]+$/, '')}-${hash7(value)}`;
  }
  return tag;
}

/**
 * Make `value` a valid docker tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}): accents are
 * folded to ASCII, other invalid characters become '-', runs of '-' collapse, leading
 * '.'/'-' are stripped. Longer than 128: cut and append '-' + 7 hex of sha256(value),
 * so distinct long names stay distinct. A value with nothing usable left (e.g. '日本')
 * becomes 'x-' + 7 hex of sha256(value).
 */
export function sanitizeTag(value: string): string {
  return sanitizeWithin(value, MAX_TAG_LENGTH);
}

/** 'Owner/Repo' -> 'owner/repo' (GHCR and most registries require lowercase repository names). */
export function imageName(repository: string): string {
  const trimmed = repository.trim();
  if (!/^[^/\s]+\/[^/\s]+$/.test(trimmed)) {
    throw new GitContextError(`repository "${repository}" is not of the form owner/repo`, 'pass GITHUB_REPOSITORY, e.g. Owner/Repo');
  }
  return trimmed.toLowerCase();
}

// ---------------------------------------------------------------------------
// Rules

function ruleError(problem: string, line: string, lineNumber?: number): TagRuleError {
  const where = lineNumber === undefined ? `tag rule "${line}"` : `tags line ${lineNumber} "${line}"`;
  return new TagRuleError(`${where}: ${problem}`, `allowed: ${ALLOWED_TAG_RULE_FORMS}`, line, lineNumber);
}

function isValidAffix(value: string, leading: boolean): boolean {
  if (value === '') return true;
  return (leading ? /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/ : /^[A-Za-z0-9_.-]+$/).test(value) && value.length <= MAX_AFFIX_LENGTH;
}

function describeRule(rule: TagRule): string {
  switch (rule.type) {
    case 'raw':
      return `type=raw,value=${rule.value}`;
    case 'sha':
      return ['type=sha', rule.length === undefined ? '' : `length=${rule.length}`, rule.prefix === undefined ? '' : `prefix=${rule.prefix}`]
        .filter(Boolean)
        .join(',');
    case 'schedule':
      return `type=schedule,pattern=${rule.pattern}`;
    case 'ref':
      return 'type=ref';
    case 'semver':
      return `type=semver,pattern=${rule.pattern}`;
    default:
      return JSON.stringify(rule);
  }
}

function validShaLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 7 && value <= 40;
}

/** Throw a TagRuleError if `rule` is not usable. */
function validateRule(rule: TagRule, line: string, lineNumber?: number): void {
  const type = (rule as { type: unknown }).type;
  switch (rule.type) {
    case 'raw':
      if (typeof rule.value !== 'string' || rule.value === '') throw ruleError('type=raw needs value=<tag>', line, lineNumber);
      if (rule.value === 'latest') {
        throw ruleError('"latest" is controlled by the latest input (auto|true|false), not by a tag rule', line, lineNumber);
      }
      if (!TAG_GRAMMAR.test(rule.value)) {
        throw ruleError(`"${rule.value}" is not a valid tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})`, line, lineNumber);
      }
      return;
    case 'sha':
      if (rule.length !== undefined && !validShaLength(rule.length)) {
        throw ruleError(`length must be an integer from 7 to 40, got ${String(rule.length)}`, line, lineNumber);
      }
      if (rule.prefix !== undefined && !isValidAffix(rule.prefix, true)) {
        throw ruleError(
          `prefix "${rule.prefix}" is not a valid tag start (at most ${MAX_AFFIX_LENGTH} of [A-Za-z0-9_.-], not starting with . or -)`,
          line,
          lineNumber,
        );
      }
      return;
    case 'schedule': {
      if (typeof rule.pattern !== 'string' || rule.pattern === '') throw ruleError('type=schedule needs a non-empty pattern', line, lineNumber);
      const sample = rule.pattern.replaceAll('{date}', '20000101');
      if (!TAG_GRAMMAR.test(sample) || sample.length > MAX_TAG_LENGTH - MAX_AFFIX_LENGTH) {
        throw ruleError(`pattern "${rule.pattern}" does not make a valid tag (only {date} is substituted)`, line, lineNumber);
      }
      if (sample === 'latest') throw ruleError('"latest" is controlled by the latest input, not by a tag rule', line, lineNumber);
      return;
    }
    case 'ref':
      return;
    case 'semver':
      if (!(SEMVER_PATTERNS as readonly string[]).includes(rule.pattern)) {
        throw ruleError(`pattern must be one of ${SEMVER_PATTERNS.join(', ')}, got "${String(rule.pattern)}"`, line, lineNumber);
      }
      return;
    default:
      throw ruleError(`unknown type "${String(type)}" (allowed types: ${ALLOWED_TYPES.join(', ')})`, line, lineNumber);
  }
}

function parseTagRule(line: string, lineNumber: number): TagRule | undefined {
  if (!line.includes('=')) {
    if (line.includes(',') || /\s/.test(line)) {
      throw ruleError('a bare tag cannot contain "," or spaces; use type=<type>,key=value', line, lineNumber);
    }
    const rule: TagRule = { type: 'raw', value: line };
    validateRule(rule, line, lineNumber);
    return rule;
  }
  const fields = new Map<string, string>();
  for (const segment of line.split(',')) {
    const part = segment.trim();
    const eq = part.indexOf('=');
    if (eq <= 0) throw ruleError(`"${part}" is not key=value`, line, lineNumber);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (fields.has(key)) throw ruleError(`key "${key}" is given twice`, line, lineNumber);
    fields.set(key, value);
  }
  const type = fields.get('type');
  if (type === undefined) throw ruleError('missing type=', line, lineNumber);
  if (!(ALLOWED_TYPES as readonly string[]).includes(type)) {
    throw ruleError(`unknown type "${type}" (allowed types: ${ALLOWED_TYPES.join(', ')})`, line, lineNumber);
  }
  const ruleType = type as RuleType;
  const allowedKeys = ['type', 'enable', ...ALLOWED_KEYS[ruleType]];
  for (const key of fields.keys()) {
    if (!allowedKeys.includes(key)) {
      throw ruleError(`unknown key "${key}" for type=${ruleType} (allowed keys: ${allowedKeys.join(', ')})`, line, lineNumber);
    }
  }
  const enable = fields.get('enable');
  if (enable !== undefined && enable !== 'true' && enable !== 'false') {
    throw ruleError(`enable must be true or false, got "${enable}"`, line, lineNumber);
  }

  let rule: TagRule;
  switch (ruleType) {
    case 'raw':
      rule = { type: 'raw', value: fields.get('value') ?? '' };
      break;
    case 'sha': {
      const length = fields.get('length');
      const prefix = fields.get('prefix');
      let parsedLength: number | undefined;
      if (length !== undefined) {
        parsedLength = /^\d+$/.test(length) ? Number(length) : Number.NaN;
        if (!validShaLength(parsedLength)) throw ruleError(`length must be an integer from 7 to 40, got "${length}"`, line, lineNumber);
      }
      rule = { type: 'sha', ...(parsedLength === undefined ? {} : { length: parsedLength }), ...(prefix === undefined ? {} : { prefix }) };
      break;
    }
    case 'schedule':
      rule = { type: 'schedule', pattern: fields.get('pattern') ?? 'nightly' };
      break;
    case 'ref':
      rule = { type: 'ref' };
      break;
    case 'semver':
      rule = { type: 'semver', pattern: (fields.get('pattern') ?? '{{version}}') as '{{version}}' };
      break;
  }
  validateRule(rule, line, lineNumber);
  return enable === 'false' ? undefined : rule;
}

/**
 * Parse the action's `tags` input, one rule per line: a bare tag ('stable' = type=raw),
 * or `type=<raw|sha|schedule|ref|semver>[,key=value...]`. Blank lines and lines
 * starting with '#' are skipped; lines may themselves contain newlines. `enable=false`
 * drops a rule (handy with GitHub expressions). Throws TagRuleError naming the line
 * (1-based) and the allowed forms for unknown types/keys and invalid values.
 */
export function parseTagRules(lines: string[]): TagRule[] {
  const rules: TagRule[] = [];
  lines
    .flatMap((line) => line.split(/\r?\n/))
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const rule = parseTagRule(line, index + 1);
      if (rule) rules.push(rule);
    });
  return rules;
}

// ---------------------------------------------------------------------------
// Context

interface SemVer {
  major: string;
  minor: string;
  patch: string;
  prerelease: string | undefined;
  build: string | undefined;
}

/** Parse a semver 2.0.0 version with an optional leading 'v' (the semver package, strict); undefined if it is not one. */
export function parseSemver(value: string): SemVer | undefined {
  const parsed = /^v?\d/.test(value) ? parseVersion(value) : null;
  if (!parsed) return undefined;
  return {
    major: String(parsed.major),
    minor: String(parsed.minor),
    patch: String(parsed.patch),
    prerelease: parsed.prerelease.length ? parsed.prerelease.join('.') : undefined,
    build: parsed.build.length ? parsed.build.join('.') : undefined,
  };
}

type Target = { kind: 'pr'; number: number } | { kind: 'branch'; name: string } | { kind: 'tag'; name: string; semver: SemVer | undefined } | { kind: 'none' };

function targetOfRef(ref: string): Target {
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  if (pull) return { kind: 'pr', number: Number(pull[1]) };
  if (ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length) {
    const name = ref.slice('refs/tags/'.length);
    return { kind: 'tag', name, semver: parseSemver(name) };
  }
  return { kind: 'none' };
}

function normalizeSha(sha: string, what: string): string {
  const lower = sha.trim().toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(lower)) {
    throw new GitContextError(`${what} "${sha}" is not a full commit sha`, 'pass the full 40 (or 64) hex character sha');
  }
  return lower;
}

/** What is being built: the target derived from event + ref, and the commit actually built. */
function resolve(context: GitContext): { target: Target; revision: string } {
  const fromRef = targetOfRef(context.ref);
  if (PR_EVENTS.has(context.eventName)) {
    const pr = context.pullRequest;
    if (pr) {
      if (!Number.isSafeInteger(pr.number) || pr.number <= 0) {
        throw new GitContextError(`pullRequest.number ${String(pr.number)} is not a positive integer`, "pass the event's pull_request.number");
      }
      return { target: { kind: 'pr', number: pr.number }, revision: normalizeSha(pr.headSha, 'pullRequest.headSha') };
    }
    if (fromRef.kind === 'pr') return { target: fromRef, revision: normalizeSha(context.sha, 'sha') };
    throw new GitContextError(
      `${context.eventName} event without pullRequest, and ref "${context.ref}" is not refs/pull/<n>/merge`,
      "pass the event's pull_request (number, head sha) so the PR is not tagged as its base branch",
    );
  }
  const revision = normalizeSha(context.sha, 'sha');
  if (context.eventName === 'merge_group' || context.eventName === 'schedule') return { target: { kind: 'none' }, revision };
  return { target: fromRef, revision };
}

function utcDate(time: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1, 2)}${pad(time.getUTCDate(), 2)}`;
}

function validatePolicy(policy: TagPolicy): void {
  if (!['auto', 'true', 'false'].includes(policy.latest)) {
    throw new TagRuleError(`latest must be auto, true or false, got "${String(policy.latest)}"`, 'use auto, true or false', `latest=${String(policy.latest)}`);
  }
  if (!validShaLength(policy.shaLength)) {
    throw new TagRuleError(
      `sha length must be an integer from 7 to 40, got ${String(policy.shaLength)}`,
      'use 7..40 (default 12)',
      `sha-length=${String(policy.shaLength)}`,
    );
  }
  const prefix = policy.prefix ?? '';
  const suffix = policy.suffix ?? '';
  if (!isValidAffix(prefix, true)) {
    throw new TagRuleError(
      `prefix "${prefix}" is not a valid tag start`,
      `use at most ${MAX_AFFIX_LENGTH} of [A-Za-z0-9_.-], not starting with . or -`,
      `prefix=${prefix}`,
    );
  }
  if (!isValidAffix(suffix, false)) {
    throw new TagRuleError(`suffix "${suffix}" is not valid in a tag`, `use at most ${MAX_AFFIX_LENGTH} of [A-Za-z0-9_.-]`, `suffix=${suffix}`);
  }
  if (prefix.length + suffix.length > MAX_AFFIX_LENGTH) {
    throw new TagRuleError(
      `prefix and suffix are ${prefix.length + suffix.length} characters together`,
      `keep them at most ${MAX_AFFIX_LENGTH} together`,
      `prefix=${prefix},suffix=${suffix}`,
    );
  }
  for (const rule of policy.extra) validateRule(rule, describeRule(rule));
}

/**
 * Compute the tags for `context` under `policy`. Order: the immutable sha tag, the
 * event's own tags (version tags / branch / pr / tag name / schedule), the extra
 * rules in input order, then `latest`. Duplicates are removed (first wins).
 */
export function computeTags(context: GitContext, policy: TagPolicy): ComputedTags {
  validatePolicy(policy);
  const time = context.commitTime;
  if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
    throw new GitContextError('commitTime is not a valid date', 'pass the committer time of the commit being built');
  }
  const { target, revision } = resolve(context);
  const prefix = policy.prefix ?? '';
  const suffix = policy.suffix ?? '';
  const decorate = (body: string) => `${prefix}${sanitizeWithin(body, MAX_TAG_LENGTH - prefix.length - suffix.length)}${suffix}`;
  const shaBody = (length: number, shaPrefix = 'sha-') => `${shaPrefix}${revision.slice(0, length)}`;
  const schedulePatterns = policy.extra.flatMap((rule) => (rule.type === 'schedule' ? [rule.pattern] : []));
  const scheduleBodies = (context.eventName === 'schedule' ? (schedulePatterns.length > 0 ? schedulePatterns : ['nightly']) : []).map((pattern) =>
    pattern.replaceAll('{date}', utcDate(time)),
  );

  const semver = target.kind === 'tag' ? target.semver : undefined;
  const semverBody = (pattern: (typeof SEMVER_PATTERNS)[number]): string | undefined => {
    if (!semver) return undefined;
    const { major, minor, patch, prerelease, build } = semver;
    if (pattern === '{{version}}') return `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
    if (prerelease !== undefined) return undefined; // floating tags only for stable releases
    if (pattern === '{{major}}.{{minor}}') return `${major}.${minor}`;
    return major === '0' ? undefined : major; // 0.y.z is unstable: no floating "0"
  };
  const refBody = (): string | undefined => {
    switch (target.kind) {
      case 'pr':
        return `pr-${target.number}`;
      case 'branch':
      case 'tag':
        return target.name;
      case 'none': {
        // schedule / merge_group: an explicit type=ref still names the ref.
        const fromRef = targetOfRef(context.ref);
        return fromRef.kind === 'pr' ? `pr-${fromRef.number}` : fromRef.kind === 'none' ? undefined : fromRef.name;
      }
    }
  };

  // The event's own tags, without prefix/suffix (the first one is the version).
  const own: string[] = [];
  if (target.kind === 'pr') own.push(`pr-${target.number}`);
  else if (target.kind === 'branch') own.push(target.name);
  else if (target.kind === 'tag') {
    if (semver) for (const pattern of SEMVER_PATTERNS) own.push(...optional(semverBody(pattern)));
    else own.push(target.name);
  } else own.push(...scheduleBodies);

  const extra: string[] = [];
  for (const rule of policy.extra) {
    switch (rule.type) {
      case 'raw':
        extra.push(rule.value);
        break;
      case 'sha':
        extra.push(shaBody(rule.length ?? policy.shaLength, rule.prefix));
        break;
      case 'schedule':
        break; // already in `own` on schedule events; nothing otherwise
      case 'ref':
        extra.push(...optional(refBody()));
        break;
      case 'semver':
        extra.push(...optional(semverBody(rule.pattern)));
        break;
    }
  }

  const immutableTag = decorate(shaBody(policy.shaLength));
  const firstOwn = own[0];
  const ownVersion = firstOwn === undefined ? undefined : sanitizeTag(firstOwn);
  const version = ownVersion === undefined || ownVersion === 'latest' ? sanitizeTag(shaBody(policy.shaLength)) : ownVersion;

  const stableSemverTag = semver !== undefined && semver.prerelease === undefined;
  const onDefaultBranch = target.kind === 'branch' && target.name === context.defaultBranch;
  const latest = policy.latest === 'true' || (policy.latest === 'auto' && LATEST_EVENTS.has(context.eventName) && (onDefaultBranch || stableSemverTag));

  // A branch or git tag literally named "latest" must not sneak past the latest policy.
  const generated = [immutableTag, ...own.map(decorate), ...extra.map(decorate)].filter((tag) => tag !== 'latest');
  const tags = [...new Set([...generated, ...(latest ? ['latest'] : [])])];
  return { tags, immutableTag, version, revision, sourceDateEpoch: Math.floor(time.getTime() / 1000) };
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
