import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReference } from '@service-pipeline/oci';

/** Images that must survive whatever the other rules say. */
export interface InUse {
  /** digest -> the reference (and file) that named it. */
  digests: Map<string, string>;
  /** tag of the pruned repository -> the reference that named it. */
  tags: Map<string, string>;
}

export function emptyInUse(): InUse {
  return { digests: new Map(), tags: new Map() };
}

/** `image: ...` in Kubernetes manifests, compose files, Helm values; `"image": "..."` in JSON. */
const IMAGE_LINE = /^[\s-]*"?image"?\s*:\s*["']?([^\s"'#,]+)/gm;
const SCANNED = /\.(ya?ml|json)$/i;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Adds one reference: a digest is kept wherever it lives; a tag only counts in the pruned repository. */
export function addInUseReference(inUse: InUse, text: string, repository: string, origin = text): void {
  const ref = parseReference(text);
  if (ref.digest) inUse.digests.set(ref.digest, origin);
  else if (ref.tag !== undefined && `${ref.registry}/${ref.repository}` === repository) inUse.tags.set(ref.tag, origin);
}

async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) out.push(...(await filesUnder(full)));
    else if (entry.isFile() && SCANNED.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * Collects `image:` references from a file or a directory tree (e.g. a checkout of the
 * deployment config repository). Values that are not image references (templated, empty)
 * are skipped: they cannot name a digest.
 */
export async function collectInUseFromPath(inUse: InUse, path: string, repository: string): Promise<number> {
  let found = 0;
  for (const file of await filesUnder(path)) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(IMAGE_LINE)) {
      try {
        addInUseReference(inUse, match[1]!, repository, `${match[1]} (${file})`);
        found++;
      } catch {}
    }
  }
  return found;
}
