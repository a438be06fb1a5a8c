import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { actionInputSource, InputError, Inputs } from '../src/index.js';
import { inputsFrom, withEnv } from './helpers.js';

/** Asserts fn throws an InputError for `input` whose message contains every fragment. */
function assertInputError(fn: () => unknown, input: string, ...fragments: string[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
    assert.equal(err.input, input);
    assert.ok(err.message.startsWith(`input "${input}" `), err.message);
    for (const fragment of fragments) assert.ok(err.message.includes(fragment), `${JSON.stringify(err.message)} lacks ${JSON.stringify(fragment)}`);
    return true;
  });
}

describe('actionInputSource', () => {
  test('reads INPUT_<NAME> with spaces as underscores, trimmed', () => {
    withEnv({ INPUT_MY_INPUT: '  value \n', 'INPUT_FAIL-ON': 'high' }, () => {
      assert.equal(actionInputSource('my input'), 'value');
      assert.equal(actionInputSource('fail-on'), 'high');
    });
  });

  test('returns an empty string when unset', () => {
    withEnv({ INPUT_ABSENT: undefined }, () => assert.equal(actionInputSource('absent'), ''));
  });

  test('is the default source', () => {
    withEnv({ INPUT_COLOR: 'blue' }, () => assert.equal(new Inputs().string('color'), 'blue'));
  });
});

describe('has', () => {
  const inputs = inputsFrom({ set: 'x', blank: '   ' });
  for (const [name, expected] of [
    ['set', true],
    ['blank', false],
    ['unset', false],
  ] as const) {
    test(`${name} -> ${expected}`, () => assert.equal(inputs.has(name), expected));
  }
});

describe('string', () => {
  test('returns the trimmed value', () => {
    assert.equal(inputsFrom({ name: '  app \n' }).string('name'), 'app');
  });

  test('returns the default or an empty string when unset', () => {
    assert.equal(inputsFrom({}).string('name', { default: 'fallback' }), 'fallback');
    assert.equal(inputsFrom({}).string('name'), '');
  });

  test('requires a value when asked, using the hint as the fix', () => {
    assertInputError(() => inputsFrom({}).string('tags', { required: true }), 'tags', 'input "tags" is required; set it under "with:"');
    assertInputError(
      () => inputsFrom({}).string('tags', { required: true, hint: 'list the tags to push' }),
      'tags',
      'input "tags" is required; list the tags to push',
    );
  });

  test('validates against a pattern and names it in the error', () => {
    const pattern = /^[a-z0-9-]+$/g;
    const inputs = inputsFrom({ ok: 'my-app', bad: 'My App' });
    assert.equal(inputs.string('ok', { pattern }), 'my-app');
    // A global pattern must not make the second call fail through lastIndex.
    assert.equal(inputs.string('ok', { pattern }), 'my-app');
    assertInputError(
      () => inputs.string('bad', { pattern, hint: 'use lowercase letters, digits and dashes' }),
      'bad',
      `must match ${pattern} (got "My App"); use lowercase letters, digits and dashes`,
    );
  });

  test('truncates long values in errors', () => {
    const long = 'x'.repeat(200);
    assertInputError(() => inputsFrom({ id: long }).string('id', { pattern: /^y/ }), 'id', `(got "${'x'.repeat(80)}…")`);
  });
});

describe('boolean', () => {
  for (const [text, expected] of [
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' TRUE ', true],
  ] as const) {
    test(`accepts ${JSON.stringify(text)} as ${expected}`, () => {
      assert.equal(inputsFrom({ flag: text }).boolean('flag'), expected);
    });
  }

  for (const text of ['yes', 'no', '1', '0', 'on', 'off', 'tRUE', 'y', 'truee', 'constructor']) {
    test(`rejects ${JSON.stringify(text)}, listing the accepted spellings`, () => {
      assertInputError(
        () => inputsFrom({ flag: text }).boolean('flag', false),
        'flag',
        `must be one of true, True, TRUE, false, False, FALSE (got ${JSON.stringify(text)}); set it to true or false`,
      );
    });
  }

  test('uses the default when unset', () => {
    assert.equal(inputsFrom({}).boolean('flag', true), true);
    assert.equal(inputsFrom({}).boolean('flag', false), false);
  });

  test('is required when there is no default', () => {
    assertInputError(() => inputsFrom({}).boolean('flag'), 'flag', 'is required; set it to true or false');
  });
});

describe('enumValue', () => {
  const levels = ['critical', 'high', 'medium', 'low', 'none'] as const;

  for (const level of levels) {
    test(`accepts ${level}`, () => assert.equal(inputsFrom({ 'fail-on': level }).enumValue('fail-on', levels), level));
  }

  test('rejects an unknown value, listing the allowed ones', () => {
    assert.throws(() => inputsFrom({ 'fail-on': 'severe' }).enumValue('fail-on', levels), {
      message: 'input "fail-on" must be one of critical, high, medium, low, none (got "severe"); set it to one of those values',
    });
  });

  test('is case-sensitive and suggests the right spelling', () => {
    assertInputError(
      () => inputsFrom({ 'fail-on': 'HIGH' }).enumValue('fail-on', levels),
      'fail-on',
      'must be one of critical, high, medium, low, none (got "HIGH"); use "high"; values are case-sensitive',
    );
  });

  test('uses the default when unset', () => {
    assert.equal(inputsFrom({}).enumValue('fail-on', levels, 'none'), 'none');
  });

  test('is required when there is no default', () => {
    assertInputError(() => inputsFrom({}).enumValue('fail-on', levels), 'fail-on', 'is required; set it to one of critical, high, medium, low, none');
  });
});

describe('list', () => {
  const cases: [string, string, string[], boolean?][] = [
    ['newlines', 'a\nb\nc', ['a', 'b', 'c']],
    ['CRLF newlines', 'a\r\nb', ['a', 'b']],
    ['commas', 'a, b,c', ['a', 'b', 'c']],
    ['newlines and commas', 'a, b\nc', ['a', 'b', 'c']],
    ['blank lines and empty items', 'a\n\n   \nb,,c,', ['a', 'b', 'c']],
    ['comment lines', '# images\na\n   # indented comment\nb # kept', ['a', 'b # kept']],
    ['commas disabled', 'a,b\nc', ['a,b', 'c'], false],
    ['commas disabled keeps whole lines', '  --flag=x,y  \n', ['--flag=x,y'], false],
    ['unset', '', []],
    ['only comments', '# nothing\n', []],
  ];
  for (const [label, text, expected, commas] of cases) {
    test(label, () => {
      assert.deepEqual(inputsFrom({ tags: text }).list('tags', commas === undefined ? {} : { commas }), expected);
    });
  }

  test('required rejects an empty list', () => {
    assertInputError(() => inputsFrom({}).list('tags', { required: true }), 'tags', 'is required', 'one item per line or comma-separated');
    assertInputError(() => inputsFrom({ tags: '# only a comment' }).list('tags', { required: true, commas: false }), 'tags', 'one item per line');
  });
});

describe('integer', () => {
  for (const [text, expected] of [
    ['10', 10],
    ['-3', -3],
    ['0', 0],
    [' 7 ', 7],
    ['007', 7],
  ] as const) {
    test(`accepts ${JSON.stringify(text)}`, () => assert.equal(inputsFrom({ n: text }).integer('n'), expected));
  }

  for (const text of ['1.5', '0x10', '1e3', 'ten', '+5', '1_000', '9007199254740993', '- 3']) {
    test(`rejects ${JSON.stringify(text)}`, () => {
      assertInputError(() => inputsFrom({ n: text }).integer('n'), 'n', `must be an integer (got ${JSON.stringify(text)})`);
    });
  }

  test('enforces both bounds, inclusive', () => {
    const opts = { min: 1, max: 10 };
    assert.equal(inputsFrom({ retries: '1' }).integer('retries', opts), 1);
    assert.equal(inputsFrom({ retries: '10' }).integer('retries', opts), 10);
    for (const text of ['0', '11']) {
      assertInputError(
        () => inputsFrom({ retries: text }).integer('retries', opts),
        'retries',
        `must be an integer between 1 and 10 (got "${text}"); set it to an integer between 1 and 10`,
      );
    }
  });

  test('names one-sided ranges', () => {
    assertInputError(() => inputsFrom({ n: '-1' }).integer('n', { min: 0 }), 'n', 'an integer >= 0');
    assertInputError(() => inputsFrom({ n: '6' }).integer('n', { max: 5 }), 'n', 'an integer <= 5');
  });

  test('uses the default when unset', () => {
    assert.equal(inputsFrom({}).integer('retries', { default: 3, min: 1, max: 10 }), 3);
  });

  test('is required when there is no default, naming the range', () => {
    assertInputError(() => inputsFrom({}).integer('retries', { min: 1, max: 10 }), 'retries', 'is required; set it to an integer between 1 and 10');
  });
});

describe('duration', () => {
  test('parses the value into milliseconds', () => {
    assert.equal(inputsFrom({ timeout: '1h30m' }).duration('timeout'), 5_400_000);
  });

  test('uses the default when unset', () => {
    assert.equal(inputsFrom({}).duration('timeout', '5m'), 300_000);
  });

  test('rejects bad syntax, naming the input and the accepted forms', () => {
    for (const text of ['-1h', 'abc', '1hh']) {
      assertInputError(
        () => inputsFrom({ timeout: text }).duration('timeout', '5m'),
        'timeout',
        `is not a valid duration (got ${JSON.stringify(text)})`,
        'ms, s, m, h, d or w',
      );
    }
  });

  test('is required when there is no default', () => {
    assertInputError(() => inputsFrom({}).duration('timeout'), 'timeout', 'is required', 'e.g. 500ms, 90s');
  });
});

describe('byteSize', () => {
  test('parses the value into bytes', () => {
    assert.equal(inputsFrom({ 'chunk-size': '5MiB' }).byteSize('chunk-size'), 5_242_880);
  });

  test('uses the default when unset', () => {
    assert.equal(inputsFrom({}).byteSize('chunk-size', '64KiB'), 65_536);
  });

  test('rejects bad syntax, naming the input and the accepted units', () => {
    assertInputError(
      () => inputsFrom({ 'chunk-size': '5 parsecs' }).byteSize('chunk-size'),
      'chunk-size',
      'is not a valid byte size (got "5 parsecs")',
      'KiB (1024)',
    );
  });

  test('is required when there is no default', () => {
    assertInputError(() => inputsFrom({}).byteSize('chunk-size'), 'chunk-size', 'is required', 'MiB (2^20)');
  });
});

describe('path', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'action-kit-paths-'));
  writeFileSync(join(workspace, 'config.yml'), 'a: 1\n');
  mkdirSync(join(workspace, 'charts'));

  test('resolves relative paths against the workspace', () => {
    assert.equal(inputsFrom({ config: 'config.yml' }, workspace).path('config'), join(workspace, 'config.yml'));
    assert.equal(inputsFrom({ config: './charts/../x' }, workspace).path('config'), join(workspace, 'x'));
  });

  test('keeps absolute paths inside the allowed roots', () => {
    assert.equal(inputsFrom({ config: join(workspace, 'charts') }, workspace).path('config'), join(workspace, 'charts'));
  });

  test('defaults the workspace to GITHUB_WORKSPACE', () => {
    withEnv({ GITHUB_WORKSPACE: '/home/runner/work/repo' }, () => {
      assert.equal(new Inputs(() => 'src').path('dir'), '/home/runner/work/repo/src');
    });
  });

  test('resolves the default like a value', () => {
    assert.equal(inputsFrom({}, workspace).path('charts', { default: 'charts' }), join(workspace, 'charts'));
  });

  test('returns an empty string when optional and unset', () => {
    assert.equal(inputsFrom({}, workspace).path('config'), '');
  });

  test('is required when asked', () => {
    assertInputError(() => inputsFrom({}, workspace).path('config', { required: true }), 'config', 'is required', workspace);
  });

  test('mustExist accepts the right kind of entry', () => {
    const inputs = inputsFrom({ config: 'config.yml', charts: 'charts' }, workspace);
    assert.equal(inputs.path('config', { mustExist: 'file' }), join(workspace, 'config.yml'));
    assert.equal(inputs.path('charts', { mustExist: 'directory' }), join(workspace, 'charts'));
  });

  test('mustExist reports a missing path', () => {
    const missing = join(workspace, 'missing.yml');
    assertInputError(
      () => inputsFrom({ config: 'missing.yml' }, workspace).path('config', { mustExist: 'file' }),
      'config',
      `path ${missing} does not exist`,
      `relative paths resolve against ${workspace}`,
    );
    assertInputError(() => inputsFrom({ config: 'config.yml/inner' }, workspace).path('config', { mustExist: 'directory' }), 'config', 'does not exist');
  });

  test('mustExist reports the wrong kind of entry', () => {
    assertInputError(
      () => inputsFrom({ charts: 'config.yml' }, workspace).path('charts', { mustExist: 'directory' }),
      'charts',
      `path ${join(workspace, 'config.yml')} is not a directory; point it at a directory`,
    );
    assertInputError(
      () => inputsFrom({ config: 'charts' }, workspace).path('config', { mustExist: 'file' }),
      'config',
      `path ${join(workspace, 'charts')} is not a file`,
    );
  });
});

describe('secret', () => {
  // A present secret prints ::add-mask:: to stdout, so masking is tested in a child process (secret.test.ts).
  test('returns an empty string when optional and unset', () => {
    assert.equal(inputsFrom({}).secret('token'), '');
  });

  test('is required when asked', () => {
    assertInputError(() => inputsFrom({}).secret('token', { required: true }), 'token', 'is required', 'secrets.');
  });
});

describe('json', () => {
  test('parses the value', () => {
    assert.deepEqual(inputsFrom({ labels: '{"team": "core", "tier": 1}' }).json('labels'), { team: 'core', tier: 1 });
    assert.deepEqual(inputsFrom({ ports: '[80, 443]' }).json<number[]>('ports', { required: true }), [80, 443]);
  });

  test('returns undefined when optional and unset', () => {
    assert.equal(inputsFrom({}).json('labels'), undefined);
  });

  test('is required when asked', () => {
    assertInputError(() => inputsFrom({}).json('labels', { required: true }), 'labels', 'is required', 'JSON');
  });

  test('rejects invalid JSON', () => {
    assertInputError(() => inputsFrom({ labels: "{team: 'core'}" }).json('labels'), 'labels', 'is not valid JSON', 'double quotes');
  });
});

describe('path confinement (issue 14: build wrote an OCI layout into /etc)', () => {
  const root = mkdtempSync(join(tmpdir(), 'action-kit-confine-'));
  const [workspace, runnerTemp, toolCache, bin, outside] = ['workspace', 'runner-temp', 'tool-cache', 'bin', 'outside'].map((d) => join(root, d)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  for (const dir of [workspace, runnerTemp, toolCache, bin, outside]) mkdirSync(dir);
  symlinkSync(outside, join(workspace, 'escape'));
  symlinkSync(join(workspace, 'charts'), join(workspace, 'inner'));
  mkdirSync(join(workspace, 'charts'));
  const env = { RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: toolCache, PATH: `${bin}:relative/bin` };
  const inputs = (value: string) => new Inputs((name) => (name === 'dir' ? value : ''), { workspace, env });
  const roots = `GITHUB_WORKSPACE (${workspace}) or RUNNER_TEMP (${runnerTemp})`;

  for (const value of ['/etc', '../../../../../../../../etc', '../outside/layout', join(outside, 'x'), 'escape', 'escape/deeper/new', 'charts/../../outside']) {
    test(`refuses ${value} for writing, naming the input and the roots`, () => {
      assertInputError(
        () => inputs(value).path('dir', { access: 'write' }),
        'dir',
        'points outside the directories this action may use',
        `use a path inside ${roots}`,
      );
    });
  }

  test('a symlink is judged by where it leads: shown as written and as it really is', () => {
    assertInputError(
      () => inputs('escape/layout').path('dir', { access: 'write' }),
      'dir',
      `${join(workspace, 'escape', 'layout')} (really ${join(outside, 'layout')})`,
    );
    assert.equal(inputs('inner/new/layout').path('dir', { access: 'write' }), join(workspace, 'inner', 'new', 'layout'));
  });

  test('RUNNER_TEMP is writable; the tool cache is readable but not writable; PATH directories only run', () => {
    assert.equal(inputs(join(runnerTemp, 'sbom')).path('dir', { access: 'write' }), join(runnerTemp, 'sbom'));
    assertInputError(() => inputs(join(toolCache, 'x')).path('dir', { access: 'write' }), 'dir', 'points outside');
    assert.equal(inputs(join(toolCache, 'trivy')).path('dir'), join(toolCache, 'trivy'));
    assertInputError(() => inputs(join(bin, 'trivy')).path('dir'), 'dir', `RUNNER_TOOL_CACHE (${toolCache})`);
    assert.equal(inputs(join(bin, 'trivy')).path('dir', { access: 'execute' }), join(bin, 'trivy'));
    assertInputError(() => inputs(join(outside, 'trivy')).path('dir', { access: 'execute' }), 'dir', 'or a directory on PATH');
  });

  test('outside a runner the system temp directory stands in for RUNNER_TEMP', () => {
    const local = new Inputs((name) => (name === 'dir' ? join(tmpdir(), 'sp-local') : ''), { workspace, env: {} });
    assert.equal(local.path('dir', { access: 'write' }), join(tmpdir(), 'sp-local'));
  });

  test('confine checks a path found inside another input (an artifact line, a secret file)', () => {
    assertInputError(() => inputs('').confine('artifacts', '../outside/secret', 'read'), 'artifacts', 'points outside');
    assert.equal(inputs('').confine('artifacts', 'dist/server', 'read'), join(workspace, 'dist', 'server'));
  });

  test('a symlink loop is an input error, not ELOOP', () => {
    symlinkSync(join(workspace, 'loop-b'), join(workspace, 'loop-a'));
    symlinkSync(join(workspace, 'loop-a'), join(workspace, 'loop-b'));
    assertInputError(() => inputs('loop-a/x').path('dir'), 'dir', 'runs into a symlink loop');
  });
});

describe('path length and characters (issue 14: a bare ENAMETOOLONG named neither input nor fix)', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'action-kit-names-'));
  const inputs = (value: string) => new Inputs((name) => (name === 'dir' ? value : ''), { workspace, env: {} });
  test('a 10,000-character path', () => {
    assertInputError(() => inputs('a'.repeat(10_000)).path('dir', { mustExist: 'directory' }), 'dir', 'has a file name of 10000 bytes', 'at most 255 bytes');
  });
  test('a path over PATH_MAX made of short names', () => {
    assertInputError(
      () => inputs(Array.from({ length: 500 }, () => 'abcdefghi').join('/')).path('dir', { mustExist: 'file' }),
      'dir',
      'resolves to a path of',
      'at most 4095 bytes',
    );
  });
  for (const [label, value] of [
    ['newline', 'a\nb'],
    ['NUL', 'a\u0000b'],
    ['escape', 'a\u001b[31m'],
    ['tab', 'a\tb'],
  ] as const) {
    test(`a ${label} in a path`, () => assertInputError(() => inputs(value).path('dir'), 'dir', 'contains a control character'));
  }
  test('bytes that were not UTF-8', () => assertInputError(() => inputs('caf\ufffd').path('dir'), 'dir', 'is not valid UTF-8'));
  // Found by `pnpm run fuzz -- --runs 13 --seed 20260114`: build's oci-layout took "val\u009bue".
  for (const [label, value, code] of [
    ['C1 control', 'val\u009bue', 'U+009B'],
    ['bidi override', 'a\u202eb', 'U+202E'],
    ['bidi isolate', 'a\u2066b', 'U+2066'],
    ['byte-order mark', 'a\ufeffb', 'U+FEFF'],
  ] as const) {
    test(`a ${label} in a path`, () => assertInputError(() => inputs(value).path('dir'), 'dir', `contains the control character ${code}`));
  }
});

describe('text limits (issue 14: values land in commits, trailers, labels and tags)', () => {
  const one = (value: string) => inputsFrom({ v: value });
  const hostile: [string, string, string][] = [
    ['a newline (a forged trailer)', 'abc\nImage-Created: 2099-01-01T00:00:00Z', 'contains a line break; write it on one line'],
    ['a carriage return', 'abc\rdef', 'contains a line break'],
    ['U+2028', 'abc\u2028def', 'contains a line break'],
    ['a tab', 'abc\tdef', 'contains a tab'],
    ['an escape sequence', 'abc\u001b[2J', 'contains the control character U+001B'],
    ['NUL', 'abc\u0000', 'contains the control character U+0000'],
    ['a C1 control', 'abc\u009b', 'contains the control character U+009B'],
    ['a bidi override', 'abc\u202edef', 'contains the control character U+202E'],
    ['bytes that were not UTF-8', 'caf\ufffd', 'is not valid UTF-8'],
    ['10,000 characters', 'x'.repeat(10_000), 'is 10000 characters long; shorten it to at most 1024 characters'],
  ];
  for (const [label, value, message] of hostile) {
    test(`string refuses ${label}`, () => assertInputError(() => one(value).string('v'), 'v', message));
  }

  test('the error never quotes the refused value', () => {
    assert.throws(
      () => one('s3cret\nvalue').string('v'),
      (err: Error) => !err.message.includes('s3cret'),
    );
  });

  test('multiline strings keep line breaks and tabs but not other controls; maxLength overrides the limit', () => {
    assert.equal(one('a\n\tb\r\nc').string('v', { multiline: true }), 'a\n\tb\r\nc');
    assertInputError(() => one('a\n\u001bb').string('v', { multiline: true }), 'v', 'U+001B');
    assertInputError(() => one('abcdef').string('v', { maxLength: 5 }), 'v', 'is 6 characters long; shorten it to at most 5 characters');
    assert.equal(one('é, 日本, emoji 🙂').string('v'), 'é, 日本, emoji 🙂');
  });

  test('list items are single-line and bounded; the item is named', () => {
    assertInputError(() => one('ok\nbad\u0007').list('v'), 'v', 'item 2 contains the control character U+0007');
    assertInputError(() => one('ok\nab\rcd').list('v'), 'v', 'item 2 contains a line break');
    assertInputError(() => one('ok, toolong').list('v', { maxItemLength: 5 }), 'v', 'item 2 is 7 characters long; shorten it to at most 5');
    assert.deepEqual(one('a\r\nb, c').list('v'), ['a', 'b', 'c']);
  });

  test('json documents are bounded and refuse control characters', () => {
    assertInputError(() => one(`["${'x'.repeat(70_000)}"]`).json('v'), 'v', 'characters long');
    assertInputError(() => one('["\u0000"]').json('v'), 'v', 'U+0000');
  });
});

describe('branch (issue 14: a branch with a newline or ".." came back as a raw refspec error)', () => {
  const branch = (value: string) => inputsFrom({ b: value }).branch('b');
  for (const good of ['main', 'release/1.x', 'feature/JIRA-12_fix', 'v1.2.3', 'deps/@types-node', 'ünïcode']) {
    test(`accepts ${good}`, () => assert.equal(branch(good), good));
  }
  const bad: [string, string][] = [
    ['main\nother', 'contains a line break'],
    ['a b', 'contains a space'],
    ['a..b', 'contains ".."'],
    ['-main', 'starts with "-"'],
    ['@', 'is "@", which git reserves'],
    ['HEAD', 'is "HEAD", which git reserves'],
    ['x@{1}', 'contains "@{"'],
    ['a:b', 'contains ":"'],
    ['a~1', 'contains "~"'],
    ['a^', 'contains "^"'],
    ['a?', 'contains "?"'],
    ['a*', 'contains "*"'],
    ['a[b', 'contains "["'],
    ['a\\b', 'contains "\\"'],
    ['/main', 'has an empty part between slashes'],
    ['main/', 'has an empty part between slashes'],
    ['a//b', 'has an empty part between slashes'],
    ['main.', 'ends with "."'],
    ['a/.hidden', 'has a part ".hidden"'],
    ['refs.lock/x', 'has a part "refs.lock"'],
    ['b'.repeat(300), 'is 300 bytes long'],
  ];
  test('refuses bytes that were not UTF-8, which git would take (found by the fuzz suite)', () =>
    assertInputError(() => branch('val\ufffdue'), 'b', 'is not valid UTF-8'));
  for (const [value, message] of bad) {
    test(`refuses ${JSON.stringify(value.slice(0, 20))}`, () =>
      assertInputError(() => branch(value), 'b', `is not a valid branch name: it ${message}`, 'git check-ref-format'));
  }
  test('agrees with git check-ref-format --branch', async () => {
    const { spawnSync } = await import('node:child_process');
    for (const value of ['main', 'a..b', 'a b', '-x', 'x.lock', 'a/.b', 'a@{b', 'ok/fine', 'a//b', 'end.', 'tab\tx']) {
      const git = spawnSync('git', ['check-ref-format', '--branch', value]).status === 0;
      let ours = true;
      try {
        branch(value);
      } catch {
        ours = false;
      }
      assert.equal(ours, git, value);
    }
  });
});
