import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { type BumpOptions, type BumpResult, bumpImage, bumpImages, promoteImages } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo, type GitHttpServer, git, startGitHttpServer } from '../../../../test/helpers/git-remote.js';
import { shopDeployment } from './shop-deployment.js';

// Every error a bump gives suggests a fix; each case applies exactly that fix and the bump then
// lands. Failed attempts change nothing in the repository.

const TOKEN = 'ghs_errorFixes';
const IMAGE = 'ghcr.io/acme/shop';
const FILE = 'apps/shop/deployment.yaml';
const deployment = (tag: string): string => shopDeployment(IMAGE, tag);

describe('the fix each bump error suggests works', () => {
  let root: string;
  let server: GitHttpServer;
  let interfere: (() => Promise<void>) | undefined;
  const repos: ConfigRepo[] = [];
  let count = 0;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-error-fixes-'));
    server = await startGitHttpServer(root, TOKEN, {
      before: async ({ query }) => {
        // Another writer lands between this bump's fetch and its push, once.
        if (query.includes('service=git-receive-pack') && interfere) {
          const once = interfere;
          interfere = undefined;
          await once();
        }
      },
    });
  });
  after(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const config = async (extra: Record<string, string | { symlink: string }> = {}): Promise<{ repo: ConfigRepo; url: string }> => {
    const name = `config${count++}`;
    const repo = await createConfigRepo({ [FILE]: deployment('1.0.0'), ...extra }, { root, name: `acme/${name}` });
    repos.push(repo);
    return { repo, url: `${server.url}/acme/${name}.git` };
  };
  const options = (url: string, extra: Partial<BumpOptions> = {}): BumpOptions => ({
    remote: url,
    credentials: { token: TOKEN },
    image: { name: IMAGE, tag: '1.1.0' },
    targets: [{ file: FILE, kind: 'manifest' }],
    pin: 'tag',
    environment: 'prod',
    service: 'shop',
    author: { name: 'Bump Bot', email: 'bot@example.com' },
    mode: 'push',
    maxAttempts: 3,
    ...extra,
  });
  /** The failing bump: its error matches `message` and the branch did not move; then the fix lands. */
  const fixes = async (repo: ConfigRepo, failing: () => Promise<BumpResult>, message: RegExp, fixed: () => Promise<BumpResult>): Promise<void> => {
    const head = await repo.head().catch(() => undefined);
    await assert.rejects(failing(), (error: unknown) => error instanceof ActionError && message.test(error.message));
    assert.equal(await repo.head().catch(() => undefined), head, 'the failed bump changed nothing');
    const result = await fixed();
    assert.ok(['pushed', 'pr-opened'].includes(result.result), `${result.result}: ${result.reason ?? ''}`);
  };

  test('a branch that does not exist: set an existing one, or leave it empty', async () => {
    const { repo, url } = await config();
    const message =
      /branch "prod" does not exist in the config repository; set the branch input to an existing branch \(or leave it empty for the default branch\)/;
    await fixes(
      repo,
      () => bumpImage(options(url, { branch: 'prod' })),
      message,
      () => bumpImage(options(url, { branch: 'main' })),
    );
    await fixes(
      repo,
      () => bumpImage(options(url, { branch: 'prod', image: { name: IMAGE, tag: '1.2.0' } })),
      message,
      () => bumpImage(options(url, { image: { name: IMAGE, tag: '1.2.0' } })),
    );
  });

  test('a path with "..": name it relative to the root without ".."', async () => {
    const { repo, url } = await config();
    await fixes(
      repo,
      () => bumpImage(options(url, { targets: [{ file: 'apps/x/../shop/deployment.yaml', kind: 'manifest' }] })),
      /contains "\.\."; name files relative to the config repository root, without "\.\." or a leading "\/"/,
      () => bumpImage(options(url)),
    );
  });

  test('a symlink that leaves the repository: point at the real file', async () => {
    const { repo, url } = await config({ 'apps/link.yaml': { symlink: '../../outside.yaml' } });
    await fixes(
      repo,
      () => bumpImage(options(url, { targets: [{ file: 'apps/link.yaml', kind: 'auto' }] })),
      /is a symlink that resolves outside the config repository.*; point the target at the real file inside the config repository/,
      () => bumpImage(options(url)),
    );
  });

  test('a symlink inside the repository is followed to the real file', async () => {
    const { repo, url } = await config({ 'apps/current.yaml': { symlink: 'shop/deployment.yaml' } });
    const result = await bumpImage(options(url, { targets: [{ file: 'apps/current.yaml', kind: 'auto' }] }));
    assert.equal(result.result, 'pushed');
    assert.equal(await repo.read(FILE), deployment('1.1.0'));
  });

  test('a file that does not exist (wrong case): paths are case-sensitive', async () => {
    const { repo, url } = await config();
    await fixes(
      repo,
      () => bumpImage(options(url, { targets: [{ file: 'Apps/shop/deployment.yaml', kind: 'auto' }] })),
      /does not exist in the config repository; check the targets input: paths are relative to the config repository root and case-sensitive/,
      () => bumpImage(options(url)),
    );
  });

  test('a value with a line break, and an author with "<": single-line values', async () => {
    const { repo, url } = await config();
    await fixes(
      repo,
      () => bumpImage(options(url, { source: { commit: 'abc\ndef' } })),
      /source\.commit contains a line break .*; pass a single-line value/,
      () => bumpImage(options(url, { source: { commit: 'abc' } })),
    );
    await fixes(
      repo,
      () => bumpImage(options(url, { image: { name: IMAGE, tag: '1.2.0' }, author: { name: 'Bot <x>', email: 'bot@example.com' } })),
      /author\.name contains "<" or ">" .*; pass a single-line name and e-mail address/,
      () => bumpImage(options(url, { image: { name: IMAGE, tag: '1.2.0' }, author: { name: 'Bot', email: 'bot@example.com' } })),
    );
  });

  test('other writers win every attempt: raise max-attempts', async () => {
    const { repo, url } = await config();
    const other = () => repo.commit({ 'notes.txt': `${Date.now()}\n` }, 'another writer').then(() => undefined);
    interfere = other;
    await assert.rejects(
      bumpImage(options(url, { maxAttempts: 1 })),
      (e: unknown) =>
        e instanceof ActionError &&
        /the update of main was refused 1 times .*; other jobs keep updating the config repository at the same moment: raise max-attempts, or serialise the jobs with a `concurrency:` group \(when they are bumps too, batch: true lands them together\)/.test(
          e.message,
        ),
    );
    interfere = other;
    const result = await bumpImage(options(url, { maxAttempts: 2 }));
    assert.equal(result.result, 'pushed');
    assert.equal(result.attempts, 2);
    // batch: the refused bump queues itself and the next attempt lands it (bump-batch.test.ts races many).
    interfere = other;
    const batched = await bumpImage(options(url, { maxAttempts: 2, batch: true, image: { name: IMAGE, tag: '1.2.0' } }));
    assert.equal(batched.result, 'pushed');
    assert.equal(batched.attempts, 2);
    assert.equal((await git(repo.bare, ['for-each-ref', 'refs/service-pipeline/'])).trim(), '', 'its queue ref went with the landing');
  });

  test('an empty repository has no default branch: push a first commit (or set the branch)', async () => {
    const name = `config${count++}`;
    const bare = join(root, 'acme', `${name}.git`);
    await mkdir(bare, { recursive: true });
    await git(bare, ['init', '-q', '--bare', '--initial-branch=main']);
    await git(bare, ['config', 'http.receivepack', 'true']);
    const url = `${server.url}/acme/${name}.git`;
    await assert.rejects(
      bumpImage(options(url)),
      (e: unknown) =>
        e instanceof ActionError &&
        /does not advertise a default branch \(is it empty\?\); set the branch input, or push a first commit to the repository/.test(e.message),
    );
    const repo = await createConfigRepo({ [FILE]: deployment('1.0.0') }, { root, name: `acme/${name}-seed` });
    repos.push(repo);
    await git(repo.bare, ['push', '-q', bare, 'main']);
    assert.equal((await bumpImage(options(url))).result, 'pushed');
  });

  test('a refused token, and a repository that does not exist: pass the right token and repository', async () => {
    const { repo, url } = await config();
    await fixes(
      repo,
      () => bumpImage(options(url, { credentials: { token: 'ghs_wrong' } })),
      /git could not authenticate to .*; the token was refused: pass a token with contents: write on the config repository/,
      () => bumpImage(options(url)),
    );
    await fixes(
      repo,
      () => bumpImage(options(url.replace('.git', '-typo.git'), { image: { name: IMAGE, tag: '1.2.0' } })),
      /git could not reach .*; check the repository input \(owner\/name or a git URL\) and that the token can see the repository/,
      () => bumpImage(options(url, { image: { name: IMAGE, tag: '1.2.0' } })),
    );
  });

  test('an image listed twice: list it once', async () => {
    const { repo, url } = await config();
    const images = [
      { image: { name: IMAGE, tag: '1.1.0' }, service: 'shop' },
      { image: { name: IMAGE, tag: '1.2.0' }, service: 'shop' },
    ];
    const { image: _image, service: _service, ...common } = options(url);
    await fixes(
      repo,
      () => bumpImages({ ...common, images }),
      /images\[1\]\.image\.name ghcr\.io\/acme\/shop is listed twice; list each image once/,
      () => bumpImages({ ...common, images: images.slice(1) }),
    );
  });

  test('promotion of an image the source does not run, or runs twice: name it right, or promote from the one target', async () => {
    const { repo, url } = await config({ 'apps/shop/staging.yaml': deployment('2.0.0'), 'apps/shop/staging-canary.yaml': deployment('2.1.0') });
    const { image: _image, service: _service, ...common } = options(url);
    const promote = (name: string, files: string[]) =>
      promoteImages({ ...common, images: [{ name }], from: { environment: 'staging', targets: files.map((file) => ({ file, kind: 'manifest' as const })) } });
    await fixes(
      repo,
      () => promote('ghcr.io/acme/shopp', ['apps/shop/staging.yaml']),
      /staging does not run ghcr\.io\/acme\/shopp: .*; check the image name and the source environment's target files/,
      () => promote(IMAGE, ['apps/shop/staging.yaml']),
    );
    await fixes(
      repo,
      () => promote(IMAGE, ['apps/shop/staging.yaml', 'apps/shop/staging-canary.yaml']),
      /the files of staging hold different references of ghcr\.io\/acme\/shop \(2\.0\.0, 2\.1\.0\); make staging run one reference of it first, or promote from the one target that says what runs/,
      () => promote(IMAGE, ['apps/shop/staging-canary.yaml']),
    );
    assert.equal(await repo.read(FILE), deployment('2.1.0'));
  });
});
