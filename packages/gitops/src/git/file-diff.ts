import { structuredPatch } from 'diff';

/**
 * A `git diff`-style unified diff of edited files (3 lines of context), computed from the texts
 * the bump wrote, so it is the same whichever way the commit was made (git or the GitHub API).
 */
export function unifiedDiff(files: readonly { path: string; before: string; after: string }[]): string {
  let out = '';
  for (const { path, before, after } of files) {
    if (before === after) continue;
    const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
    out += `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n`;
    for (const hunk of patch.hunks) {
      out += `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n`;
      for (const line of hunk.lines) out += `${line}\n`;
    }
  }
  return out;
}

function range(start: number, lines: number): string {
  return lines === 1 ? String(start) : `${start},${lines}`;
}
