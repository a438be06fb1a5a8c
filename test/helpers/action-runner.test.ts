import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inputEnvName, parseFileCommand, parseWorkflowCommands, REPO_ROOT, runAction } from './action-runner.js';

let root: string;
let actionDir: string;

const ACTION_YML = `name: throwaway
description: self-test action for runAction
inputs:
  image-name:
    description: dash in the name
    required: true
  build args:
    description: space in the name
    required: false
  token:
    description: defaulted from the github context
    default: \${{ github.token }}
  owner:
    default: 'ghcr.io/\${{ github.repository_owner }}/x'
  actor:
    default: \${{github.actor}}
  temp:
    default: \${{ runner.temp }}
  where:
    default: \${{ github.workspace }}
  repo:
    default: \${{ github.repository }}
  plain:
    default: 42
  empty:
    description: no default at all
runs:
  using: node24
  main: dist/index.js
`;

// Plain ESM, no dependencies: behaves like an ncc bundle using @actions/core would.
const INDEX_JS = `import { appendFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';

const env = process.env;
const inputs = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('INPUT_')));
const delimiter = 'ghadelimiter_' + randomUUID();
const write = (file, name, value) =>
  appendFileSync(file, name + '<<' + delimiter + EOL + value + EOL + delimiter + EOL);
write(env.GITHUB_OUTPUT, 'inputs', JSON.stringify(inputs));
write(env.GITHUB_OUTPUT, 'multi', 'line one' + EOL + 'line two=2' + EOL + 'x<<y');
appendFileSync(env.GITHUB_OUTPUT, 'simple=a=b' + EOL);
write(env.GITHUB_OUTPUT, 'seen', JSON.stringify({
  token: env.GITHUB_TOKEN ?? null,
  home: env.HOME,
  cwd: process.cwd(),
  actions: env.GITHUB_ACTIONS,
  actor: env.GITHUB_ACTOR,
  repository: env.GITHUB_REPOSITORY,
  runnerTemp: env.RUNNER_TEMP,
  workspace: env.GITHUB_WORKSPACE,
  extra: env.EXTRA_VAR ?? null,
  node: process.version,
}));
write(env.GITHUB_ENV, 'EXPORTED', 'value');
write(env.GITHUB_STATE, 'pushed', 'yes');
appendFileSync(env.GITHUB_PATH, '/opt/tool/bin' + EOL);
appendFileSync(env.GITHUB_STEP_SUMMARY, '## Summary' + EOL + '| a | b |' + EOL);
writeFileSync(env.RUNNER_TEMP + '/scratch.txt', 'kept?');
process.stdout.write('::add-mask::super%25secret%0Avalue' + EOL);
process.stdout.write('plain log line' + EOL);
process.stdout.write('::warning::careful' + EOL);
process.stdout.write('::notice title=Note::fyi' + EOL);
process.stdout.write('::set-output name=legacy::old%0Astyle' + EOL);
process.stdout.write('::stop-commands::pause123' + EOL);
process.stdout.write('::error::not an error while stopped' + EOL);
process.stdout.write('::pause123::' + EOL);
process.stdout.write('::error file=src/main.ts,line=3,title=Push failed%3A 503::push failed%0Aretry later (100%25)' + EOL);
process.stderr.write('some stderr text' + EOL);
process.exitCode = 1;
`;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sp-action-runner-test-'));
  actionDir = join(root, 'throwaway');
  await mkdir(join(actionDir, 'dist'), { recursive: true });
  await writeFile(join(actionDir, 'action.yml'), ACTION_YML);
  await writeFile(join(actionDir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(actionDir, 'dist', 'index.js'), INDEX_JS);
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runAction', () => {
  test('runs a throwaway node24 action like the runner and collects everything', async () => {
    const run = await runAction(
      'unused',
      { 'image-name': 'app', 'build args': 'A=1' },
      {
        actionDir,
        env: { EXTRA_VAR: 'x' },
        github: { token: 'ghs_faketoken', actor: 'octo', repository: 'Acme/widgets' },
      },
    );
    assert.equal(run.exitCode, 1);

    const inputs = JSON.parse(run.outputs.inputs!) as Record<string, string>;
    assert.deepEqual(inputs, {
      'INPUT_IMAGE-NAME': 'app',
      INPUT_BUILD_ARGS: 'A=1',
      INPUT_TOKEN: 'ghs_faketoken',
      INPUT_OWNER: 'ghcr.io/Acme/x',
      INPUT_ACTOR: 'octo',
      INPUT_TEMP: run.runnerTemp,
      INPUT_WHERE: run.workspace,
      INPUT_REPO: 'Acme/widgets',
      INPUT_PLAIN: '42',
      INPUT_EMPTY: '',
    });
    assert.equal(run.outputs.multi, 'line one\nline two=2\nx<<y');
    assert.equal(run.outputs.simple, 'a=b');
    assert.equal(run.outputs.legacy, 'old\nstyle');

    const seen = JSON.parse(run.outputs.seen!) as Record<string, string | null>;
    assert.equal(seen.token, null, 'GITHUB_TOKEN must not be set');
    assert.equal(seen.actions, 'true');
    assert.equal(seen.actor, 'octo');
    assert.equal(seen.repository, 'Acme/widgets');
    assert.equal(seen.extra, 'x');
    assert.equal(seen.cwd, run.workspace);
    assert.equal(seen.workspace, run.workspace);
    assert.equal(seen.runnerTemp, run.runnerTemp);
    assert.match(seen.node!, /^v24\./);
    assert.notEqual(seen.home, process.env.HOME);

    assert.equal(run.summary, '## Summary\n| a | b |\n');
    assert.deepEqual(run.masked, ['super%secret\nvalue']);
    assert.deepEqual(run.errors, ['push failed\nretry later (100%)']);
    assert.deepEqual(run.warnings, ['careful']);
    assert.deepEqual(run.notices, ['fyi']);
    assert.deepEqual(run.annotations.find((a) => a.level === 'error')?.properties, { file: 'src/main.ts', line: '3', title: 'Push failed: 503' });
    assert.deepEqual(run.exportedEnv, { EXPORTED: 'value' });
    assert.deepEqual(run.state, { pushed: 'yes' });
    assert.deepEqual(run.addedPaths, ['/opt/tool/bin']);
    assert.match(run.stdout, /plain log line/);
    assert.match(run.stderr, /some stderr text/);
    assert.equal(run.env.GITHUB_TOKEN, undefined);

    // Temp dirs are cleaned up by default.
    assert.equal(existsSync(run.runnerTemp), false);
    assert.equal(existsSync(run.workspace), false);
    assert.equal(existsSync(seen.home!), false);
  });

  test('defaults without github options; given workspace is used and kept; keepTemp keeps RUNNER_TEMP', async () => {
    const workspace = join(root, 'my-workspace');
    const run = await runAction('unused', { 'IMAGE-NAME': 'x' }, { actionDir, github: { workspace }, keepTemp: true });
    try {
      const inputs = JSON.parse(run.outputs.inputs!) as Record<string, string>;
      assert.equal(inputs['INPUT_IMAGE-NAME'], 'x');
      assert.equal(inputs.INPUT_TOKEN, '');
      assert.equal(inputs.INPUT_ACTOR, 'test-actor');
      assert.equal(inputs.INPUT_REPO, 'test-owner/test-repo');
      assert.equal(inputs.INPUT_BUILD_ARGS, '');
      assert.equal(run.workspace, workspace);
      assert.equal(existsSync(workspace), true);
      assert.equal(await readFile(join(run.runnerTemp, 'scratch.txt'), 'utf8'), 'kept?');
    } finally {
      await rm(join(run.runnerTemp, '..'), { recursive: true, force: true });
    }
  });

  test('rejects undeclared inputs, unsupported expressions, other runtimes, missing bundles', async () => {
    await assert.rejects(runAction('unused', { 'image-nmae': 'typo' }, { actionDir }), /input 'image-nmae' is not declared/);

    const bad = join(root, 'bad-expr');
    await mkdir(join(bad, 'dist'), { recursive: true });
    await writeFile(join(bad, 'dist', 'index.js'), '');
    await writeFile(join(bad, 'action.yml'), 'name: x\ninputs:\n  ref:\n    default: ${{ github.ref }}\nruns:\n  using: node24\n  main: dist/index.js\n');
    await assert.rejects(runAction('unused', {}, { actionDir: bad }), /unsupported expression \$\{\{ github\.ref \}\}/);
    // Given values are not evaluated, so the unsupported default is not needed.
    assert.equal((await runAction('unused', { ref: '${{ literally }}' }, { actionDir: bad })).exitCode, 0);

    const node20 = join(root, 'node20');
    await mkdir(node20, { recursive: true });
    await writeFile(join(node20, 'action.yml'), 'name: x\nruns:\n  using: node20\n  main: dist/index.js\n');
    await assert.rejects(runAction('unused', {}, { actionDir: node20 }), /runs\.using must be 'node24'/);

    const unbuilt = join(root, 'unbuilt');
    await mkdir(unbuilt, { recursive: true });
    await writeFile(join(unbuilt, 'action.yml'), 'name: x\nruns:\n  using: node24\n  main: dist/index.js\n');
    await assert.rejects(runAction('unused', {}, { actionDir: unbuilt }), /does not exist/);

    await assert.rejects(runAction('no-such-action-here', {}), /no action\.yml/);
  });

  test('timeout kills the action', async () => {
    const slow = join(root, 'slow');
    await mkdir(join(slow, 'dist'), { recursive: true });
    await writeFile(join(slow, 'dist', 'index.js'), 'console.log("started"); setInterval(() => {}, 1000);\n');
    await writeFile(join(slow, 'action.yml'), 'name: x\nruns:\n  using: node24\n  main: dist/index.js\n');
    await assert.rejects(runAction('unused', {}, { actionDir: slow, timeoutMs: 500 }), /timed out after 500 ms[\s\S]*started/);
  });

  test('resolves actions/<name> relative to the repository root', () => {
    assert.equal(existsSync(join(REPO_ROOT, 'package.json')), true);
    assert.equal(existsSync(join(REPO_ROOT, 'test', 'helpers', 'action-runner.ts')), true);
  });
});

describe('parsers', () => {
  test('inputEnvName follows the runner', () => {
    assert.equal(inputEnvName('image-name'), 'INPUT_IMAGE-NAME');
    assert.equal(inputEnvName('build args'), 'INPUT_BUILD_ARGS');
  });

  test('parseFileCommand handles both formats and rejects broken heredocs', () => {
    assert.deepEqual(parseFileCommand('a=1\n\nb<<EOF\nx\n\ny\nEOF\nc=\n'), { a: '1', b: 'x\n\ny', c: '' });
    assert.deepEqual(parseFileCommand('k<<D\r\nv\r\nD\r\n'), { k: 'v' });
    assert.throws(() => parseFileCommand('k<<EOF\nno end\n'), /matching delimiter/);
    assert.throws(() => parseFileCommand('no separator\n'), /invalid format/);
  });

  test('parseWorkflowCommands', () => {
    const parsed = parseWorkflowCommands('  ::error::indented\n::warning file=a.ts,line=1::w%0D%0A\n::debug::d\n::add-mask::m\r\nnot ::error::x\n');
    assert.deepEqual(
      parsed.annotations.map((a) => [a.level, a.message]),
      [
        ['error', 'indented'],
        ['warning', 'w\r\n'],
      ],
    );
    assert.deepEqual(parsed.masked, ['m']);
  });
});
