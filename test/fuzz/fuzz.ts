import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { type ActionRun, REPO_ROOT, runAction } from '../helpers/action-runner.js';
import { type ConfigRepo, createConfigRepo, git } from '../helpers/git-remote.js';
import { type GitHubFake, startGitHubFake } from '../helpers/github-fake.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { filesContaining, makeSandbox, type Sandbox } from '../helpers/sandbox.js';
import { ACTIONS, type FuzzTarget } from './actions.js';
import { HOSTILE_CLASSES, type HostileClass, type HostileTargets, hostileArbitrary, mustRefuse } from './hostile.js';

export interface FuzzOptions {
  seed: number;
  /** Runs per input of every action; each run takes the next hostile class. */
  runsPerInput: number;
  /** Only these actions (default all). */
  actions?: string[];
  log?: (line: string) => void;
}

export interface ActionFigures {
  action: string;
  inputs: number;
  runs: number;
  refused: number;
  /** Runs whose value the action accepted (a legitimate value); it then failed late, as planned. */
  acceptedThenFailedLate: number;
  byClass: Record<HostileClass, number>;
  failures: number;
  ms: number;
}

interface World {
  box: Sandbox;
  registry: TestRegistry;
  github: GitHubFake;
  config: ConfigRepo;
  target: FuzzTarget;
  hostile: HostileTargets;
  env: Record<string, string>;
  /** The workspace's top-level entries before any run: what a run adds is removed after it. */
  workspaceEntries: Set<string>;
}

interface Case {
  input: string;
  hostile: HostileClass;
  value: string;
}

const USER = 'fuzz';

async function openWorld(): Promise<World> {
  const box = await makeSandbox();
  const registry = await startRegistry({ auth: 'htpasswd', users: { [USER]: 'the-right-password' } });
  const github = await startGitHubFake({ tokens: ['the-right-token'] });
  const config = await createConfigRepo(
    { 'apps/shop/deployment.yaml': 'spec:\n  template:\n    spec:\n      containers:\n        - name: shop\n          image: ghcr.io/acme/shop:0.9\n' },
    { root: box.outside, name: 'config' },
  );
  return {
    box,
    registry,
    github,
    config,
    target: { registryHost: registry.host, configUrl: config.url, githubUrl: github.url },
    hostile: { outside: box.outside, pwned: join(box.outside, 'pwned') },
    workspaceEntries: new Set(await readdir(box.workspace)),
    env: {
      ...box.env,
      // Any request that is not for 127.0.0.1 (an accepted value naming docker.io, say) fails at once.
      NODE_USE_ENV_PROXY: '1',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: '127.0.0.1,localhost',
    },
  };
}

/** What a run may change: nothing outside; no file of the workspace; no blob in the registry; no ref in the config repository. */
async function probe(world: World): Promise<{ outside: string[]; workspaceFiles: string[]; registry: string[]; refs: string }> {
  const all = await world.box.snapshot();
  const under = (prefix: string) => all.filter((line) => line.startsWith(prefix));
  return {
    // The config repository lives in outside/ on purpose: its refs are compared on their own.
    outside: under('outside/').filter((line) => !line.startsWith('outside/config.git/')),
    workspaceFiles: under('workspace/').filter((line) => !/ dir /.test(line)),
    registry: await treeOf(world.registry.storageDir),
    refs: await git(world.config.bare, ['for-each-ref', '--format=%(refname) %(objectname)']),
  };
}

async function treeOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.map((e) => join(e.parentPath, e.name)).sort();
}

async function declaredInputs(action: string): Promise<string[]> {
  const manifest = parseYaml(await readFile(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  return Object.keys(manifest.inputs);
}

const STACK = /^\s+at .*(\(|file:\/\/|node:)|node:internal|^(TypeError|ReferenceError|RangeError|SyntaxError|Error): /m;

/** Every property a run of a hostile value must have; throws with what broke. */
async function check(world: World, action: string, c: Case, run: ActionRun, before: Awaited<ReturnType<typeof probe>>): Promise<'refused' | 'late'> {
  const spec = ACTIONS[action]!;
  const input = spec.inputs[c.input]!;
  const visible = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .join('\n');
  const unset = c.value.trim() === '' && (spec.succeedsWhenUnset ?? []).includes(c.input);
  if (unset) {
    assert.equal(run.exitCode, 0, `exit code ${run.exitCode}: with ${c.input} unset there is nothing to fail`);
    assert.deepEqual(run.errors, [], 'no error');
  } else {
    assert.equal(run.exitCode, 1, `exit code ${run.exitCode}`);
  }
  let namesInput = false;
  if (!unset) {
    // Findings at a file and line (config-validate annotates each one) are not failures of the step.
    const failures = run.annotations.filter((a) => a.level === 'error' && a.properties['file'] === undefined);
    assert.equal(failures.length, 1, `one ::error:: line for the step, got:\n${failures.map((a) => a.message).join('\n')}`);
    assert.equal(visible.split('\n').filter((l) => l.startsWith('::error::')).length, 1, 'the failure is a single line');
    const error = failures[0]!.message;
    assert.match(error, new RegExp(`^${action} failed: [^]+; [^]+$`), 'the error reads "<action> failed: <what>; <fix>"');
    assert.doesNotMatch(visible, STACK, 'no stack trace or raw JS error in the log');
    const refused = new RegExp(`^${action} failed: input "([a-z-]+)" `).exec(error);
    namesInput = refused !== null && (refused[1] === c.input || new RegExp(`(^|[^a-z-])${c.input}([^a-z-]|$)`).test(error.slice(refused[0].length)));
    if (mustRefuse(input.kind, c.hostile, input.required ?? false)) assert.ok(namesInput, `must be refused naming input "${c.input}", got: ${error}`);
  }

  const after = await probe(world);
  assert.deepEqual(after.outside, before.outside, 'nothing outside the allowed roots changed (and no injected command ran)');
  // The workspace is an allowed root: new files are fine (and removed after the run), changed or deleted ones are not.
  assert.deepEqual(
    before.workspaceFiles.filter((l) => !after.workspaceFiles.includes(l)),
    [],
    'no workspace file was changed or deleted',
  );
  assert.deepEqual(after.registry, before.registry, 'nothing was pushed');
  assert.equal(after.refs, before.refs, 'nothing was committed to the config repository');
  assert.deepEqual(
    world.github.log.filter((r) => r.status < 300),
    [],
    'GitHub accepted no request (nothing dispatched)',
  );

  const baseline = spec.baseline(world.target);
  const secrets = new Set<string>();
  for (const [name, s] of Object.entries(spec.inputs)) if (s.secret && name !== c.input && baseline[name]) secrets.add(baseline[name]);
  // As the action sees it: trimmed, with a lone surrogate turned into U+FFFD.
  if (input.secret && c.value.trim() !== '') secrets.add(Buffer.from(c.value.trim()).toString());
  for (const secret of secrets) {
    assert.ok(run.masked.includes(secret), 'the secret is masked');
    if (secret.length < 8) continue;
    const unmasked = visible.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(secret));
    assert.deepEqual(unmasked, [], 'the secret is printed nowhere but in ::add-mask::');
    assert.ok(!JSON.stringify(run.outputs).includes(secret) && !run.summary.includes(secret), 'no secret in the outputs or the summary');
    assert.deepEqual(await filesContaining(dirname(run.runnerTemp), secret), [], 'no secret in any file the run wrote');
  }
  return namesInput ? 'refused' : 'late';
}

function caseArbitrary(world: World, action: string, input: string, hostile: HostileClass): fc.Arbitrary<Case> {
  const base = ACTIONS[action]!.baseline(world.target)[input] ?? '';
  return hostileArbitrary(hostile, base, world.hostile).map((value) => ({ input, hostile, value }));
}

function seedFor(seed: number, action: string, input: string, run: number): number {
  return (seed ^ createHash('sha256').update(`${action}/${input}/${run}`).digest().readInt32BE(0)) | 0;
}

/** One run of `action` with the hostile value in place of the baseline; counts it in `f` when every check holds. */
async function tryCase(world: World, action: string, c: Case, f: ActionFigures): Promise<void> {
  const before = await probe(world);
  const inputs = { ...ACTIONS[action]!.baseline(world.target), [c.input]: c.value };
  const run = await runAction(action, inputs, { github: { workspace: world.box.workspace }, env: world.env, keepTemp: true, timeoutMs: 60_000 });
  try {
    const outcome = await check(world, action, c, run, before);
    f.runs++;
    f.byClass[c.hostile]++;
    if (outcome === 'refused') f.refused++;
    else f.acceptedThenFailedLate++;
  } catch (error) {
    throw new Error(
      `${action} ${c.input}=${JSON.stringify(c.value.slice(0, 200))} (${c.hostile}): ${(error as Error).message}\n--- errors ---\n${run.errors.join('\n')}\n--- stdout (tail) ---\n${run.stdout.slice(-2000)}`,
      { cause: error },
    );
  } finally {
    await rm(dirname(run.runnerTemp), { recursive: true, force: true });
    for (const entry of await readdir(world.box.workspace))
      if (!world.workspaceEntries.has(entry)) await rm(join(world.box.workspace, entry), { recursive: true, force: true });
  }
}

/**
 * Runs every bundled action with hostile values for each of its inputs (the others at their
 * baseline) and checks every run; returns figures per action. Throws on the first failure
 * with the counterexample and the seed that replays it.
 */
export async function fuzzActions(options: FuzzOptions): Promise<ActionFigures[]> {
  const log = options.log ?? (() => {});
  const names = options.actions ?? Object.keys(ACTIONS);
  const world = await openWorld();
  const figures: ActionFigures[] = [];
  try {
    for (const action of names) {
      const spec = ACTIONS[action]!;
      assert.deepEqual(Object.keys(spec.inputs).sort(), (await declaredInputs(action)).sort(), `test/fuzz/actions.ts classifies every input of ${action}`);
      const f: ActionFigures = {
        action,
        inputs: Object.keys(spec.inputs).length,
        runs: 0,
        refused: 0,
        acceptedThenFailedLate: 0,
        byClass: Object.fromEntries(HOSTILE_CLASSES.map((h) => [h, 0])) as Record<HostileClass, number>,
        failures: 0,
        ms: 0,
      };
      const started = Date.now();
      for (const [index, input] of Object.keys(spec.inputs).entries()) {
        for (let n = 0; n < options.runsPerInput; n++) {
          // Classes rotate per input and run: a short run spreads every class over the inputs, 13 runs give every input every class.
          const hostile = HOSTILE_CLASSES[(index + n + Math.abs(options.seed)) % HOSTILE_CLASSES.length]!;
          const result = await fc.check(
            fc.asyncProperty(caseArbitrary(world, action, input, hostile), (c) => tryCase(world, action, c, f)),
            { seed: seedFor(options.seed, action, input, n), numRuns: 1, endOnFailure: true },
          );
          if (result.failed) {
            f.failures++;
            throw new Error(
              `fuzz failure (replay: pnpm run fuzz -- --seed ${options.seed} --runs ${options.runsPerInput} --action ${action}):\n${(result.errorInstance as Error)?.message ?? String(result.errorInstance)}`,
            );
          }
        }
      }
      f.ms = Date.now() - started;
      figures.push(f);
      log(
        `${action}: ${f.runs} runs over ${f.inputs} inputs (${f.refused} refused naming the input, ${f.acceptedThenFailedLate} accepted then failed late), failures ${f.failures}, ${(f.ms / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await world.registry.stop();
    await world.github.stop();
    await world.box.remove();
  }
  return figures;
}
