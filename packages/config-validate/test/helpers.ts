import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../src/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** `file:line rule`, the form the fixture tests compare. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line} ${f.rule}`);
}

/** A scratch repository with the given files (path -> text), removed by the returned cleanup. */
export async function scratchRepo(files: Record<string, string>, from?: string): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'config-validate-repo-'));
  if (from) await cp(from, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}
