import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { NODE_BINARY, REPO_ROOT } from './helpers/action-runner.js';
import { git } from './helpers/git-remote.js';

const SCRIPT = join(REPO_ROOT, 'scripts/release.mjs');

async function release(repo: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  const result = await runCommand(NODE_BINARY, [SCRIPT, '--repo', repo, ...args], { captureStdout: true });
  return { code: result.code, output: `${result.stdout}\n${result.tail.join('\n')}` };
}

const remoteTag = async (bare: string, tag: string): Promise<string> => (await git(bare, ['rev-parse', `refs/tags/${tag}^{commit}`])).trim();

describe('release script: immutable vX.Y.Z, moving vX', () => {
  let root: string;
  let repo: string;
  let bare: string;
  const version = async (v: string, changelog = `# Changelog\n\n## ${v}\n\n- something\n`) => {
    await writeFile(join(repo, 'package.json'), JSON.stringify({ name: 'x', version: v }));
    await writeFile(join(repo, 'CHANGELOG.md'), changelog);
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-qm', `release ${v}`]);
  };
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-release-'));
    bare = join(root, 'remote.git');
    repo = join(root, 'work');
    await git(root, ['init', '-q', '--bare', bare]);
    await git(root, ['init', '-q', '--initial-branch=main', repo]);
    await git(repo, ['remote', 'add', 'origin', bare]);
  });
  after(() => rm(root, { recursive: true, force: true }));

  test('cuts v1.2.0 and v1 on HEAD, with the CHANGELOG section as the tag message', async () => {
    await version('1.2.0');
    const result = await release(repo);
    assert.equal(result.code, 0, result.output);
    const head = (await git(repo, ['rev-parse', 'HEAD'])).trim();
    assert.equal(await remoteTag(bare, 'v1.2.0'), head);
    assert.equal(await remoteTag(bare, 'v1'), head);
    assert.match(await git(bare, ['tag', '-l', '--format=%(contents)', 'v1.2.0']), /- something/);
  });

  test('the same version again is refused; the next one moves v1 and leaves v1.2.0 alone', async () => {
    const before = await remoteTag(bare, 'v1.2.0');
    await writeFile(join(repo, 'README'), 'fix\n');
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-qm', 'fix: a']);
    const again = await release(repo);
    assert.equal(again.code, 1);
    assert.match(again.output, /release failed: v1\.2\.0 already exists; version tags never move/);

    await version('1.3.0');
    assert.equal((await release(repo)).code, 0);
    const head = (await git(repo, ['rev-parse', 'HEAD'])).trim();
    assert.equal(await remoteTag(bare, 'v1'), head);
    assert.equal(await remoteTag(bare, 'v1.3.0'), head);
    assert.equal(await remoteTag(bare, 'v1.2.0'), before);
  });

  test('a version tag created elsewhere (only on the remote) is refused too', async () => {
    await version('1.4.0');
    // Someone else pushed the tag (e.g. from another clone): it exists only on the remote.
    await git(repo, ['push', '-q', 'origin', 'HEAD:refs/tags/v1.4.0']);
    const result = await release(repo);
    assert.match(result.output, /v1\.4\.0 already exists on origin/);
  });

  test('bad input: one clear error each, nothing tagged', async () => {
    await version('1.5.0', '# Changelog\n\n## 1.4.0\n\n- old\n');
    assert.match((await release(repo)).output, /CHANGELOG\.md has no \(or an empty\) "## 1\.5\.0" section/);
    await version('1.5.0-rc.1');
    assert.match((await release(repo)).output, /package\.json version "1\.5\.0-rc\.1" is not X\.Y\.Z/);
    await version('1.5.0');
    await writeFile(join(repo, 'dirty'), 'x');
    assert.match((await release(repo)).output, /uncommitted changes/);
    await rm(join(repo, 'dirty'));
    const dry = await release(repo, '--dry-run');
    assert.match(dry.output, /would release v1\.5\.0/);
    assert.equal((await git(bare, ['tag', '-l', 'v1.5.0'])).trim(), '');
  });
});
