#!/usr/bin/env node
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
// Builds every generated file in the repository:
//   - actions/<name>/dist/**        ncc bundle of actions/<name>/src/main.ts (ESM, es2023)
//   - actions/<name>/README.md      inputs/outputs tables between the marker comments
//   - .github/workflows/<file>      callable copies of workflows/reusable/<file>
//   - every `uses:` of this project's actions and reusable workflows in the READMEs and
//     workflow sources, rewritten to the root package.json `repository` and major version
//
// Usage: node scripts/build-bundles.mjs [--out DIR] [ACTION...]
//   --out DIR   write the generated files under DIR instead of the repository root (used by
//               scripts/check.mjs to detect stale committed output)
//   ACTION...   only build these actions (default: all); workflows are always generated
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  actionPath,
  formatBytes,
  formatMs,
  GENERATED_WORKFLOWS_DIR,
  generatedWorkflowHeader,
  generatedWorkflowSource,
  isWorkflowFile,
  listActions,
  listReusableWorkflows,
  nodeBin,
  publishedAs,
  publishedFiles,
  publishReferences,
  REUSABLE_DIR,
  ROOT,
  readYaml,
  rel,
  run,
  walkFiles,
} from './lib.mjs';

const USAGE = 'Usage: node scripts/build-bundles.mjs [--out DIR] [ACTION...]';

// ---- ncc ---------------------------------------------------------------------------------

function nccCli() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  return path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist', 'ncc', 'cli.js');
}

/**
 * Bundles actions/<name>/src/main.ts into outDist with ncc.
 *
 * No --transpile-only: in that mode ts-loader uses ts.transpileModule, which cannot see
 *   package.json "type" and so emits CommonJS for .ts files under module NodeNext; webpack then
 *   resolves packages with the "require" condition and ESM-only dependencies such as
 *   @actions/core 3 fail to resolve. The price of the full ts-loader mode is that ncc
 *   type-checks the whole program of the nearest tsconfig.json and fails on any error in it.
 *   An action with its own actions/<name>/tsconfig.json (extending the root one, "include":
 *   ["src"]) is checked on its own; without one, the root tsconfig.json applies and a type
 *   error anywhere (packages, test/, bench/) fails that action's build.
 * --no-cache: never read/write ncc's webpack cache in ~/.cache/ncc, so a build only depends on
 *   the sources in the repository.
 * NODE_PATH is removed: the node_modules/.bin/node shim that `pnpm run` puts on PATH sets it to
 *   pnpm's hoisted store, which could let an undeclared dependency resolve.
 */
function bundle(name, outDist) {
  const entry = actionPath(name, 'src', 'main.ts');
  if (!existsSync(entry)) return { ok: false, log: `${rel(entry)} does not exist` };
  // Build into a scratch directory and replace outDist only on success, so a failed build
  // leaves the previous dist in place. The output does not depend on the output directory.
  const scratch = mkdtempSync(path.join(os.tmpdir(), `sp-ncc-${name}-`));
  try {
    const env = { ...process.env };
    delete env.NODE_PATH;
    const args = [nccCli(), 'build', rel(entry), '--out', scratch, '--target', 'es2023', '--license', 'licenses.txt', '--no-cache', '--quiet'];
    // Always run ncc from the repository root: ncc looks for tsconfig.json between the entry
    // and the working directory, and webpack module ids derive from paths relative to it.
    const res = run(nodeBin(), args, { cwd: ROOT, env });
    const log = `${res.stdout}${res.stderr}`.trim();
    if (res.code !== 0 || !existsSync(path.join(scratch, 'index.js'))) return { ok: false, log: log || `ncc exited with ${res.code}` };
    const leaks = findAbsolutePaths(scratch, [ROOT, scratch, path.resolve(outDist)]);
    rmSync(outDist, { recursive: true, force: true });
    mkdirSync(path.dirname(outDist), { recursive: true });
    cpSync(scratch, outDist, { recursive: true });
    return { ok: true, log, leaks };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Lists bundle files that embed an absolute path (which would make them machine-dependent). */
function findAbsolutePaths(dir, paths) {
  const needles = [...new Set(paths.filter((p) => p && p.length > 1))];
  const hits = [];
  for (const file of walkFiles(dir)) {
    const text = readFileSync(file, 'latin1');
    for (const n of needles) if (text.includes(n)) hits.push(`${path.basename(file)} contains "${n}"`);
  }
  return hits;
}

// ---- README ------------------------------------------------------------------------------

const MARKERS = {
  inputs: ['<!-- inputs:start -->', '<!-- inputs:end -->'],
  outputs: ['<!-- outputs:start -->', '<!-- outputs:end -->'],
};

/** Text for one Markdown table cell: trimmed, pipes escaped, newlines turned into <br>. */
function cell(value) {
  return String(value ?? '')
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\n/g, '<br>');
}

function code(value) {
  const s = cell(value === '' ? '""' : value);
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

function isRequired(def) {
  return def?.required === true || String(def?.required).toLowerCase() === 'true';
}

function inputsTable(inputs) {
  const entries = Object.entries(inputs ?? {});
  if (entries.length === 0) return '_This action has no inputs._';
  const rows = entries.map(([id, def]) => {
    let description = cell(def?.description);
    if (def?.deprecationMessage) description += `${description ? '<br>' : ''}**Deprecated:** ${cell(def.deprecationMessage)}`;
    const dflt = def?.default === undefined || def?.default === null ? '' : code(def.default);
    return `| \`${cell(id)}\` | ${isRequired(def) ? 'yes' : 'no'} | ${dflt} | ${description} |`;
  });
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(outputs) {
  const entries = Object.entries(outputs ?? {});
  if (entries.length === 0) return '_This action has no outputs._';
  const rows = entries.map(([id, def]) => `| \`${cell(id)}\` | ${cell(def?.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function replaceSection(text, key, body, file) {
  const [start, end] = MARKERS[key];
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`${file} has no ${start} ... ${end} section; add the two marker lines where the ${key} table belongs`);
  if (j < i) throw new Error(`${file}: ${end} comes before ${start}`);
  if (text.indexOf(start, i + 1) >= 0 || text.indexOf(end, j + 1) >= 0) throw new Error(`${file} contains ${start} or ${end} more than once`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

/** First sentence of a description, at most 72 characters, for a YAML comment. */
function shortHint(description) {
  const first =
    String(description ?? '')
      .trim()
      .split('\n', 1)[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return sentence.length > 72 ? `${sentence.slice(0, 71).trimEnd()}…` : sentence;
}

function newReadme(name, action) {
  const { repository, majorTag } = publishedAs();
  const required = Object.entries(action.inputs ?? {}).filter(([, def]) => isRequired(def));
  const usage = [`- uses: ${repository}/actions/${name}@${majorTag}`];
  if (required.length > 0) {
    usage.push('  with:');
    for (const [id, def] of required) {
      const hint = shortHint(def?.description);
      usage.push(`    ${id}: ''${hint ? `  # ${hint}` : ''}`);
    }
  }
  return [
    `# ${String(action.name ?? name).trim()}`,
    '',
    String(action.description ?? '').trim(),
    '',
    '## Usage',
    '',
    '```yaml',
    ...usage,
    '```',
    '',
    '## Inputs',
    '',
    MARKERS.inputs[0],
    MARKERS.inputs[1],
    '',
    '## Outputs',
    '',
    MARKERS.outputs[0],
    MARKERS.outputs[1],
    '',
  ].join('\n');
}

/** Returns the README text for an action (the committed one with regenerated sections). */
function renderReadme(name) {
  const action = readYaml(actionPath(name, 'action.yml')) ?? {};
  const source = actionPath(name, 'README.md');
  const created = !existsSync(source);
  let text = created ? newReadme(name, action) : readFileSync(source, 'utf8');
  text = replaceSection(text, 'inputs', inputsTable(action.inputs), rel(source));
  text = replaceSection(text, 'outputs', outputsTable(action.outputs), rel(source));
  return { text: publishReferences(text), created };
}

function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

// ---- reusable workflows ------------------------------------------------------------------

function generateWorkflows(out, inPlace, problems) {
  const sources = listReusableWorkflows();
  const destDir = path.join(out, GENERATED_WORKFLOWS_DIR);
  const committedDir = path.join(ROOT, GENERATED_WORKFLOWS_DIR);
  for (const name of sources) {
    const committed = path.join(committedDir, name);
    if (existsSync(committed) && generatedWorkflowSource(readFileSync(committed, 'utf8')) === undefined) {
      problems.push(`${GENERATED_WORKFLOWS_DIR}/${name} is hand-written but ${REUSABLE_DIR}/${name} would be generated over it: rename one of them`);
      continue;
    }
    const text = `${generatedWorkflowHeader(name)}\n${publishReferences(readFileSync(path.join(ROOT, REUSABLE_DIR, name), 'utf8'))}`;
    const changed = writeIfChanged(path.join(destDir, name), text);
    console.log(`  ${GENERATED_WORKFLOWS_DIR}/${name} <- ${REUSABLE_DIR}/${name}${changed ? '' : ' (unchanged)'}`);
  }
  if (inPlace && existsSync(committedDir)) {
    for (const name of readdirSync(committedDir).sort()) {
      const file = path.join(committedDir, name);
      if (!isWorkflowFile(name) || !statSync(file).isFile() || sources.includes(name)) continue;
      const source = generatedWorkflowSource(readFileSync(file, 'utf8'));
      if (source !== undefined) {
        unlinkSync(file);
        console.log(`  ${GENERATED_WORKFLOWS_DIR}/${name} deleted (its source ${REUSABLE_DIR}/${source} no longer exists)`);
      }
    }
  }
}

// ---- published references ----------------------------------------------------------------

/** The READMEs and workflow sources with every `uses:` of this project pointing where it is published. */
function generatePublished(out) {
  for (const file of publishedFiles()) {
    if (/^actions\/[^/]+\/README\.md$/.test(file)) continue; // renderReadme rewrites those
    const text = publishReferences(readFileSync(path.join(ROOT, file), 'utf8'));
    if (writeIfChanged(path.join(out, file), text)) console.log(`  ${file}: references to ${publishedAs().repository} updated`);
  }
}

// ---- main --------------------------------------------------------------------------------

function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (err) {
    console.log(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = path.resolve(parsed.values.out ?? ROOT);
  const inPlace = out === ROOT;
  const all = listActions();
  const unknown = parsed.positionals.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    console.log(`Unknown action(s): ${unknown.join(', ')} (actions: ${all.join(', ') || 'none'})`);
    return 2;
  }
  const actions = parsed.positionals.length > 0 ? all.filter((n) => parsed.positionals.includes(n)) : all;
  const problems = [];
  const t0 = performance.now();
  console.log(`Building ${actions.length} action(s) into ${inPlace ? 'the repository' : out}`);

  for (const name of actions) {
    const started = performance.now();
    const outDist = path.join(out, 'actions', name, 'dist');
    const res = bundle(name, outDist);
    const took = formatMs(performance.now() - started);
    if (res.ok) {
      const files = walkFiles(outDist);
      const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
      const main = statSync(path.join(outDist, 'index.js')).size;
      console.log(`  actions/${name}: dist/index.js ${formatBytes(main)} (dist total ${formatBytes(total)}, ${files.length} files) in ${took}`);
      if (res.log) console.log(res.log.replace(/^/gm, '    '));
      for (const hit of res.leaks) {
        problems.push(`actions/${name}/dist is not reproducible: ${hit}`);
      }
    } else {
      console.log(`  actions/${name}: FAILED after ${took}`);
      problems.push(`actions/${name}: ncc build failed:\n${res.log.replace(/^/gm, '    ')}`);
    }

    try {
      const { text, created } = renderReadme(name);
      const changed = writeIfChanged(path.join(out, 'actions', name, 'README.md'), text);
      if (created || changed) console.log(`  actions/${name}/README.md ${created ? 'created' : inPlace ? 'updated' : 'written'}`);
    } catch (err) {
      problems.push(`actions/${name}/README.md: ${err.message}`);
    }
  }

  try {
    generatePublished(out);
  } catch (err) {
    problems.push(err.message);
  }
  generateWorkflows(out, inPlace, problems);

  if (problems.length > 0) {
    console.log(`\nBuild failed (${problems.length} problem(s)):`);
    for (const p of problems) console.log(`  - ${p}`);
    return 1;
  }
  console.log(`Done in ${formatMs(performance.now() - t0)}`);
  return 0;
}

process.exitCode = main();
