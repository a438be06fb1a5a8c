import { ActionError } from '@service-pipeline/action-kit';
import { GitHubApiError, type GitHubClient } from '@service-pipeline/action-kit/github';
import type { BumpRecord } from './bump-record.js';
import {
  type ChangedFile,
  type CommitCopy,
  type CommitInfo,
  type ConfigRepoTransport,
  type FileWrite,
  isQueueRef,
  lazyTree,
  MAX_CHANGED_FILES,
  newestRecords,
  passedAll,
  QUEUE_NAMESPACE,
  type QueuedBump,
  type RecordKey,
  type RefUpdate,
  type TreeEntry,
} from './config-repo.js';

const PAGE = 100;

/**
 * A config repository on GitHub reached through the Git Data API, without cloning: the branch
 * tip from the ref, files from the trees along their paths (cached by hash, so a retry reads
 * only the directories that changed) and blobs, the bump commit as blob + tree (on
 * the tip's tree) + commit, and the branch moved by a non-forced ref update, which GitHub only
 * accepts as a fast-forward from the tip the commit was made on: a compare-and-swap. History for
 * the ordering check comes from the commits list, a page of 100 at a time.
 */
export function githubTransport(api: { client: GitHubClient; owner: string; repo: string }, label: string): ConfigRepoTransport {
  const { client, owner, repo } = api;
  const commits = new Map<string, CommitInfo>();
  const authors = new Map<string, { name: string; email: string; date: string }>();
  // A retry usually writes the same file contents again: upload each once.
  const uploaded = new Map<string, Promise<string>>();
  const trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  const readTree = (sha: string) => {
    let cached = trees.get(sha);
    if (!cached) {
      cached = client.rest.git.getTree({ owner, repo, tree_sha: sha }).then(({ data }) => {
        if (data.truncated)
          throw new ActionError(
            `a directory of ${label} has more entries than GitHub lists in one answer`,
            'use the git transport for this repository (transport: git)',
          );
        const entries = new Map<string, TreeEntry>();
        for (const entry of data.tree) {
          if (entry.path && entry.sha && entry.mode && entry.type)
            entries.set(entry.path, { mode: entry.mode, type: entry.type as TreeEntry['type'], sha: entry.sha });
        }
        return entries;
      });
      trees.set(sha, cached);
    }
    return cached;
  };

  const readCommit = async (sha: string): Promise<CommitInfo> => {
    const cached = commits.get(sha);
    if (cached) return cached;
    const { data } = await client.rest.git.getCommit({ owner, repo, commit_sha: sha });
    const info = { tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
    commits.set(sha, info);
    authors.set(sha, data.author);
    return info;
  };

  /** Commit messages from `tip` back, at most `limit`, stopping before `since`. */
  const messages = async function* (tip: string, limit: number, since?: string): AsyncGenerator<string> {
    let seen = 0;
    for (let page = 1; seen < limit; page++) {
      const { data } = await client.rest.repos.listCommits({ owner, repo, sha: tip, per_page: PAGE, page });
      for (const commit of data) {
        if (commit.sha === since || seen >= limit) return;
        seen++;
        yield commit.commit.message;
      }
      if (data.length < PAGE) return;
    }
  };

  const fetchBranch = async (branch: string): Promise<string | undefined> => {
    try {
      return (await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  };

  const listQueued = async (branch: string): Promise<QueuedBump[]> => {
    const { data } = await client.rest.git.listMatchingRefs({ owner, repo, ref: `${QUEUE_NAMESPACE.replace(/^refs\//, '')}/${branch}/` });
    return data.filter((r) => isQueueRef(r.ref, branch)).map((r) => ({ ref: r.ref, commit: r.object.sha }));
  };

  const unqueue = async (queued: QueuedBump): Promise<void> => {
    await client.rest.git.deleteRef({ owner, repo, ref: queued.ref.replace(/^refs\//, '') });
  };

  return {
    label,
    async defaultBranch() {
      return (await client.rest.repos.get({ owner, repo })).data.default_branch;
    },
    fetchBranch,
    async tree(commit: string) {
      return lazyTree((await readCommit(commit)).tree, readTree);
    },
    async readBlobs(shas: readonly string[]) {
      const unique = [...new Set(shas)];
      const blobs = await Promise.all(unique.map(async (sha) => (await client.rest.git.getBlob({ owner, repo, file_sha: sha })).data));
      return new Map(blobs.map((blob, i) => [unique[i]!, Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')]));
    },
    async findRecords(tip: string, keys: readonly RecordKey[], options: { depth: number; since?: string }) {
      const collect = async (limit: number): Promise<Map<string, BumpRecord>> => {
        const all: string[] = [];
        for await (const message of messages(tip, limit, options.since)) {
          all.push(message);
          if (newestRecords(all, keys).size === keys.length) break;
        }
        return newestRecords(all, keys);
      };
      const found = await collect(options.depth);
      return found.size === keys.length || options.since ? found : collect(options.depth * 10);
    },
    readCommit,
    async createCommit(parent: string, files: readonly FileWrite[], message: string, author: { name: string; email: string }) {
      const base = await readCommit(parent);
      const upload = (text: string) => {
        let sha = uploaded.get(text);
        if (!sha) {
          sha = client.rest.git.createBlob({ owner, repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' }).then(({ data }) => data.sha);
          uploaded.set(text, sha);
        }
        return sha;
      };
      const blobs = await Promise.all(files.map((file) => upload(file.text)));
      const tree = await client.rest.git.createTree({
        owner,
        repo,
        base_tree: base.tree,
        tree: files.map((file, i) => ({ path: file.path, mode: file.mode as '100644' | '100755', type: 'blob' as const, sha: blobs[i]! })),
      });
      const identity = { name: author.name, email: author.email, date: new Date().toISOString() };
      const { data } = await client.rest.git.createCommit({
        owner,
        repo,
        message,
        tree: tree.data.sha,
        parents: [parent],
        author: identity,
        committer: identity,
      });
      commits.set(data.sha, { tree: tree.data.sha, parents: [parent], message });
      return data.sha;
    },
    async updateBranch(branch: string, commit: string, update: RefUpdate) {
      if (update.kind === 'lease') throw new Error('githubTransport: a leased ref update has no Git Data API equivalent');
      try {
        await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit, force: false });
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 422 && /fast.forward/i.test(error.message)) return 'stale';
        throw error;
      }
      // The API has no atomic update of several refs: the queued bumps go after the branch moved,
      // and the bump has landed whatever happens to them. One left behind is found in the history
      // by the next bump (its message landed) and dropped then.
      await Promise.allSettled((update.drop ?? []).map(unqueue));
      return 'updated';
    },
    async history(tip: string, limit: number, until?: ReadonlySet<string>) {
      const found: { sha: string; message: string; parent?: string }[] = [];
      for (let page = 1; found.length < limit && !passedAll(until, found); page++) {
        const { data } = await client.rest.repos.listCommits({ owner, repo, sha: tip, per_page: PAGE, page });
        for (const commit of data.slice(0, limit - found.length))
          found.push({ sha: commit.sha, message: commit.commit.message, ...(commit.parents[0] ? { parent: commit.parents[0].sha } : {}) });
        if (data.length < PAGE) break;
      }
      return found;
    },
    listQueued,
    async fetchQueued(branch: string, _depth?: number) {
      const [tip, queued] = await Promise.all([fetchBranch(branch), listQueued(branch)]);
      return { tip, queued };
    },
    async changedFiles(parent: string, commit: string) {
      // One compare instead of a tree read per directory; modes come from the parent's tree.
      const { data } = await client.rest.repos.compareCommits({ owner, repo, base: parent, head: commit, per_page: 1 });
      const files = data.files ?? [];
      if (data.status !== 'ahead' || data.ahead_by !== 1) return 'is not one commit on its parent';
      if (files.length === 0) return 'changes no file';
      if (files.length > MAX_CHANGED_FILES) return `changes more than ${MAX_CHANGED_FILES} files`;
      const before = lazyTree((await readCommit(parent)).tree, readTree);
      const changed: ChangedFile[] = [];
      for (const file of files) {
        const entry = await before.entry(file.filename);
        if (file.status !== 'modified' || !file.sha || entry?.type !== 'blob' || entry.mode === '120000') return `${file.status} ${file.filename}`;
        changed.push({ path: file.filename, mode: entry.mode, old: entry.sha, sha: file.sha });
      }
      return changed;
    },
    async queue(ref: string, commit: string) {
      await client.rest.git.createRef({ owner, repo, ref, sha: commit });
    },
    unqueue,
    async copyCommits(parent: string, copies: readonly CommitCopy[], committer: { name: string; email: string }) {
      // Each copy's tree is the parent's with the files of every copy up to it: made all at once.
      const base = (await readCommit(parent)).tree;
      const trees = await Promise.all(
        copies.map(async (_copy, i) => {
          const files = new Map(copies.slice(0, i + 1).flatMap((c) => c.files.map((f) => [f.path, f] as const)));
          const tree = await client.rest.git.createTree({
            owner,
            repo,
            base_tree: base,
            tree: [...files.values()].map((file) => ({ path: file.path, mode: file.mode as '100644' | '100755', type: 'blob' as const, sha: file.sha })),
          });
          return tree.data.sha;
        }),
      );
      let tip = parent;
      for (const [i, { from }] of copies.entries()) {
        const source = await readCommit(from);
        const author = authors.get(from);
        if (!author) throw new Error(`githubTransport: commit ${from} was read without its author`);
        const { data } = await client.rest.git.createCommit({
          owner,
          repo,
          message: source.message,
          tree: trees[i]!,
          parents: [tip],
          author,
          committer: { ...committer, date: new Date().toISOString() },
        });
        commits.set(data.sha, { tree: trees[i]!, parents: [tip], message: source.message });
        tip = data.sha;
      }
      return tip;
    },
    async dispose() {},
  };
}
