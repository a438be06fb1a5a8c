import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

interface Rule {
  pattern: RegExp;
  exclude: boolean;
}

/** A `.dockerignore` glob as a regular expression over a relative path (`*` and `?` stay within a segment, `**` spans segments). */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` matches everything below.
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) source += glob[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Docker's `.dockerignore` rules: one pattern a line, `#` comments, `!` re-includes, the last
 * matching line wins, and an excluded directory excludes what is below it.
 */
export function parseDockerignore(text: string): (relativePath: string) => boolean {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const exclude = !line.startsWith('!');
    const cleaned = posix
      .normalize((exclude ? line : line.slice(1)).trim())
      .replace(/^(\.\/|\/)+/, '')
      .replace(/\/$/, '');
    if (cleaned === '' || cleaned === '.') continue;
    rules.push({ pattern: globToRegExp(cleaned), exclude });
  }
  const decide = (path: string): boolean | undefined => {
    let verdict: boolean | undefined;
    for (const rule of rules) if (rule.pattern.test(path)) verdict = rule.exclude;
    return verdict;
  };
  return (relativePath) => {
    const parts = relativePath.split('/');
    const own = decide(relativePath);
    if (own !== undefined) return own;
    for (let i = parts.length - 1; i > 0; i--) {
      const parent = decide(parts.slice(0, i).join('/'));
      if (parent !== undefined) return parent;
    }
    return false;
  };
}

/** The rules of `<dir>/.dockerignore`, or none. */
export async function readDockerignore(dir: string): Promise<(relativePath: string) => boolean> {
  const text = await readFile(join(dir, '.dockerignore'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return parseDockerignore(text);
}
