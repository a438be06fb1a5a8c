import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit';
import type { BumpRecord } from './bump-record.js';
import {
  type CommitCopy,
  type ConfigRepoTransport,
  changedBlobs,
  type FileWrite,
  isQueueRef,
  lazyTree,
  newestRecords,
  parseRawCommit,
  passedAll,
  QUEUE_NAMESPACE,
  type QueuedBump,
  type RecordKey,
  type RefUpdate,
  type TreeEntry,
} from './config-repo.js';
import { type GitCredentials, prepareGitAuth } from './git-auth.js';
import { GitError, gitObjectReader, gitRunner, isolatedGitEnv } from './git-command.js';
import { ObjectWriter, parseTree, type RawTree } from './git-objects.js';

/**
 * A config repository reached with the git CLI, without a checkout: a bare temp repository,
 * shallow single-branch fetches (incremental after the first), trees, files and commit
 * messages read through one long-lived `cat-file --batch`, the commit's objects written into
 * the object store directly, and a push that is never forced (`--force-with-lease` on the
 * pull-request bot branch). A retry costs a fetch of the new commits and the push, plus reads
 * of the objects that changed: no clone, no checkout, no other process.
 */
export async function gitTransport(remote: string, credentials: GitCredentials = {}): Promise<ConfigRepoTransport> {
  const auth = await prepareGitAuth(credentials);
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'sp-bump-'));
    const gitDir = dir;
    const env = isolatedGitEnv(auth.env);
    const git = gitRunner(gitDir, env, auth.redact);
    // The smallest bare repository git accepts, written directly: `git init` would copy its
    // template hooks, a process and dozens of files per bump.
    await Promise.all(['objects', 'refs/heads', 'refs/tags'].map((d) => mkdir(join(gitDir, d), { recursive: true })));
    await writeFile(join(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(join(gitDir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tbare = true\n');
    const url = remote.startsWith('/') ? `file://${remote}` : remote;
    const objects = gitObjectReader(gitDir, env);
    const trees = new Map<string, Promise<RawTree>>();
    const writer = new ObjectWriter(gitDir);
    const branchOf = new Map<string, string>();
    const deepened = new Set<string>();
    // Whether the remote takes `push --atomic` (the branch and the landed queue refs together).
    let atomic = true;

    const object = async (sha: string, type: string) => {
      const found = await objects.read(sha);
      if (!found || found.type !== type) throw new Error(`git object ${sha} is not a ${type} in the fetched history`);
      return found.data;
    };
    const readCommit = async (sha: string) => parseRawCommit((await object(sha, 'commit')).toString('utf8'));
    const rawTree = (sha: string) => {
      let cached = trees.get(sha);
      if (!cached) {
        cached = object(sha, 'tree').then(parseTree);
        trees.set(sha, cached);
      }
      return cached;
    };
    const readTree = async (sha: string): Promise<Map<string, TreeEntry>> => (await rawTree(sha)).entries;
    const fetchRefspec = (branch: string) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`;
    /** Commit messages from `tip` back through every parent that was fetched, at most `limit`, stopping at `since`. */
    const messagesFrom = async (tip: string, limit: number, since?: string): Promise<string[]> => {
      const messages: string[] = [];
      const queue = [tip];
      const seen = new Set(since ? [since] : []);
      while (queue.length > 0 && messages.length < limit) {
        const sha = queue.shift()!;
        if (seen.has(sha)) continue;
        seen.add(sha);
        const commit = await objects.read(sha);
        if (!commit) continue;
        const parsed = parseRawCommit(commit.data.toString('utf8'));
        messages.push(parsed.message);
        queue.push(...parsed.parents);
      }
      return messages;
    };

    return {
      label: auth.redact(remote),
      async defaultBranch() {
        const out = await git(['ls-remote', '--symref', url, 'HEAD']);
        const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out);
        if (!match)
          throw new ActionError(
            'the config repository does not advertise a default branch (is it empty?)',
            'set the branch input, or push a first commit to the repository',
          );
        return match[1]!;
      },
      async fetchBranch(branch: string, depth?: number) {
        const args = ['fetch', '-q', '--no-tags', ...(depth !== undefined ? ['--depth', String(depth)] : []), url, fetchRefspec(branch)];
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
        return lazyTree((await readCommit(commit)).tree, readTree);
      },
      async readBlobs(shas: readonly string[]) {
        const unique = [...new Set(shas)];
        const blobs = await Promise.all(unique.map(async (sha) => [sha, (await object(sha, 'blob')).toString('utf8')] as const));
        return new Map(blobs);
      },
      async findRecords(tip: string, keys: readonly RecordKey[], options: { depth: number; since?: string }) {
        if (options.since) return newestRecords(await messagesFrom(tip, options.depth, options.since), keys);
        // The history of the tip, newest first, walked through the object reader down to the
        // shallow boundary: a grep for our trailers without a process.
        const search = async (): Promise<Map<string, BumpRecord>> => newestRecords(await messagesFrom(tip, Infinity), keys);
        const found = await search();
        const branch = branchOf.get(tip);
        if (found.size === keys.length || deepened.has(tip) || !branch || !existsSync(join(gitDir, 'shallow'))) return found;
        deepened.add(tip);
        await git(['fetch', '-q', '--no-tags', `--deepen=${options.depth * 10}`, url, fetchRefspec(branch)]);
        return search();
      },
      readCommit,
      async createCommit(parent: string, files: readonly FileWrite[], message: string, author: { name: string; email: string }) {
        const blobs = new Map(files.map((file) => [file.path, writer.write('blob', Buffer.from(file.text))]));
        const tree = await writer.replaceBlobs((await readCommit(parent)).tree, blobs, rawTree);
        const identity = `${author.name} <${author.email}> ${Math.floor(Date.now() / 1000)} +0000`;
        return writer.write('commit', Buffer.from(`tree ${tree}\nparent ${parent}\nauthor ${identity}\ncommitter ${identity}\n\n${message}`));
      },
      async updateBranch(branch: string, commit: string, update: RefUpdate) {
        // The lease names the bot branch tip this attempt saw (empty: must not exist yet), so a
        // concurrent run's update is never overwritten; the base branch is only fast-forwarded.
        // Queued bumps landed (or expired) go in the same atomic push, each deleted only while it
        // still names the commit that was read: a bump queued twice cannot land twice.
        const drop = update.kind === 'fast-forward' ? (update.drop ?? []) : [];
        const deletions = [...drop.map((q) => `--force-with-lease=${q.ref}:${q.commit}`), url, ...drop.map((q) => `:${q.ref}`)];
        for (;;) {
          const args =
            update.kind === 'lease'
              ? ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${update.from ?? ''}`, url, `${commit}:refs/heads/${branch}`]
              : drop.length > 0 && atomic
                ? ['push', '--porcelain', '--atomic', ...deletions, `${commit}:refs/heads/${branch}`]
                : ['push', '--porcelain', url, `${commit}:refs/heads/${branch}`];
          const pushed = await git(args, { allowFailure: true });
          if (pushed.code !== 0 && drop.length > 0 && atomic && /does not support --atomic/i.test(pushed.output)) {
            // A server without atomic pushes: the branch first, then the queue refs (as through the
            // API); a queued bump whose ref outlives its landing is found in the history and dropped.
            atomic = false;
            continue;
          }
          if (pushed.code !== 0) {
            if (isStaleRejection(`${pushed.stdout}\n${pushed.output}`)) return 'stale';
            throw new GitError(args, pushed.code, pushed.output);
          }
          if (drop.length > 0 && !atomic) await git(['push', '--porcelain', ...deletions], { allowFailure: true });
          return 'updated';
        }
      },
      async history(tip: string, limit: number, until?: ReadonlySet<string>) {
        const found: { sha: string; message: string; parent?: string }[] = [];
        for (let sha: string | undefined = tip; sha && found.length < limit && !passedAll(until, found); ) {
          const commit = await objects.read(sha);
          if (!commit) break;
          const parsed = parseRawCommit(commit.data.toString('utf8'));
          found.push({ sha, message: parsed.message, ...(parsed.parents[0] ? { parent: parsed.parents[0] } : {}) });
          sha = parsed.parents[0];
        }
        return found;
      },
      async listQueued(branch: string) {
        const out = await git(['ls-remote', url, `${QUEUE_NAMESPACE}/${branch}/*`]);
        return out.split('\n').flatMap((line) => {
          const [commit, ref] = line.split('\t');
          return commit && ref && isQueueRef(ref, branch) ? [{ ref, commit }] : [];
        });
      },
      async fetchQueued(branch: string, depth?: number) {
        // One fetch for the branch and every bump queued for it.
        const args = [
          'fetch',
          '-q',
          '--no-tags',
          ...(depth !== undefined ? ['--depth', String(depth)] : []),
          url,
          fetchRefspec(branch),
          `+${QUEUE_NAMESPACE}/${branch}/*:refs/queued/*`,
        ];
        const result = await git(args, { allowFailure: true });
        if (result.code !== 0) {
          if (/couldn't find remote ref/i.test(result.output)) return { tip: undefined, queued: [] };
          throw new GitError(args, result.code, result.output);
        }
        const lines = (await readFile(join(gitDir, 'FETCH_HEAD'), 'utf8')).split('\n');
        const tip = /^([0-9a-f]{40,64})\t[^\t]*\tbranch '/.exec(lines[0] ?? '')?.[1];
        if (tip) branchOf.set(tip, branch);
        const queued = lines.flatMap((line) => {
          const match = /^([0-9a-f]{40,64})\t[^\t]*\t'([^']+)' of /.exec(line);
          return match && isQueueRef(match[2]!, branch) ? [{ ref: match[2]!, commit: match[1]! }] : [];
        });
        return { tip, queued };
      },
      async changedFiles(parent: string, commit: string) {
        return changedBlobs(lazyTree((await readCommit(parent)).tree, readTree), lazyTree((await readCommit(commit)).tree, readTree));
      },
      async queue(ref: string, commit: string) {
        const args = ['push', '--porcelain', `--force-with-lease=${ref}:`, url, `${commit}:${ref}`];
        const pushed = await git(args, { allowFailure: true });
        if (pushed.code !== 0) throw new GitError(args, pushed.code, pushed.output);
      },
      async unqueue(queued: QueuedBump) {
        const args = ['push', '--porcelain', `--force-with-lease=${queued.ref}:${queued.commit}`, url, `:${queued.ref}`];
        const pushed = await git(args, { allowFailure: true });
        if (pushed.code !== 0) throw new GitError(args, pushed.code, pushed.output);
      },
      async copyCommits(parent: string, copies: readonly CommitCopy[], committer: { name: string; email: string }) {
        let tip = parent;
        for (const { from, files } of copies) {
          const raw = (await object(from, 'commit')).toString('utf8');
          const split = raw.indexOf('\n\n');
          const author = raw
            .slice(0, split)
            .split('\n')
            .find((h) => h.startsWith('author '));
          if (!author) throw new Error(`commit ${from} has no author`);
          const tree = await writer.replaceBlobs((await readCommit(tip)).tree, new Map(files.map((f) => [f.path, f.sha])), rawTree);
          const identity = `${committer.name} <${committer.email}> ${Math.floor(Date.now() / 1000)} +0000`;
          tip = writer.write('commit', Buffer.from(`tree ${tree}\nparent ${tip}\n${author}\ncommitter ${identity}\n\n${raw.slice(split + 2)}`));
        }
        return tip;
      },
      async dispose() {
        objects.close();
        await auth.dispose();
        await rm(gitDir, { recursive: true, force: true });
      },
    };
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
