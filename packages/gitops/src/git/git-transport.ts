import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit';
import type { BumpRecord } from './bump-record.js';
import { newestRecords, parseRawCommit, type ConfigRepoTransport, type FileWrite, type RecordKey, type RefUpdate, type Tree, type TreeEntry } from './config-repo.js';
import { GitError, gitRunner, isolatedGitEnv } from './git-command.js';
import { prepareGitAuth, type GitCredentials } from './git-auth.js';

/**
 * A config repository reached with the git CLI, without a checkout: a bare temp repository,
 * shallow single-branch fetches (incremental after the first), files read from the tree with
 * `cat-file --batch`, the commit written in one `fast-import`, and a push that is never forced
 * (`--force-with-lease` on the pull-request bot branch). A retry costs a fetch of the new
 * commits, one `ls-tree`, the changed blobs, one `fast-import` and the push: no clone, no checkout.
 */
export async function gitTransport(remote: string, credentials: GitCredentials = {}): Promise<ConfigRepoTransport & { redact(text: string): string; readonly usesSshKey: boolean }> {
  const auth = await prepareGitAuth(credentials);
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'sp-bump-'));
    const gitDir = dir;
    const git = gitRunner(gitDir, isolatedGitEnv(auth.env), auth.redact);
    await git(['init', '-q', '--bare']);
    await git(['remote', 'add', 'origin', remote.startsWith('/') ? `file://${remote}` : remote]);
    const deepened = new Set<string>();
    const branchOf = new Map<string, string>();
    const label = auth.redact(remote);

    const transport = {
      label,
      usesSshKey: Boolean(credentials.sshKey),
      redact: auth.redact,
      async defaultBranch() {
        const out = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
        const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out);
        if (!match) throw new ActionError('the config repository does not advertise a default branch (is it empty?)', 'set the branch input, or push a first commit to the repository');
        return match[1]!;
      },
      async fetchBranch(branch: string, depth?: number) {
        const args = ['fetch', '-q', '--no-tags', ...(depth !== undefined ? ['--depth', String(depth)] : []), 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`];
        const result = await git(args, { allowFailure: true });
        if (result.code !== 0) {
          if (/couldn't find remote ref/i.test(result.output)) return undefined;
          throw new GitError(args, result.code, result.output);
        }
        // FETCH_HEAD names the tip: no rev-parse process per attempt.
        const tip = /^([0-9a-f]{40,64})\t/.exec(await readFile(join(gitDir, 'FETCH_HEAD'), 'utf8'))?.[1];
        if (!tip) throw new Error(`git fetch of ${branch} left no FETCH_HEAD`);
        branchOf.set(tip, branch);
        return tip;
      },
      async tree(commit: string) {
        const out = await git(['ls-tree', '-r', '-t', '-z', '--full-tree', commit]);
        const tree: Tree = new Map();
        for (const line of out.split('\0')) {
          const match = /^(\d+) (blob|tree|commit) ([0-9a-f]+)\t(.*)$/s.exec(line);
          if (match) tree.set(match[4]!, { mode: match[1]!, type: match[2] as TreeEntry['type'], sha: match[3]! });
        }
        return tree;
      },
      async readBlobs(shas: readonly string[]) {
        const wanted = [...new Set(shas)];
        const blobs = new Map<string, string>();
        if (wanted.length === 0) return blobs;
        const out = Buffer.from(await git(['cat-file', '--batch'], { input: `${wanted.join('\n')}\n` }), 'utf8');
        let at = 0;
        for (const sha of wanted) {
          const eol = out.indexOf(10, at);
          const header = /^([0-9a-f]+) blob (\d+)$/.exec(out.subarray(at, eol).toString('latin1'));
          if (!header || header[1] !== sha) throw new ActionError(`a file in the config repository (blob ${sha}) is not UTF-8 text`, 'target files must be UTF-8 YAML');
          const size = Number(header[2]);
          blobs.set(sha, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
          at = eol + 1 + size + 1;
        }
        return blobs;
      },
      async findRecords(tip: string, keys: readonly RecordKey[], options: { depth: number; since?: string }) {
        const search = async (): Promise<Map<string, BumpRecord>> => {
          const images = [...new Set(keys.map((k) => k.image))];
          const out = await git(['log', '-z', '--format=%B', ...images.map((image) => `--grep=^Image: ${escapeRegex(image)}$`), options.since ? `${options.since}..${tip}` : tip]);
          return newestRecords(out.split('\0'), keys);
        };
        const found = await search();
        if (found.size === keys.length || options.since || deepened.has(tip)) return found;
        deepened.add(tip);
        const branch = branchOf.get(tip);
        if (!branch || !existsSync(join(gitDir, 'shallow'))) return found;
        await git(['fetch', '-q', '--no-tags', `--deepen=${options.depth * 10}`, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
        return search();
      },
      async readCommit(commit: string) {
        return parseRawCommit(await git(['cat-file', 'commit', commit]));
      },
      async createCommit(parent: string, files: readonly FileWrite[], message: string, author: { name: string; email: string }) {
        const when = `${Math.floor(Date.now() / 1000)} +0000`;
        const identity = `${author.name} <${author.email}> ${when}`;
        const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
        const stream = [
          'commit refs/service-pipeline/bump\n',
          'mark :1\n',
          `author ${identity}\n`,
          `committer ${identity}\n`,
          data(message),
          `from ${parent}\n`,
          ...files.map((file) => `M ${file.mode} inline ${JSON.stringify(file.path)}\n${data(file.text)}`),
          '\nget-mark :1\n',
        ].join('');
        const out = await git(['fast-import', '--quiet', '--force'], { input: stream });
        const sha = /^[0-9a-f]{40,64}$/m.exec(out)?.[0];
        if (!sha) throw new Error(`git fast-import did not name the commit it wrote: ${out.slice(0, 200)}`);
        return sha;
      },
      async updateBranch(branch: string, commit: string, update: RefUpdate) {
        // The lease names the bot branch tip this attempt saw (empty: must not exist yet), so a
        // concurrent run's update is never overwritten; the base branch is only fast-forwarded.
        const args = update.kind === 'lease'
          ? ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${update.from ?? ''}`, 'origin', `${commit}:refs/heads/${branch}`]
          : ['push', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`];
        const pushed = await git(args, { allowFailure: true });
        if (pushed.code === 0) return 'updated' as const;
        if (isStaleRejection(`${pushed.stdout}\n${pushed.output}`)) return 'stale' as const;
        throw new GitError(args, pushed.code, pushed.output);
      },
      async dispose() {
        await auth.dispose();
        await rm(gitDir, { recursive: true, force: true });
      },
    };
    return transport;
  } catch (error) {
    await auth.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** `--porcelain` marks a ref git refused as `!`; these are the refusals a re-fetch can cure. */
function isStaleRejection(output: string): boolean {
  const refused = output.split('\n').some((l) => l.startsWith('!\t') || /\[(remote )?rejected\]/.test(l));
  return refused && /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|failed to lock|incorrect old value/i.test(output);
}

// git log --grep speaks POSIX basic regular expressions, where only these are special.
function escapeRegex(text: string): string {
  return text.replace(/[.*[\]^$\\]/g, '\\$&');
}
