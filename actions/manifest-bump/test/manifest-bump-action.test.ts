import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ActionRun, runAction } from '../../../test/helpers/action-runner.js';
import { type ConfigRepo, createConfigRepo, type GitHttpServer, git, startGitHttpServer } from '../../../test/helpers/git-remote.js';
import { type GitHubFake, startGitHubFake } from '../../../test/helpers/github-fake.js';
import { serveGitData } from '../../../test/helpers/github-git-data.js';
import { servePulls } from '../../../test/helpers/github-pulls.js';

const TOKEN = 'ghs_configRepoToken123';
const IMAGE = 'ghcr.io/acme/shop';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

const deployment = (ref: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: shop',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          # managed by service-pipeline',
    `          image: "${ref}"`,
    '',
  ].join('\n');
const kustomization = (tag: string): string =>
  ['resources: [deployment.yaml]', 'images:', `  - name: ${IMAGE}`, `    newTag: "${tag}"  # bumped by CI`, ''].join('\n');

/** The log without the `::add-mask::` commands, which necessarily name the secret. */
const unmasked = (run: ActionRun): string =>
  `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

describe('manifest-bump action (bundled, real git over smart HTTP with token auth)', () => {
  let root: string;
  let server: GitHttpServer;
  let github: GitHubFake;
  const repos: ConfigRepo[] = [];
  let count = 0;

  /** A fresh config repository `acme/<name>` served by the HTTP server. */
  const configRepo = async (extra: Record<string, string | { symlink: string }> = {}): Promise<{ repo: ConfigRepo; name: string }> => {
    const name = `config${count++}`;
    const repo = await createConfigRepo(
      { 'apps/shop/prod/deployment.yaml': deployment(`${IMAGE}:1.0.0`), 'apps/shop/prod/kustomization.yaml': kustomization('1.0.0'), ...extra },
      { root, name: `acme/${name}` },
    );
    repos.push(repo);
    return { repo, name };
  };
  const bump = (repository: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> =>
    runAction(
      'manifest-bump',
      {
        repository,
        token: TOKEN,
        environment: 'prod',
        transport: 'git',
        targets: 'apps/shop/prod/deployment.yaml\napps/shop/prod/kustomization.yaml kustomize',
        ...inputs,
      },
      {
        env: {
          GITHUB_SERVER_URL: server.url,
          GITHUB_API_URL: github.url,
          GITHUB_RUN_ID: '4242',
          GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
          ...env,
        },
      },
    );
  const failed = (run: ActionRun, message: RegExp): void => {
    assert.equal(run.exitCode, 1, run.stdout);
    assert.equal(run.errors.length, 1, run.stdout);
    assert.match(run.errors[0]!, message);
  };

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-bump-action-'));
    server = await startGitHttpServer(root, TOKEN);
    github = await startGitHubFake({ tokens: [TOKEN] });
    serveGitData(github, (owner, repo) => join(root, owner, `${repo}.git`));
  });
  after(async () => {
    await server?.stop();
    await github?.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('pushes the bump over HTTPS with the token as a header, and reports outputs and summary', async () => {
    const { repo, name } = await configRepo();
    const run = await bump(`acme/${name}`, { image: `${IMAGE}:1.1.0@${DIGEST}`, 'image-created': '2026-04-01T12:00:00Z' });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.result, 'pushed');
    assert.equal(run.outputs['commit-sha'], await repo.head());
    assert.equal(run.outputs.attempts, '1');
    assert.equal(await repo.read('apps/shop/prod/deployment.yaml'), deployment(`${IMAGE}:1.1.0@${DIGEST}`));
    const changes = JSON.parse(run.outputs.changes!) as { file: string; path: string; old: string; new: string }[];
    assert.deepEqual(
      changes.map((c) => c.file),
      ['apps/shop/prod/deployment.yaml', 'apps/shop/prod/kustomization.yaml', 'apps/shop/prod/kustomization.yaml'],
    );
    assert.ok(
      changes.some((c) => c.old === '1.0.0' && c.new === '1.1.0'),
      JSON.stringify(changes),
    );
    assert.match(run.outputs.diff!, /^\+\s+newTag: "1\.1\.0" {2}# bumped by CI$/m);
    assert.match(run.summary, /## Bumped shop in prod/);
    assert.match(run.summary, /```diff\n/);

    const [commit] = await repo.log();
    assert.equal(commit!.subject, `Bump shop in prod to 1.1.0@${DIGEST.slice(0, 19)}`);
    assert.match(commit!.body, /^Image-Created: 2026-04-01T12:00:00Z$/m);
    assert.match(commit!.body, /^Source-Commit: c0ffee0{34}$/m);
    assert.match(commit!.body, /^Run-URL: http:\/\/127\.0\.0\.1:\d+\/test-owner\/test-repo\/actions\/runs\/4242$/m);

    const header = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    assert.ok(run.masked.includes(TOKEN) && run.masked.includes(header), 'the token and its header form are masked');
    const log = unmasked(run);
    assert.ok(!log.includes(TOKEN) && !log.includes(header), 'the token never reaches the log');
    assert.ok(
      server.log.some((l) => l.startsWith('200 POST /acme/') && l.includes('git-receive-pack')),
      server.log.join('\n'),
    );
  });

  test('a wrong token fails with the fix and pushes nothing', async () => {
    const { repo, name } = await configRepo();
    const head = await repo.head();
    const run = await bump(`acme/${name}`, { image: `${IMAGE}:1.1.0`, token: 'ghs_wrong' });
    failed(run, /could not authenticate to http:\/\/127\.0\.0\.1:\d+\/acme\/config\d+\.git.*the token was refused: pass a token with contents: write/);
    assert.ok(!unmasked(run).includes('ghs_wrong'));
    assert.equal(await repo.head(), head);
  });

  test('an SSH deploy key is used from a 0600 temp file that is removed afterwards; a wrong key fails with the fix', async () => {
    // No sshd here: a stand-in `ssh` checks the key like a server would, then runs git's
    // transport command locally, which is all git asks of ssh.
    const bin = join(root, 'fake-ssh-bin');
    const { repo, name } = await configRepo();
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nZGVwbG95LWtleQ==\n-----END OPENSSH PRIVATE KEY-----\n';
    await rm(bin, { recursive: true, force: true });
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'expected-key'), key);
    await writeFile(
      join(bin, 'ssh'),
      [
        '#!/bin/sh',
        'key=""; cmd=""',
        'while [ $# -gt 0 ]; do',
        '  case "$1" in',
        '    -i) key="$2"; shift 2 ;;',
        '    -o|-p) shift 2 ;;',
        '    *) cmd="$1"; shift ;;',
        '  esac',
        'done',
        'echo "$key" >> "$FAKE_SSH_DIR/keys-used"',
        '[ "$(stat -c %a "$key")" = 600 ] && cmp -s "$key" "$FAKE_SSH_DIR/expected-key" || { echo "git@127.0.0.1: Permission denied (publickey)." >&2; exit 255; }',
        'cd "$FAKE_SSH_ROOT" && exec sh -c "$cmd"',
        '',
      ].join('\n'),
    );
    await chmod(join(bin, 'ssh'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, FAKE_SSH_DIR: bin, FAKE_SSH_ROOT: root };

    const run = await bump(`git@127.0.0.1:acme/${name}.git`, { image: `${IMAGE}:1.3.0`, token: '', 'ssh-key': key }, env);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.result, 'pushed');
    assert.equal(await repo.read('apps/shop/prod/deployment.yaml'), deployment(`${IMAGE}:1.3.0`));
    const used = [...new Set((await readFile(join(bin, 'keys-used'), 'utf8')).trim().split('\n'))];
    assert.equal(used.length, 1);
    assert.equal(existsSync(used[0]!), false, 'the key file is gone after the run');
    assert.ok(run.masked.includes(key.trim()) || run.masked.includes(key), 'the key is masked');

    const head = await repo.head();
    const wrong = await bump(`git@127.0.0.1:acme/${name}.git`, { image: `${IMAGE}:1.4.0`, token: '', 'ssh-key': key.replace('ZGVw', 'AAAA') }, env);
    failed(wrong, /could not authenticate to git@127\.0\.0\.1:acme\/config\d+\.git.*the deploy key was refused: add its public key/);
    assert.equal(await repo.head(), head);
  });

  test('an older run after a newer one landed is skipped; the same image is a no-op', async () => {
    const { repo, name } = await configRepo();
    assert.equal((await bump(`acme/${name}`, { image: `${IMAGE}:2.0.0`, 'image-created': '2026-04-02T00:00:00Z' })).outputs.result, 'pushed');
    const head = await repo.head();
    const older = await bump(`acme/${name}`, { image: `${IMAGE}:1.9.0`, 'image-created': '2026-04-01T00:00:00Z' });
    assert.equal(older.exitCode, 0, older.stdout);
    assert.equal(older.outputs.result, 'skipped');
    assert.equal(older.outputs['commit-sha'], '');
    assert.match(older.summary, /Skipped/);
    const same = await bump(`acme/${name}`, { image: `${IMAGE}:2.0.0`, 'image-created': '2026-04-02T00:00:00Z' });
    assert.equal(same.outputs.result, 'noop');
    assert.equal(await repo.head(), head);
  });

  test('dry-run shows the diff and pushes nothing', async () => {
    const { repo, name } = await configRepo();
    const head = await repo.head();
    const run = await bump(`acme/${name}`, { image: `${IMAGE}:1.2.0`, 'dry-run': 'true' });
    assert.equal(run.outputs.result, 'dry-run', run.stdout);
    assert.match(run.outputs.diff!, /\+\s+image: "ghcr\.io\/acme\/shop:1\.2\.0"/);
    assert.equal(await repo.head(), head);
  });

  describe('failures commit and push nothing', () => {
    let repo: ConfigRepo;
    let name: string;
    let head: string;
    before(async () => {
      ({ repo, name } = await configRepo({
        'apps/broken/values.yaml': 'image:\n  repository: ghcr.io/acme/shop\n  tag: "1.0.0\n  pullPolicy: IfNotPresent\n',
        'apps/link/deployment.yaml': { symlink: '/etc/hostname' },
      }));
      head = await repo.head();
    });
    after(async () => assert.equal(await repo.head(), head));

    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'malformed YAML names file:line',
        { targets: 'apps/shop/prod/deployment.yaml\napps/broken/values.yaml helm' },
        /apps\/broken\/values\.yaml:\d+:\d+: invalid YAML/,
      ],
      ['a missing target file', { targets: 'apps/shop/prod/deployment.yaml\napps/nope.yaml' }, /target file "apps\/nope\.yaml" does not exist/],
      ['an image name that matches nothing', { image: 'ghcr.io/acme/other:1.1.0' }, /no target for image ghcr\.io\/acme\/other/],
      ['a path with ".."', { targets: '../outside.yaml' }, /input "targets".*contains "\.\."/],
      ['an absolute path', { targets: '/etc/passwd' }, /input "targets".*is absolute/],
      ['a symlink leaving the repository', { targets: 'apps/link/deployment.yaml' }, /"apps\/link\/deployment\.yaml" is a symlink that resolves outside/],
    ];
    for (const [title, inputs, message] of cases) {
      test(title, async () => failed(await bump(`acme/${name}`, { image: `${IMAGE}:1.1.0`, ...inputs }), message));
    }
  });

  test('bad inputs are refused before any git work', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ image: 'ghcr.io/acme/shop:-1.0' }, /input "image" is not a valid image reference: tag "-1.0" is invalid/],
      [{ image: 'ghcr.io/acme/shop' }, /input "image" .*neither a tag nor a digest/],
      [{ image: `${IMAGE}:1.0`, pin: 'digest' }, /input "pin" is digest but the image has no digest/],
      [{ image: `${IMAGE}:1.0`, pin: 'sha' }, /input "pin" must be one of tag, digest, tag\+digest/],
      [{ image: `${IMAGE}:1.0`, mode: 'pr' }, /input "mode" must be one of push, pull-request/],
      [{ image: `${IMAGE}:1.0`, 'commit-message': 'Bump {service} to {version}' }, /input "commit-message" uses unknown placeholders \{version\}/],
      [{ image: `${IMAGE}:1.0`, 'image-created': 'yesterday' }, /input "image-created" is not an RFC 3339 time/],
      [{ image: `${IMAGE}:1.0`, 'max-attempts': '0' }, /input "max-attempts" must be an integer between 1 and 100/],
      [{ image: `${IMAGE}:1.0`, targets: 'a.yaml chart' }, /input "targets" line 1 .*unknown kind "chart"/],
      [{ image: `${IMAGE}:1.0`, repository: 'not a repo' }, /input "repository" must be owner\/name or a git URL/],
      [{ image: `${IMAGE}:1.0`, repository: 'https://user:pw@example.com/a/b.git' }, /input "repository" carries credentials in the URL/],
      [{ image: `${IMAGE}:1.0`, mode: 'pull-request', token: '' }, /input "token" is empty but mode is pull-request/],
      [{ image: `${IMAGE}:1.0`, environment: 'prod/eu' }, /input "environment" must match/],
      [
        { image: `${IMAGE}:1.0`, repository: 'git@github.com:acme/config.git' },
        /input "ssh-key" is empty but the repository git@github\.com:acme\/config\.git is reached over SSH/,
      ],
      [
        { image: `${IMAGE}:1.0`, repository: 'https://example.com/acme/config.git', 'ssh-key': 'KEY' },
        /input "ssh-key" is set but the repository .* is not an SSH URL/,
      ],
      [{ image: `${IMAGE}:1.0`, images: `${IMAGE}:1.1` }, /input "images" is set together with image; use image for one reference, or images for several/],
      [{ image: '' }, /input "image" is required; pass the pushed image/],
      [
        { image: `${IMAGE}:1.0`, 'promote-from': 'staging', 'promote-from-targets': 'a.yaml' },
        /input "image" carries a tag or digest \(ghcr\.io\/acme\/shop:1\.0\) but promote-from is set; pass the name alone, e\.g\. ghcr\.io\/acme\/shop/,
      ],
      [{ image: IMAGE, 'promote-from': 'staging' }, /input "promote-from-targets" is required/],
      [{ image: `${IMAGE}:1.0`, 'promote-from-targets': 'a.yaml' }, /input "promote-from-targets" is set but promote-from is empty/],
      [{ image: IMAGE, 'promote-from': 'staging', 'promote-from-targets': 'apps/../../outside.yaml' }, /input "promote-from-targets" .*contains "\.\."/],
      [
        { image: '', images: Array.from({ length: 101 }, (_, i) => `${IMAGE}-${i}:1.0`).join('\n') },
        /input "images" lists 101 images, more than 100; split the release/,
      ],
      [
        { image: `${IMAGE}:1.0`, transport: 'github-api', mode: 'pull-request' },
        /input "transport" is github-api but mode is pull-request.*; use transport: git \(or auto\)/,
      ],
      [{ image: `${IMAGE}:1.0`, transport: 'svn' }, /input "transport" must be one of auto, git, github-api/],
      [{ image: `${IMAGE}:1.0`, batch: 'true', mode: 'pull-request' }, /input "batch" is for mode: push .*; set batch: false, or mode: push/],
      [{ image: `${IMAGE}:1.0`, validate: 'yes please' }, /input "validate" must be one of .*set it to true or false/],
      [
        { image: `${IMAGE}:1.0`, validate: 'true', 'validate-kubernetes-version': '1.99' },
        /input "validate-kubernetes-version" is "1\.99", not a Kubernetes release config-validate knows; set it to the version of the cluster/,
      ],
      [
        { image: `${IMAGE}:1.0`, validate: 'true', 'validate-checks': 'schema,lint' },
        /input "validate-checks" names an unknown check "lint"; use any of schema, deprecations, policies/,
      ],
      [{ image: `${IMAGE}:1.0`, validate: 'true', 'validate-fail-on': 'fatal' }, /input "validate-fail-on" must be one of error, warning, info, never/],
      [{ image: `${IMAGE}:1.0`, validate: 'true', 'validate-engine': 'docker' }, /input "validate-engine" must be one of embedded, tools, both/],
      [
        { image: `${IMAGE}:1.0`, validate: 'true', 'validate-engine': 'tools', 'validate-policy-dir': '../policy' },
        /input "validate-policy-dir" .*contains "\.\."/,
      ],
      [
        { image: `${IMAGE}:1.0`, validate: 'true', 'validate-policy-dir': 'policy' },
        /input "validate-policy-dir" is set but validate-engine is embedded, which does not run Rego; set validate-engine: tools or both/,
      ],
      [
        { image: `${IMAGE}:1.0`, 'validate-engine': 'tools' },
        /input "validate-engine" is set but validate is false; set validate: true to check the edited files before committing, or drop validate-engine/,
      ],
    ];
    const before = server.log.length;
    for (const [inputs, message] of cases) failed(await bump('acme/does-not-exist', inputs), message);
    assert.equal(server.log.length, before, 'no git request was made');
  });

  test('validate: a bump that brings in a finding fails naming it and commits nothing; findings the files had are notes', async () => {
    const { repo, name } = await configRepo();
    const head = await repo.head();
    failed(
      await bump(`acme/${name}`, { image: `${IMAGE}:latest`, validate: 'true' }),
      /manifest-bump failed: the edited files fail validation, so nothing was committed: apps\/shop\/prod\/deployment\.yaml:\d+ error SP-IMG-001: images are pinned: container \S+ runs ghcr\.io\/acme\/shop:latest/,
    );
    assert.equal(await repo.head(), head);
    const run = await bump(`acme/${name}`, { image: `${IMAGE}:1.1.0`, validate: 'true', 'validate-kubernetes-version': '1.31' });
    assert.equal(run.outputs.result, 'pushed', run.stdout);
    assert.match(run.outputs.notes!, /^validation: not checked: apps\/shop\/prod\/kustomization\.yaml \(no Kubernetes objects/m);
  });

  test('values that land in the commit, its trailers or the pull request are single-line and bounded; branches follow git rules (issue 14)', async () => {
    const forged = 'Image-Created: 2099-01-01T00:00:00Z';
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'source-commit': `c0ffee\n${forged}` }, /input "source-commit" contains a line break; write it on one line/],
      [{ 'source-commit': 'HEAD~1' }, /input "source-commit" must match .*a commit sha/],
      [{ 'commit-message': `Bump {service}\n\n${forged}` }, /input "commit-message" contains a line break/],
      [{ 'commit-message': 'x'.repeat(10_000) }, /input "commit-message" is 10000 characters long; shorten it to at most \d+ characters/],
      [{ 'source-repository': `acme/shop\n${forged}` }, /input "source-repository" contains a line break/],
      [{ 'author-name': 'bot\u001b[31m' }, /input "author-name" contains the control character U\+001B/],
      [{ 'author-email': 'bot@example.com\nSigned-off-by: x' }, /input "author-email" contains a line break/],
      [{ 'author-email': 'not-an-email' }, /input "author-email" must match/],
      [{ 'expected-current': `${IMAGE}:1.0.0\u202e` }, /input "expected-current" contains the control character U\+202E/],
      [{ 'pr-labels': `deploy\rinjected` }, /input "pr-labels" (item 1 )?contains a line break/],
      [{ 'pr-labels': 'x'.repeat(51) }, /input "pr-labels" item 1 is 51 characters long; shorten it to at most 50/],
      [{ 'pr-reviewers': 'octo cat' }, /input "pr-reviewers" has an invalid reviewer "octo cat"/],
      [{ branch: 'main\nother' }, /input "branch" is not a valid branch name: it contains a line break/],
      [{ branch: 'release/../main' }, /input "branch" is not a valid branch name: it contains "\.\."/],
      [{ branch: '-main' }, /input "branch" is not a valid branch name: it starts with "-"/],
      [{ branch: 'main.lock' }, /input "branch" is not a valid branch name: it has a part "main\.lock"/],
      [{ branch: 'a:b' }, /input "branch" is not a valid branch name: it contains ":"/],
      [{ mode: 'pull-request', 'pr-base': 'main@{1}' }, /input "pr-base" is not a valid branch name: it contains "@\{"/],
      [{ 'history-depth': '99999999999999999999' }, /input "history-depth" must be an integer between 1 and 100000/],
      // Found by the long fuzz run (seed 20260114): 200 "é" are 400 bytes, a raw ENAMETOOLONG after the clone.
      [{ targets: `apps/${'é'.repeat(200)}.yaml` }, /input "targets" file "apps\/é+" has a file name of 405 bytes; file names are at most 255 bytes/],
      [{ targets: Array.from({ length: 150 }, () => 'abcdefgh').join('/') }, /input "targets" file ".*" is 1349 bytes long; name files of at most 1024 bytes/],
      [
        { repository: 'git@github.com:acme/config.git', token: '', 'ssh-key': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx user@host' },
        /input "ssh-key" is a public key; pass the private deploy key/,
      ],
      [
        { repository: 'git@github.com:acme/config.git', token: '', 'ssh-key': 'not a key\nsecond line' },
        /input "ssh-key" is not a private key \(no -----BEGIN \.\.\. PRIVATE KEY----- line\); pass the whole private deploy key/,
      ],
      [
        { repository: 'git@github.com:acme/config.git', token: '', 'ssh-key': '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA' },
        /input "ssh-key" is not a private key \(no -----END/,
      ],
      [
        {
          repository: 'git@github.com:acme/config.git',
          token: '',
          'ssh-key': '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nAAAA\n-----END RSA PRIVATE KEY-----',
        },
        /input "ssh-key" is encrypted with a passphrase/,
      ],
      [{ image: '', images: `${IMAGE}:1.0\n${IMAGE}-b:1.0\u202e` }, /input "images" item 2 contains the control character U\+202E/],
      [{ image: IMAGE, 'promote-from': 'staging\nprod' }, /input "promote-from" contains a line break/],
      [
        { image: IMAGE, 'promote-from': 'staging', 'promote-from-targets': `apps/${'é'.repeat(200)}.yaml` },
        /input "promote-from-targets" file "apps\/é+" has a file name of 405 bytes/,
      ],
      [{ validate: 'true', 'validate-engine': 'tools', 'validate-policy-dir': 'policy\n../x' }, /input "validate-policy-dir" contains a line break/],
      [{ 'validate-kubernetes-version': `1.31${'0'.repeat(9_996)}` }, /input "validate-kubernetes-version" is 10000 characters long; shorten it/],
    ];
    const before = server.log.length;
    for (const [inputs, message] of cases) {
      const run = await bump('acme/does-not-exist', { image: `${IMAGE}:1.0`, ...inputs });
      failed(run, message);
      assert.match(run.errors[0]!, /^manifest-bump failed: input "[a-z-]+" /);
    }
    assert.equal(server.log.length, before, 'no git request was made');
  });

  test('pull-request mode keeps one bot branch and one pull request per service and environment', async () => {
    const { repo, name } = await configRepo();
    const baseHead = await repo.head();
    const { pulls, labels, reviewers } = servePulls(github, 'acme', name);
    const htmlUrl = (n: number) => `https://github.example/acme/${name}/pull/${n}`;
    const inputs = { mode: 'pull-request', 'pr-labels': 'deploy, prod', 'pr-reviewers': 'alice\nacme/sre' };
    const bot = 'service-pipeline/prod/shop';

    const opened = await bump(`acme/${name}`, { ...inputs, image: `${IMAGE}:1.1.0`, 'image-created': '2026-05-01T00:00:00Z' });
    assert.equal(opened.exitCode, 0, opened.stdout);
    assert.equal(opened.outputs.result, 'pr-opened');
    assert.equal(opened.outputs['pr-url'], htmlUrl(1));
    assert.equal(opened.outputs['commit-sha'], await repo.head(bot));
    assert.equal(await repo.head(), baseHead, 'the base branch did not move');
    assert.equal(await repo.read('apps/shop/prod/deployment.yaml', bot), deployment(`${IMAGE}:1.1.0`));
    assert.deepEqual(labels, [['deploy', 'prod']]);
    assert.deepEqual(reviewers, [{ reviewers: ['alice'], team_reviewers: ['sre'] }]);
    assert.equal(pulls[0]!.title, 'Bump shop in prod to 1.1.0');

    await repo.commit({ 'README.md': 'config\n' }, 'unrelated change on main');
    const updated = await bump(`acme/${name}`, { ...inputs, image: `${IMAGE}:1.2.0`, 'image-created': '2026-05-02T00:00:00Z' });
    assert.equal(updated.outputs.result, 'pr-updated', updated.stdout);
    assert.equal(updated.outputs['pr-url'], htmlUrl(1));
    assert.equal(pulls.length, 1);
    assert.equal(pulls[0]!.title, 'Bump shop in prod to 1.2.0');
    const branchLog = await repo.log(bot);
    assert.equal(branchLog[1]!.sha, await repo.head(), 'the bot branch is one commit on top of the current base');
    assert.equal(await repo.read('apps/shop/prod/kustomization.yaml', bot), kustomization('1.2.0'));

    const older = await bump(`acme/${name}`, { ...inputs, image: `${IMAGE}:1.1.5`, 'image-created': '2026-05-01T12:00:00Z' });
    assert.equal(older.outputs.result, 'skipped', older.stdout);
    assert.match(older.stdout, /waits in the pull request/);
    assert.equal(await repo.read('apps/shop/prod/kustomization.yaml', bot), kustomization('1.2.0'));
  });

  test('transport auto on this GitHub server commits through the Git Data API: no git request at all', async () => {
    const { repo, name } = await configRepo();
    const gitRequests = server.log.length;
    const run = await bump(`acme/${name}`, { transport: 'auto', image: `${IMAGE}:1.5.0@${DIGEST}`, 'image-created': '2026-04-03T00:00:00Z' });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.result, 'pushed');
    assert.equal(run.outputs['commit-sha'], await repo.head());
    assert.equal(await repo.read('apps/shop/prod/deployment.yaml'), deployment(`${IMAGE}:1.5.0@${DIGEST}`));
    assert.equal(server.log.length, gitRequests, 'git was never run against the remote');
    assert.ok(github.log.some((l) => l.method === 'PATCH' && l.path === `/repos/acme/${name}/git/refs/heads%2Fmain` && l.status === 200));
    assert.match(run.outputs.diff!, /^\+\s+image: "ghcr\.io\/acme\/shop:1\.5\.0@sha256:(ab){32}"$/m);
  });

  test("batch: concurrent runs over smart HTTP land once each, queued ones in another run's push", async () => {
    const services = ['shop', 'cart', 'web', 'api', 'auth'];
    const files = Object.fromEntries(services.map((s) => [`apps/${s}/prod/deployment.yaml`, deployment(`ghcr.io/acme/${s}:1.0.0`)]));
    const { repo, name } = await configRepo(files);
    const runs = await Promise.all(
      services.map((s) =>
        bump(`acme/${name}`, { image: `ghcr.io/acme/${s}:2.0.0`, service: s, targets: `apps/${s}/prod/deployment.yaml`, batch: 'true', 'max-attempts': '20' }),
      ),
    );
    for (const run of runs) {
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assert.equal(run.outputs.result, 'pushed');
      assert.ok((await repo.log()).some((c) => c.sha === run.outputs['commit-sha']));
    }
    for (const s of services) assert.equal(await repo.read(`apps/${s}/prod/deployment.yaml`), deployment(`ghcr.io/acme/${s}:2.0.0`));
    assert.equal((await repo.log()).length, 1 + services.length, 'one commit per run');
    assert.equal((await git(repo.bare, ['for-each-ref', 'refs/service-pipeline/'])).trim(), '', 'no queue ref is left');
  });

  test('several images in one commit, with the result of each', async () => {
    const { repo, name } = await configRepo({
      'apps/shop/prod/all.yaml': [
        'kind: Kustomization',
        'images:',
        `  - name: ${IMAGE}`,
        '    newTag: "1.0.0"',
        '  - name: ghcr.io/acme/cart',
        '    newTag: "1.0.0"',
        '',
      ].join('\n'),
    });
    const run = await bump(
      `acme/${name}`,
      { images: `${IMAGE}:2.0.0\nghcr.io/acme/cart:2.0.0`, targets: 'apps/shop/prod/all.yaml' },
      { GITHUB_REPOSITORY: 'acme/monorepo' },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.result, 'pushed');
    assert.deepEqual(JSON.parse(run.outputs.images!), [
      { image: IMAGE, service: 'shop', result: 'changed' },
      { image: 'ghcr.io/acme/cart', service: 'cart', result: 'changed' },
    ]);
    const log = await repo.log();
    assert.equal(log.length, 2, 'one commit for both');
    assert.equal(log[0]!.subject, 'Bump shop, cart in prod to shop 2.0.0, cart 2.0.0');
    assert.match(run.summary, /\| `ghcr\.io\/acme\/cart` \| cart \| changed \|/);
  });

  test('promotion from staging in pull-request mode, and what was not written in notes and summary', async () => {
    const values = (tag: string) => ['image:', '  repository: ghcr.io/acme/shop', `  tag: "${tag}"`, ''].join('\n');
    const { repo, name } = await configRepo({
      'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
      'charts/shop/templates/deployment.yaml': 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n',
      'charts/shop/values-staging.yaml': values('3.0.0'),
      'charts/shop/values-prod.yaml': values('2.0.0'),
    });
    servePulls(github, 'acme', name);
    const staged = await bump(`acme/${name}`, {
      image: `${IMAGE}:3.1.0@${DIGEST}`,
      environment: 'staging',
      targets: 'charts/shop/values-staging.yaml',
      'image-created': '2026-04-05T00:00:00Z',
    });
    assert.equal(staged.outputs.result, 'pushed', staged.stdout);
    assert.match(staged.outputs.notes!, /image\.digest was not written: the chart's templates \(charts\/shop\/templates\) never read image\.digest/);
    assert.match(staged.summary, /^- charts\/shop\/values-staging\.yaml: image\.digest was not written/m);

    const base = await repo.head();
    const run = await bump(`acme/${name}`, {
      mode: 'pull-request',
      image: IMAGE,
      'promote-from': 'staging',
      'promote-from-targets': 'charts/shop/values-staging.yaml',
      targets: 'charts/shop/values-prod.yaml',
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.result, 'pr-opened');
    assert.equal(await repo.head(), base);
    assert.equal(await repo.read('charts/shop/values-prod.yaml', 'service-pipeline/prod/shop'), values('3.1.0'));
    const [commit] = await repo.log('service-pipeline/prod/shop');
    assert.equal(commit!.subject, 'Promote shop from staging to prod: 3.1.0');
    assert.match(commit!.body, /^Image-Created: 2026-04-05T00:00:00Z$/m);
  });

  test('an uppercase image name fails with the lowercase spelling, which then works', async () => {
    const { repo, name } = await configRepo();
    const head = await repo.head();
    failed(
      await bump(`acme/${name}`, { image: 'ghcr.io/Acme/Shop:1.6.0' }),
      /image ghcr\.io\/Acme\/Shop has uppercase letters in its repository name.*; use ghcr\.io\/acme\/shop$/,
    );
    assert.equal(await repo.head(), head);
    assert.equal((await bump(`acme/${name}`, { image: 'ghcr.io/acme/shop:1.6.0' })).outputs.result, 'pushed');
  });
});
