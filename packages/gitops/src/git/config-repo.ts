import { type BumpRecord, readBumpRecords } from './bump-record.js';

/** One entry of a commit's tree, listed recursively: `path` relative to the root, `/`-separated. */
export interface TreeEntry {
  /** `100644`, `100755`, `120000` (symlink), `040000` (directory), `160000` (submodule). */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/**
 * A commit's tree, read lazily one directory at a time (and cached by tree hash across
 * attempts), so paths resolve without a checkout and a retry re-reads only what changed.
 */
export interface Tree {
  /** The entry at `path` (`''` is the root), undefined when absent. */
  entry(path: string): Promise<TreeEntry | undefined>;
  /** The direct children of a directory, by name; empty when it is not one. */
  list(dir: string): Promise<Map<string, TreeEntry>>;
  /** Every blob below a directory, recursively, with its path. */
  blobsUnder(dir: string): Promise<[string, TreeEntry][]>;
}

/** A Tree over a function that reads one tree object (a directory's entries by name). */
export function lazyTree(root: string, readTree: (sha: string) => Promise<Map<string, TreeEntry>>): Tree {
  const list = async (dir: string): Promise<Map<string, TreeEntry>> => {
    const at = await entry(dir);
    return at?.type === 'tree' ? readTree(at.sha) : new Map();
  };
  const entry = async (path: string): Promise<TreeEntry | undefined> => {
    if (path === '') return { mode: '040000', type: 'tree', sha: root };
    const slash = path.lastIndexOf('/');
    return (await list(slash === -1 ? '' : path.slice(0, slash))).get(path.slice(slash + 1));
  };
  const blobsUnder = async (dir: string): Promise<[string, TreeEntry][]> => {
    const found: [string, TreeEntry][] = [];
    for (const [name, child] of await list(dir)) {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (child.type === 'tree') found.push(...(await blobsUnder(path)));
      else if (child.type === 'blob') found.push([path, child]);
    }
    return found;
  };
  return { entry, list, blobsUnder };
}

export interface FileWrite {
  path: string;
  mode: string;
  text: string;
}

export interface CommitInfo {
  tree: string;
  parents: string[];
  message: string;
}

/** Reads the raw form `git cat-file commit` prints (headers, a blank line, the message). */
export function parseRawCommit(raw: string): CommitInfo {
  const split = raw.indexOf('\n\n');
  const headers = raw.slice(0, split === -1 ? raw.length : split).split('\n');
  return {
    tree: headers.find((h) => h.startsWith('tree '))?.slice(5) ?? '',
    parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)),
    message: split === -1 ? '' : raw.slice(split + 2),
  };
}

export interface RecordKey {
  image: string;
  environment: string;
}

/** Where refused bumps wait for the next bump of the same branch to land them (`batch`, see bump-queue.ts). */
export const QUEUE_NAMESPACE = 'refs/service-pipeline/queue';

/** `refs/service-pipeline/queue/<branch>/<ms since epoch>-<8 hex>`: a bump queued for exactly this branch. */
export function isQueueRef(ref: string, branch: string): boolean {
  const prefix = `${QUEUE_NAMESPACE}/${branch}/`;
  return ref.startsWith(prefix) && /^\d{13}-[0-9a-f]{8}$/.test(ref.slice(prefix.length));
}

/** A refused bump's commit, published under `refs/service-pipeline/queue/<branch>/` for whichever bump lands next (see bump-queue.ts). */
export interface QueuedBump {
  ref: string;
  commit: string;
}

export interface ChangedFile {
  path: string;
  mode: string;
  /** The blob before and after. */
  old: string;
  sha: string;
}

export interface CommitCopy {
  from: string;
  files: readonly { path: string; mode: string; sha: string }[];
}

export type RefUpdate =
  /**
   * The base branch: only ever fast-forwarded from `from`, the tip the commit was made on;
   * `drop` names queued bumps deleted with it (each only while it still points at its commit).
   */
  | { kind: 'fast-forward'; from: string; drop?: readonly QueuedBump[] }
  /** The pull-request bot branch: replaced only while it still points at `from` (absent: must not exist). */
  | { kind: 'lease'; from: string | undefined };

/**
 * How a bump reads and writes the config repository: a git remote through the git CLI (shallow
 * fetch, plumbing, push) or GitHub's Git Data API (no clone at all). Every write is a
 * compare-and-swap on the branch, so concurrent bumps never overwrite each other.
 */
export interface ConfigRepoTransport {
  /** Named in messages; never carries a credential. */
  readonly label: string;
  defaultBranch(): Promise<string>;
  /**
   * The branch tip, made readable (fetched with `depth` commits of history the first time,
   * incrementally after that); undefined when the branch does not exist.
   */
  fetchBranch(branch: string, depth?: number): Promise<string | undefined>;
  tree(commit: string): Promise<Tree>;
  /** Blob contents by sha (text: the config files, chart templates and symlink targets). */
  readBlobs(shas: readonly string[]): Promise<Map<string, string>>;
  /**
   * The newest bump record of each key in the history of `tip`, newest commit first, looking at
   * `depth` commits (more once when some key was not found); with `since`, only at the commits
   * after it (`since..tip`).
   */
  findRecords(tip: string, keys: readonly RecordKey[], options: { depth: number; since?: string }): Promise<Map<string, BumpRecord>>;
  readCommit(commit: string): Promise<CommitInfo>;
  /** A commit on `parent` whose tree is the parent's with `files` replaced. Not on any branch yet. */
  createCommit(parent: string, files: readonly FileWrite[], message: string, author: { name: string; email: string }): Promise<string>;
  /** Points `branch` at `commit` if the condition still holds: `stale` when another writer was first. */
  updateBranch(branch: string, commit: string, update: RefUpdate): Promise<'updated' | 'stale'>;
  /**
   * The commits from `tip` back along first parents, newest first, at most `limit` (within what
   * was fetched), ending early once every commit of `until` was passed.
   */
  history(tip: string, limit: number, until?: ReadonlySet<string>): Promise<{ sha: string; message: string; parent?: string }[]>;
  /** The bumps queued for the branch, listed only (a waiting run's check: one request). */
  listQueued(branch: string): Promise<QueuedBump[]>;
  /** fetchBranch, and the bumps queued for the branch made readable too. */
  fetchQueued(branch: string, depth?: number): Promise<{ tip: string | undefined; queued: QueuedBump[] }>;
  /**
   * The files `commit` changes against `parent`, each at the same path and mode in both; a
   * string says why the change is not one a bump makes (files added, removed, renamed, ...).
   */
  changedFiles(parent: string, commit: string): Promise<ChangedFile[] | string>;
  /** Publishes `commit` under the new ref `ref`. */
  queue(ref: string, commit: string): Promise<void>;
  /** Deletes a queued bump (on git, only while it still names its commit). */
  unqueue(queued: QueuedBump): Promise<void>;
  /**
   * Copies of `copies`, one commit each on the one before, the first on `parent`: each with its
   * `from` commit's message and author, and the tree before it with the blobs at `files` replaced
   * (by hash); `committer` commits them now. Returns the last copy.
   */
  copyCommits(parent: string, copies: readonly CommitCopy[], committer: { name: string; email: string }): Promise<string>;
  dispose(): Promise<void>;
}

/** More changed files than a bump of a few images writes: not one. */
export const MAX_CHANGED_FILES = 200;

/** The blobs that differ between two trees, each at the same path and mode in both; a string says why the change is not a bump's. */
export async function changedBlobs(before: Tree, after: Tree): Promise<ChangedFile[] | string> {
  const changed: ChangedFile[] = [];
  const walk = async (dir: string): Promise<string | undefined> => {
    const [a, b] = await Promise.all([before.list(dir), after.list(dir)]);
    if (a.size !== b.size || [...a.keys()].some((name) => !b.has(name))) return `adds or removes files in ${dir || 'the root'}`;
    for (const [name, entry] of a) {
      const other = b.get(name)!;
      if (other.sha === entry.sha) continue;
      const path = dir === '' ? name : `${dir}/${name}`;
      if (other.mode !== entry.mode || other.type !== entry.type) return `changes the type or mode of ${path}`;
      if (entry.type === 'tree') {
        const why = await walk(path);
        if (why) return why;
      } else if (entry.type === 'blob' && entry.mode !== '120000') {
        changed.push({ path, mode: entry.mode, old: entry.sha, sha: other.sha });
        if (changed.length > MAX_CHANGED_FILES) return `changes more than ${MAX_CHANGED_FILES} files`;
      } else return `changes ${path}, which is not a file`;
    }
    return undefined;
  };
  const why = await walk('');
  return why ?? (changed.length === 0 ? 'changes no file' : changed);
}

/** Whether a history walk that has passed the commits in `seen` can stop. */
export function passedAll(until: ReadonlySet<string> | undefined, seen: readonly { sha: string }[]): boolean {
  if (!until || until.size === 0) return false;
  let left = until.size;
  for (const c of seen) if (until.has(c.sha)) left--;
  return left === 0;
}

export function recordKey(key: RecordKey): string {
  return `${key.image}\n${key.environment}`;
}

/** The first record per key, reading commit messages newest first. */
export function newestRecords(messages: Iterable<string>, keys: readonly RecordKey[]): Map<string, BumpRecord> {
  const wanted = new Set(keys.map(recordKey));
  const found = new Map<string, BumpRecord>();
  for (const message of messages) {
    for (const record of readBumpRecords(message)) {
      const key = recordKey(record);
      if (wanted.has(key) && !found.has(key)) found.set(key, record);
    }
    if (found.size === wanted.size) break;
  }
  return found;
}
