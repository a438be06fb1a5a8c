import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit/errors';
import {
  computeTags,
  type GitContext,
  GitContextError,
  imageName,
  parseSemver,
  parseTagRules,
  sanitizeTag,
  type TagPolicy,
  type TagRule,
  TagRuleError,
} from '../src/tags.js';
import { ctx, HEAD, MERGE, SHA } from './fixtures/git-context.js';

const SHA12 = `sha-${SHA.slice(0, 12)}`;
const HEAD12 = `sha-${HEAD.slice(0, 12)}`;
const MERGE12 = `sha-${MERGE.slice(0, 12)}`;
const TAG_GRAMMAR = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const hash7 = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 7);

function policy(overrides: Partial<TagPolicy> = {}): TagPolicy {
  return { latest: 'auto', shaLength: 12, extra: [], ...overrides };
}
const pr = (number = 12) => ({ number, headSha: HEAD, headRef: 'feature/login', baseRef: 'main' });

interface Case {
  name: string;
  context?: Partial<GitContext>;
  policy?: Partial<TagPolicy>;
  tags: string[];
  version: string;
  immutable?: string;
  revision?: string;
}

const cases: Case[] = [
  // push
  { name: 'push to default branch: sha, branch, latest', tags: [SHA12, 'main', 'latest'], version: 'main' },
  {
    name: 'push to default branch with another name',
    context: { ref: 'refs/heads/trunk', defaultBranch: 'trunk' },
    tags: [SHA12, 'trunk', 'latest'],
    version: 'trunk',
  },
  {
    name: 'push to another branch: sanitized branch, never latest under auto',
    context: { ref: 'refs/heads/feature/login' },
    tags: [SHA12, 'feature-login'],
    version: 'feature-login',
  },
  {
    name: 'push to a branch named like the default branch of another repo is not default',
    context: { ref: 'refs/heads/master' },
    tags: [SHA12, 'master'],
    version: 'master',
  },
  // pull requests
  {
    name: 'pull_request: pr-n and sha of the PR HEAD, not the merge sha; never latest',
    context: { eventName: 'pull_request', ref: 'refs/pull/12/merge', sha: MERGE, pullRequest: pr() },
    tags: [HEAD12, 'pr-12'],
    version: 'pr-12',
    revision: HEAD,
  },
  {
    name: 'pull_request_target: ref/sha are the base branch; still pr-n and head sha',
    context: { eventName: 'pull_request_target', ref: 'refs/heads/main', sha: SHA, pullRequest: pr(34) },
    tags: [HEAD12, 'pr-34'],
    version: 'pr-34',
    revision: HEAD,
  },
  {
    name: 'pull_request without pullRequest: pr-n from refs/pull/12/merge, sha falls back to context.sha',
    context: { eventName: 'pull_request', ref: 'refs/pull/12/merge', sha: MERGE },
    tags: [MERGE12, 'pr-12'],
    version: 'pr-12',
    revision: MERGE,
  },
  {
    name: 'pull_request: latest=true still adds latest',
    context: { eventName: 'pull_request', ref: 'refs/pull/12/merge', sha: MERGE, pullRequest: pr() },
    policy: { latest: 'true' },
    tags: [HEAD12, 'pr-12', 'latest'],
    version: 'pr-12',
    revision: HEAD,
  },
  {
    name: 'pull_request: an upper-case head sha is lowercased',
    context: { eventName: 'pull_request', ref: 'refs/pull/5/merge', sha: MERGE, pullRequest: { ...pr(5), headSha: HEAD.toUpperCase() } },
    tags: [HEAD12, 'pr-5'],
    version: 'pr-5',
    revision: HEAD,
  },
  // git tags
  {
    name: 'tag v1.2.3: full, minor, major, sha, latest',
    context: { ref: 'refs/tags/v1.2.3' },
    tags: [SHA12, '1.2.3', '1.2', '1', 'latest'],
    version: '1.2.3',
  },
  {
    name: 'tag 1.2.3 without v',
    context: { ref: 'refs/tags/1.2.3' },
    tags: [SHA12, '1.2.3', '1.2', '1', 'latest'],
    version: '1.2.3',
  },
  {
    name: 'pre-release v2.0.0-rc.1: only the full version and sha, no 2.0 / 2 / latest',
    context: { ref: 'refs/tags/v2.0.0-rc.1' },
    tags: [SHA12, '2.0.0-rc.1'],
    version: '2.0.0-rc.1',
  },
  {
    name: 'build metadata v1.2.3+build.5: + becomes -, still stable',
    context: { ref: 'refs/tags/v1.2.3+build.5' },
    tags: [SHA12, '1.2.3-build.5', '1.2', '1', 'latest'],
    version: '1.2.3-build.5',
  },
  {
    name: 'pre-release with build metadata',
    context: { ref: 'refs/tags/v3.1.0-beta.2+exp.sha.5114f85' },
    tags: [SHA12, '3.1.0-beta.2-exp.sha.5114f85'],
    version: '3.1.0-beta.2-exp.sha.5114f85',
  },
  {
    name: 'major 0: no floating "0" tag, 0.y is kept',
    context: { ref: 'refs/tags/v0.4.1' },
    tags: [SHA12, '0.4.1', '0.4', 'latest'],
    version: '0.4.1',
  },
  {
    name: 'non-semver tag release-2024: the tag name itself plus sha, no latest',
    context: { ref: 'refs/tags/release-2024' },
    tags: [SHA12, 'release-2024'],
    version: 'release-2024',
  },
  {
    name: 'non-semver tag v1.2 (two parts) is not semver',
    context: { ref: 'refs/tags/v1.2' },
    tags: [SHA12, 'v1.2'],
    version: 'v1.2',
  },
  {
    name: 'non-semver tag with a slash is sanitized',
    context: { ref: 'refs/tags/release/2024.05' },
    tags: [SHA12, 'release-2024.05'],
    version: 'release-2024.05',
  },
  {
    name: 'release event on a stable tag: like a tag push',
    context: { eventName: 'release', ref: 'refs/tags/v1.2.3' },
    tags: [SHA12, '1.2.3', '1.2', '1', 'latest'],
    version: '1.2.3',
  },
  {
    name: 'tag v1.2.3 with latest=false: no latest',
    context: { ref: 'refs/tags/v1.2.3' },
    policy: { latest: 'false' },
    tags: [SHA12, '1.2.3', '1.2', '1'],
    version: '1.2.3',
  },
  // schedule, dispatch, merge queue
  {
    name: 'schedule: nightly plus sha (no branch, no latest)',
    context: { eventName: 'schedule' },
    tags: [SHA12, 'nightly'],
    version: 'nightly',
  },
  {
    name: 'schedule with a schedule rule: the pattern replaces nightly, {date} = YYYYMMDD UTC of commitTime',
    context: { eventName: 'schedule', commitTime: new Date('2024-12-31T23:30:00-02:00') },
    policy: { extra: [{ type: 'schedule', pattern: 'nightly-{date}' }] },
    tags: [SHA12, 'nightly-20250101'],
    version: 'nightly-20250101',
  },
  {
    name: 'schedule rule outside schedule events adds nothing',
    policy: { extra: [{ type: 'schedule', pattern: 'nightly' }] },
    tags: [SHA12, 'main', 'latest'],
    version: 'main',
  },
  {
    name: 'workflow_dispatch on the default branch: branch, sha, latest',
    context: { eventName: 'workflow_dispatch' },
    tags: [SHA12, 'main', 'latest'],
    version: 'main',
  },
  {
    name: 'workflow_dispatch on another branch: branch and sha only',
    context: { eventName: 'workflow_dispatch', ref: 'refs/heads/release/1.x' },
    tags: [SHA12, 'release-1.x'],
    version: 'release-1.x',
  },
  {
    name: 'merge_group: sha only',
    context: { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-12-0123456789abcdef0123456789abcdef01234567' },
    tags: [SHA12],
    version: SHA12,
  },
  {
    name: 'merge_group with latest=true: sha and latest',
    context: { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-1-x' },
    policy: { latest: 'true' },
    tags: [SHA12, 'latest'],
    version: SHA12,
  },
  {
    name: 'other events on the default branch (repository_dispatch): branch and sha, no auto latest',
    context: { eventName: 'repository_dispatch' },
    tags: [SHA12, 'main'],
    version: 'main',
  },
  {
    name: 'unknown ref kind: sha only',
    context: { ref: 'refs/notes/commits' },
    tags: [SHA12],
    version: SHA12,
  },
  // latest policy
  { name: "latest 'false' on the default branch: no latest", policy: { latest: 'false' }, tags: [SHA12, 'main'], version: 'main' },
  {
    name: "latest 'true' on a feature branch: latest",
    context: { ref: 'refs/heads/feature/x' },
    policy: { latest: 'true' },
    tags: [SHA12, 'feature-x', 'latest'],
    version: 'feature-x',
  },
  {
    name: "latest 'true' on a pre-release: latest",
    context: { ref: 'refs/tags/v2.0.0-rc.1' },
    policy: { latest: 'true' },
    tags: [SHA12, '2.0.0-rc.1', 'latest'],
    version: '2.0.0-rc.1',
  },
  {
    name: 'a branch literally named "latest" never yields latest under auto; version falls back to the sha tag',
    context: { ref: 'refs/heads/latest' },
    tags: [SHA12],
    version: SHA12,
  },
  // prefix / suffix
  {
    name: 'prefix/suffix apply to every tag except latest (the immutable tag included)',
    context: { ref: 'refs/tags/v1.2.3' },
    policy: { prefix: 'app-', suffix: '-alpine', extra: [{ type: 'raw', value: 'stable' }] },
    tags: [`app-${SHA12}-alpine`, 'app-1.2.3-alpine', 'app-1.2-alpine', 'app-1-alpine', 'app-stable-alpine', 'latest'],
    version: '1.2.3',
    immutable: `app-${SHA12}-alpine`,
  },
  {
    name: 'suffix only, on a PR',
    context: { eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: MERGE, pullRequest: pr(7) },
    policy: { suffix: '-debug' },
    tags: [`${HEAD12}-debug`, 'pr-7-debug'],
    version: 'pr-7',
    immutable: `${HEAD12}-debug`,
    revision: HEAD,
  },
  // sha length
  { name: 'shaLength 7', policy: { shaLength: 7 }, tags: [`sha-${SHA.slice(0, 7)}`, 'main', 'latest'], version: 'main' },
  { name: 'shaLength 40', policy: { shaLength: 40 }, tags: [`sha-${SHA}`, 'main', 'latest'], version: 'main' },
  {
    name: 'merge_group version uses shaLength',
    context: { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-1-x' },
    policy: { shaLength: 8 },
    tags: [`sha-${SHA.slice(0, 8)}`],
    version: `sha-${SHA.slice(0, 8)}`,
  },
  // extra rules
  { name: 'empty extra rules', policy: { extra: [] }, tags: [SHA12, 'main', 'latest'], version: 'main' },
  {
    name: 'extra rules add tags in order; duplicates removed',
    context: { ref: 'refs/heads/develop' },
    policy: {
      extra: [
        { type: 'raw', value: 'edge' },
        { type: 'sha', prefix: 'git-', length: 7 },
        { type: 'sha' }, // same as the immutable tag
        { type: 'ref' }, // same as the branch tag
        { type: 'raw', value: 'edge' },
        { type: 'semver', pattern: '{{version}}' }, // not a tag: nothing
      ],
    },
    tags: [SHA12, 'develop', 'edge', `git-${SHA.slice(0, 7)}`],
    version: 'develop',
  },
  {
    name: 'extra semver rules on a tag are deduplicated against the built-in ones',
    context: { ref: 'refs/tags/v1.2.3' },
    policy: { extra: [{ type: 'semver', pattern: '{{major}}' }, { type: 'semver', pattern: '{{major}}.{{minor}}' }, { type: 'ref' }] },
    tags: [SHA12, '1.2.3', '1.2', '1', 'v1.2.3', 'latest'],
    version: '1.2.3',
  },
  {
    name: 'extra floating semver rules on a pre-release add nothing',
    context: { ref: 'refs/tags/v2.0.0-rc.1' },
    policy: {
      extra: [
        { type: 'semver', pattern: '{{major}}' },
        { type: 'semver', pattern: '{{major}}.{{minor}}' },
      ],
    },
    tags: [SHA12, '2.0.0-rc.1'],
    version: '2.0.0-rc.1',
  },
  {
    name: 'type=ref on a schedule names the branch',
    context: { eventName: 'schedule' },
    policy: { extra: [{ type: 'ref' }] },
    tags: [SHA12, 'nightly', 'main'],
    version: 'nightly',
  },
  {
    name: 'sha rule with an empty prefix gives the bare short sha',
    policy: { extra: [{ type: 'sha', prefix: '', length: 9 }] },
    tags: [SHA12, 'main', SHA.slice(0, 9), 'latest'],
    version: 'main',
  },
  // branch names
  { name: "branch with '@'", context: { ref: 'refs/heads/user@host/fix' }, tags: [SHA12, 'user-host-fix'], version: 'user-host-fix' },
  { name: 'branch with leading dots and dashes', context: { ref: 'refs/heads/..-.hidden' }, tags: [SHA12, 'hidden'], version: 'hidden' },
  { name: 'branch with accents folds to ASCII', context: { ref: 'refs/heads/fix/ünïcödé' }, tags: [SHA12, 'fix-unicode'], version: 'fix-unicode' },
  {
    name: 'branch with only non-Latin letters gets a hash name',
    context: { ref: 'refs/heads/日本語' },
    tags: [SHA12, `x-${hash7('日本語')}`],
    version: `x-${hash7('日本語')}`,
  },
  { name: 'branch with runs of invalid characters', context: { ref: 'refs/heads/a//b  c~^d' }, tags: [SHA12, 'a-b-c-d'], version: 'a-b-c-d' },
  { name: 'branch keeps its case and underscores', context: { ref: 'refs/heads/JIRA_123/Fix' }, tags: [SHA12, 'JIRA_123-Fix'], version: 'JIRA_123-Fix' },
];

for (const c of cases) {
  test(`computeTags: ${c.name}`, () => {
    const context = ctx(c.context);
    const result = computeTags(context, policy(c.policy));
    assert.deepEqual(result.tags, c.tags);
    assert.equal(result.version, c.version);
    assert.equal(result.immutableTag, c.immutable ?? c.tags[0]);
    assert.equal(result.tags[0], result.immutableTag, 'the immutable tag comes first');
    assert.equal(result.revision, c.revision ?? SHA);
    assert.equal(result.sourceDateEpoch, Math.floor(context.commitTime.getTime() / 1000));
    assert.equal(new Set(result.tags).size, result.tags.length, 'tags are unique');
    for (const tag of [...result.tags, result.version]) {
      assert.match(tag, TAG_GRAMMAR);
      assert.ok(tag.length <= 128);
    }
  });
}

test('computeTags: sourceDateEpoch is the commit time in whole seconds', () => {
  assert.equal(computeTags(ctx(), policy()).sourceDateEpoch, 1714979289);
});

test('computeTags: long branch names are cut with a hash, within 128 characters even with prefix/suffix', () => {
  const base = `feature/${'x'.repeat(200)}`;
  const a = computeTags(ctx({ ref: `refs/heads/${base}-a` }), policy({ prefix: 'p-', suffix: '-s' }));
  const b = computeTags(ctx({ ref: `refs/heads/${base}-b` }), policy({ prefix: 'p-', suffix: '-s' }));
  const tagA = a.tags[1] ?? '';
  const tagB = b.tags[1] ?? '';
  assert.equal(tagA.length, 128);
  assert.ok(tagA.startsWith('p-feature-xxx') && tagA.endsWith(`-${hash7(`${base}-a`)}-s`));
  assert.notEqual(tagA, tagB);
  assert.match(tagA, TAG_GRAMMAR);
  assert.equal(a.version.length, 128);
  assert.notEqual(a.version, b.version);
});

const badContexts: { name: string; context: Partial<GitContext>; error: RegExp }[] = [
  {
    name: 'pull_request_target without pullRequest (ref is the base branch)',
    context: { eventName: 'pull_request_target', ref: 'refs/heads/main' },
    error: /pull_request_target event without pullRequest, and ref "refs\/heads\/main".*; pass the event's pull_request/,
  },
  { name: 'a short sha', context: { sha: 'abc1234' }, error: /sha "abc1234" is not a full commit sha/ },
  {
    name: 'a non-hex head sha',
    context: { eventName: 'pull_request', ref: 'refs/pull/1/merge', pullRequest: { ...pr(1), headSha: 'z'.repeat(40) } },
    error: /pullRequest\.headSha/,
  },
  { name: 'a PR number of 0', context: { eventName: 'pull_request', pullRequest: pr(0) }, error: /pullRequest\.number 0/ },
  { name: 'an invalid commit time', context: { commitTime: new Date('nope') }, error: /commitTime is not a valid date/ },
];
for (const c of badContexts) {
  test(`computeTags rejects ${c.name}`, () => {
    assert.throws(
      () => computeTags(ctx(c.context), policy()),
      (error: unknown) => error instanceof GitContextError && error instanceof ActionError && c.error.test(error.message),
    );
  });
}

const badPolicies: { name: string; policy: Partial<TagPolicy>; error: RegExp }[] = [
  { name: 'shaLength 6', policy: { shaLength: 6 }, error: /sha length must be an integer from 7 to 40, got 6/ },
  { name: 'shaLength 41', policy: { shaLength: 41 }, error: /got 41/ },
  { name: 'shaLength 12.5', policy: { shaLength: 12.5 }, error: /got 12\.5/ },
  { name: 'latest "yes"', policy: { latest: 'yes' as 'auto' }, error: /latest must be auto, true or false, got "yes"/ },
  { name: 'a prefix with a slash', policy: { prefix: 'a/b' }, error: /prefix "a\/b"/ },
  { name: 'a prefix starting with "-"', policy: { prefix: '-x' }, error: /prefix "-x"/ },
  { name: 'a suffix with a space', policy: { suffix: ' x' }, error: /suffix " x"/ },
  { name: 'too long prefix+suffix', policy: { prefix: 'p'.repeat(40), suffix: 's'.repeat(40) }, error: /80 characters together; keep them at most 64/ },
  { name: 'a raw latest rule', policy: { extra: [{ type: 'raw', value: 'latest' }] }, error: /"latest" is controlled by the latest input/ },
  { name: 'a raw rule with an invalid tag', policy: { extra: [{ type: 'raw', value: 'a b' }] }, error: /"a b" is not a valid tag/ },
  { name: 'a sha rule with length 3', policy: { extra: [{ type: 'sha', length: 3 }] }, error: /tag rule "type=sha,length=3": length must be/ },
  {
    name: 'an unknown rule type',
    policy: { extra: [{ type: 'nope' } as unknown as TagRule] },
    error: /unknown type "nope" \(allowed types: raw, sha, schedule, ref, semver\)/,
  },
];
for (const c of badPolicies) {
  test(`computeTags rejects ${c.name}`, () => {
    assert.throws(
      () => computeTags(ctx(), policy(c.policy)),
      (error: unknown) => error instanceof TagRuleError && c.error.test(error.message),
    );
  });
}

// --- parseTagRules -----------------------------------------------------------

const goodRules: { name: string; lines: string[]; rules: TagRule[] }[] = [
  { name: 'no lines', lines: [], rules: [] },
  { name: 'blank lines and comments', lines: ['', '   ', '# a comment'], rules: [] },
  { name: 'a bare line is raw', lines: ['stable'], rules: [{ type: 'raw', value: 'stable' }] },
  { name: 'type=raw', lines: ['type=raw,value=stable'], rules: [{ type: 'raw', value: 'stable' }] },
  { name: 'spaces around keys and values', lines: ['  type = raw , value = edge  '], rules: [{ type: 'raw', value: 'edge' }] },
  { name: 'keys in any order', lines: ['value=edge,type=raw'], rules: [{ type: 'raw', value: 'edge' }] },
  { name: 'type=sha', lines: ['type=sha'], rules: [{ type: 'sha' }] },
  { name: 'type=sha with prefix and length', lines: ['type=sha,prefix=git-,length=7'], rules: [{ type: 'sha', prefix: 'git-', length: 7 }] },
  { name: 'type=schedule defaults to nightly', lines: ['type=schedule'], rules: [{ type: 'schedule', pattern: 'nightly' }] },
  { name: 'type=schedule with a pattern', lines: ['type=schedule,pattern=nightly-{date}'], rules: [{ type: 'schedule', pattern: 'nightly-{date}' }] },
  { name: 'type=ref', lines: ['type=ref'], rules: [{ type: 'ref' }] },
  { name: 'type=semver defaults to {{version}}', lines: ['type=semver'], rules: [{ type: 'semver', pattern: '{{version}}' }] },
  {
    name: 'all semver patterns',
    lines: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'],
    rules: [
      { type: 'semver', pattern: '{{version}}' },
      { type: 'semver', pattern: '{{major}}.{{minor}}' },
      { type: 'semver', pattern: '{{major}}' },
    ],
  },
  {
    name: 'enable=false drops a rule, enable=true keeps it',
    lines: ['type=raw,value=a,enable=false', 'type=raw,value=b,enable=true'],
    rules: [{ type: 'raw', value: 'b' }],
  },
  { name: 'one string with several lines (CRLF)', lines: ['stable\r\ntype=ref\n'], rules: [{ type: 'raw', value: 'stable' }, { type: 'ref' }] },
];
for (const c of goodRules) {
  test(`parseTagRules: ${c.name}`, () => {
    assert.deepEqual(parseTagRules(c.lines), c.rules);
  });
}

const ALLOWED = /; allowed: a bare tag .*type=raw,value=<tag>.*type=sha.*type=schedule.*type=ref.*type=semver/;
const badRules: { name: string; lines: string[]; error: RegExp; lineNumber: number }[] = [
  {
    name: 'type=nope',
    lines: ['type=nope'],
    error: /tags line 1 "type=nope": unknown type "nope" \(allowed types: raw, sha, schedule, ref, semver\)/,
    lineNumber: 1,
  },
  {
    name: 'type=sha,length=3',
    lines: ['stable', 'type=sha,length=3'],
    error: /tags line 2 "type=sha,length=3": length must be an integer from 7 to 40, got "3"/,
    lineNumber: 2,
  },
  { name: 'type=sha,length=abc', lines: ['type=sha,length=abc'], error: /got "abc"/, lineNumber: 1 },
  { name: 'type=raw without value', lines: ['', 'type=raw'], error: /tags line 2 "type=raw": type=raw needs value=<tag>/, lineNumber: 2 },
  { name: 'type=raw with an empty value', lines: ['type=raw,value='], error: /type=raw needs value=<tag>/, lineNumber: 1 },
  {
    name: 'an unknown key',
    lines: ['type=sha,format=long'],
    error: /unknown key "format" for type=sha \(allowed keys: type, enable, length, prefix\)/,
    lineNumber: 1,
  },
  { name: 'a key for another type', lines: ['type=ref,event=branch'], error: /unknown key "event" for type=ref/, lineNumber: 1 },
  { name: 'no type', lines: ['value=stable'], error: /missing type=/, lineNumber: 1 },
  { name: 'a key given twice', lines: ['type=raw,value=a,value=b'], error: /key "value" is given twice/, lineNumber: 1 },
  { name: 'a segment without =', lines: ['type=raw,value=a,b'], error: /"b" is not key=value/, lineNumber: 1 },
  { name: 'a bare line with a comma', lines: ['a,b'], error: /a bare tag cannot contain/, lineNumber: 1 },
  { name: 'a bare invalid tag', lines: ['-bad'], error: /"-bad" is not a valid tag/, lineNumber: 1 },
  { name: 'a bare latest', lines: ['latest'], error: /"latest" is controlled by the latest input/, lineNumber: 1 },
  { name: 'a raw latest', lines: ['type=raw,value=latest'], error: /"latest" is controlled by the latest input/, lineNumber: 1 },
  {
    name: 'an unknown semver pattern',
    lines: ['type=semver,pattern={{raw}}'],
    error: /pattern must be one of \{\{version\}\}, \{\{major\}\}\.\{\{minor\}\}, \{\{major\}\}/,
    lineNumber: 1,
  },
  {
    name: 'a schedule pattern with another placeholder',
    lines: ["type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}"],
    error: /does not make a valid tag \(only \{date\} is substituted\)/,
    lineNumber: 1,
  },
  { name: 'enable=maybe', lines: ['type=ref,enable=maybe'], error: /enable must be true or false/, lineNumber: 1 },
  { name: 'a sha prefix with a slash', lines: ['type=sha,prefix=a/b'], error: /prefix "a\/b" is not a valid tag start/, lineNumber: 1 },
  { name: 'line numbers count lines inside multi-line strings', lines: ['stable\n\ntype=nope'], error: /tags line 3 "type=nope"/, lineNumber: 3 },
];
for (const c of badRules) {
  test(`parseTagRules rejects ${c.name}`, () => {
    assert.throws(
      () => parseTagRules(c.lines),
      (error: unknown) => {
        assert.ok(error instanceof TagRuleError);
        assert.ok(error instanceof ActionError, 'reported as a user error, not a crash');
        assert.match(error.message, c.error);
        assert.match(error.message, ALLOWED);
        assert.equal(error.lineNumber, c.lineNumber);
        return true;
      },
    );
  });
}

test('parseTagRules output feeds computeTags', () => {
  const extra = parseTagRules(['type=raw,value=stable', 'type=sha,prefix=git-,length=8', 'type=semver,pattern={{major}}']);
  assert.deepEqual(computeTags(ctx({ ref: 'refs/tags/v4.5.6' }), policy({ extra })).tags, [
    SHA12,
    '4.5.6',
    '4.5',
    '4',
    'stable',
    `git-${SHA.slice(0, 8)}`,
    'latest',
  ]);
});

// --- sanitizeTag / imageName / parseSemver --------------------------------------

const exactly128 = 'a'.repeat(128);
const long1 = `${'b'.repeat(150)}-one`;
const long2 = `${'b'.repeat(150)}-two`;
const sanitizeCases: [string, string][] = [
  ['main', 'main'],
  ['feature/login', 'feature-login'],
  ['user@host', 'user-host'],
  ['.hidden', 'hidden'],
  ['..--..x', 'x'],
  ['-x', 'x'],
  ['_ok', '_ok'],
  ['a//b', 'a-b'],
  ['a---b', 'a-b'],
  ['a..b', 'a..b'],
  ['1.2.3+build.5', '1.2.3-build.5'],
  ['Ünïcödé', 'Unicode'],
  ['ｆｕｌｌ', 'full'],
  ['emoji-🚀-rocket', 'emoji-rocket'],
  ['日本', `x-${hash7('日本')}`],
  ['', `x-${hash7('')}`],
  [exactly128, exactly128],
  ['a'.repeat(129), `${'a'.repeat(120)}-${hash7('a'.repeat(129))}`],
  [long1, `${'b'.repeat(120)}-${hash7(long1)}`],
  [long2, `${'b'.repeat(120)}-${hash7(long2)}`],
  [`${'c'.repeat(119)}-${'d'.repeat(20)}`, `${'c'.repeat(119)}-${hash7(`${'c'.repeat(119)}-${'d'.repeat(20)}`)}`], // no "--" at the cut
];
for (const [input, expected] of sanitizeCases) {
  test(`sanitizeTag(${JSON.stringify(input.length > 40 ? `${input.slice(0, 20)}…(${input.length})` : input)})`, () => {
    const tag = sanitizeTag(input);
    assert.equal(tag, expected);
    assert.match(tag, TAG_GRAMMAR);
    assert.ok(tag.length <= 128);
  });
}

test('sanitizeTag: two long names differing only at the end stay distinct, both exactly 128', () => {
  const a = sanitizeTag(long1);
  const b = sanitizeTag(long2);
  assert.notEqual(a, b);
  assert.equal(a.length, 128);
  assert.equal(b.length, 128);
});

const imageNameCases: [string, string][] = [
  ['Owner/Repo', 'owner/repo'],
  ['ACME-Corp/My.Service_X', 'acme-corp/my.service_x'],
  ['already/lower', 'already/lower'],
];
for (const [input, expected] of imageNameCases) {
  test(`imageName(${input})`, () => assert.equal(imageName(input), expected));
}
for (const bad of ['', 'noslash', 'a/b/c', 'a /b']) {
  test(`imageName rejects ${JSON.stringify(bad)}`, () => assert.throws(() => imageName(bad), GitContextError));
}

test('computeTags: uppercase owner in repository does not affect tags', () => {
  assert.deepEqual(computeTags(ctx({ repository: 'BigCorp/API' }), policy()).tags, [SHA12, 'main', 'latest']);
});

const semverCases: [string, ReturnType<typeof parseSemver>][] = [
  ['v1.2.3', { major: '1', minor: '2', patch: '3', prerelease: undefined, build: undefined }],
  ['10.20.30-rc.1+b.5', { major: '10', minor: '20', patch: '30', prerelease: 'rc.1', build: 'b.5' }],
  ['v01.2.3', undefined],
  ['1.2', undefined],
  ['V1.2.3', undefined],
  ['1.2.3-', undefined],
  ['1.2.3-01', undefined],
];
for (const [input, expected] of semverCases) {
  test(`parseSemver(${input})`, () => assert.deepEqual(parseSemver(input), expected));
}
