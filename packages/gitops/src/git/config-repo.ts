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

export type RefUpdate =
  /** The base branch: only ever fast-forwarded from `from`, the tip the commit was made on. */
  | { kind: 'fast-forward'; from: string }
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
  dispose(): Promise<void>;
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
