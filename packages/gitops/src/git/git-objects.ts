import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { TreeEntry } from './config-repo.js';

/** A tree object as read, with where each entry's hash sits, so it can be rewritten byte for byte. */
export interface RawTree {
  data: Buffer;
  entries: Map<string, TreeEntry & { hashAt: number }>;
}

const HASH_BYTES = 20;

/** Parses a tree object: `<mode> <name>\0<binary hash>` entries. */
export function parseTree(data: Buffer): RawTree {
  const entries: RawTree['entries'] = new Map();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    const nul = data.indexOf(0, space);
    const mode = data.subarray(at, space).toString('latin1').padStart(6, '0');
    const name = data.subarray(space + 1, nul).toString('utf8');
    entries.set(name, {
      mode,
      type: mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob',
      sha: data.subarray(nul + 1, nul + 1 + HASH_BYTES).toString('hex'),
      hashAt: nul + 1,
    });
    at = nul + 1 + HASH_BYTES;
  }
  return { data, entries };
}

function gitObject(type: 'blob' | 'tree' | 'commit', content: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]);
}

/** The hash git gives a file with this text. */
export function blobSha(text: string): string {
  return createHash('sha1')
    .update(gitObject('blob', Buffer.from(text)))
    .digest('hex');
}

/**
 * Writes git objects straight into a repository's object store (zlib-compressed loose objects,
 * as git writes them), so making a bump commit takes no process at all: the blobs, each tree
 * on the way to them rewritten with the new hash in place (byte for byte otherwise), the commit.
 */
export class ObjectWriter {
  constructor(private readonly gitDir: string) {}

  write(type: 'blob' | 'tree' | 'commit', content: Buffer): string {
    const object = gitObject(type, content);
    const sha = createHash('sha1').update(object).digest('hex');
    const dir = join(this.gitDir, 'objects', sha.slice(0, 2));
    const file = join(dir, sha.slice(2));
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, deflateSync(object));
    }
    return sha;
  }

  /** The tree `root` with the blobs at `files` (existing paths) replaced; returns the new root tree's hash. */
  async replaceBlobs(root: string, files: ReadonlyMap<string, string>, readTree: (sha: string) => Promise<RawTree>): Promise<string> {
    const tree = await readTree(root);
    const data = Buffer.from(tree.data);
    const byName = new Map<string, Map<string, string>>();
    for (const [path, blob] of files) {
      const slash = path.indexOf('/');
      const name = slash === -1 ? path : path.slice(0, slash);
      const below = byName.get(name) ?? new Map<string, string>();
      below.set(slash === -1 ? '' : path.slice(slash + 1), blob);
      byName.set(name, below);
    }
    for (const [name, below] of byName) {
      const entry = tree.entries.get(name);
      if (!entry) throw new Error(`ObjectWriter: ${name} is not in tree ${root}`);
      const sha = below.has('') ? below.get('')! : await this.replaceBlobs(entry.sha, below, readTree);
      Buffer.from(sha, 'hex').copy(data, entry.hashAt);
    }
    return this.write('tree', data);
  }
}
