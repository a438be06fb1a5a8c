import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { IgnoreFileError, isExpired, parseIgnoreFile, readIgnoreFile } from '../../src/findings/index.js';

test('reads entries with optional package and expiry, remembering file and line', () => {
  const entries = parseIgnoreFile(
    [
      '# accepted risks, reviewed monthly',
      'ignore:',
      '  - id: CVE-2023-4911',
      '    package: libc6',
      '    reason: setuid binaries are removed from the image',
      '    expires: 2026-06-30',
      '  - id: GHSA-35jh-r3h4-6jhm',
      '    reason: "templates are never built from user input"',
    ].join('\n'),
    '.github/scan-ignore.yml',
  );
  assert.deepEqual(entries, [
    {
      id: 'CVE-2023-4911',
      package: 'libc6',
      reason: 'setuid binaries are removed from the image',
      expires: '2026-06-30',
      file: '.github/scan-ignore.yml',
      line: 3,
    },
    { id: 'GHSA-35jh-r3h4-6jhm', reason: 'templates are never built from user input', file: '.github/scan-ignore.yml', line: 7 },
  ]);
  assert.deepEqual(parseIgnoreFile('', 'empty.yml'), []);
  assert.deepEqual(parseIgnoreFile('ignore: []\n', 'none.yml'), []);
  assert.deepEqual(parseIgnoreFile('ignore:\n', 'null.yml'), []);
});

test('malformed files fail with file:line, what is wrong and how to write it', () => {
  const cases: [string, number, RegExp][] = [
    ['ignore:\n  - id: CVE-1\n    reason: x: y\n', 3, /is not valid YAML \(Nested mappings are not allowed in compact mappings\)/],
    ['- id: CVE-2023-1\n  reason: x\n', 1, /top level is not a mapping/],
    ['ignores:\n  - id: CVE-2023-1\n', 1, /unknown top-level key "ignores"/],
    ['ignore:\n  id: CVE-2023-1\n', 2, /"ignore" is not a list/],
    ['ignore:\n  - CVE-2023-1\n', 2, /an entry is not a mapping/],
    ['ignore:\n  - id: CVE-2023-1\n    reason: ok\n  - package: libc6\n    reason: x\n', 4, /an entry has no "id"/],
    ['ignore:\n  - id: CVE-2023-1\n', 2, /the entry for CVE-2023-1 has no "reason"/],
    ['ignore:\n  - id: CVE-2023-1\n    reason: ""\n', 3, /"reason" is empty/],
    ['ignore:\n  - id: CVE-2023-1\n    reason: x\n    expires: 2026-02-30\n', 2, /expires "2026-02-30", not a date/],
    ['ignore:\n  - id: CVE-2023-1\n    reason: x\n    expires: next week\n', 2, /not a date/],
    ['ignore:\n  - id: CVE-2023-1\n    reason: x\n    until: 2026-01-01\n', 4, /unknown key "until"/],
    ['ignore:\n  - id: CVE-2023-1\n    reason: x\n    package: [a, b]\n', 4, /"package" is empty or not a single value/],
    ['ignore:\n  - id: CVE-2023-1\n    id: CVE-2023-2\n    reason: x\n', 3, /not valid YAML.*unique/i],
  ];
  for (const [text, line, message] of cases) {
    assert.throws(
      () => parseIgnoreFile(text, 'scan-ignore.yml'),
      (e: unknown) => {
        assert.ok(e instanceof IgnoreFileError, String(e));
        assert.equal(e.line, line, `${text}: ${e.message}`);
        assert.match(e.message, new RegExp(`^ignore file scan-ignore\\.yml:${line}: `));
        assert.match(e.message, message);
        assert.ok(e.fix.length > 10, 'says how to fix it');
        return true;
      },
      text,
    );
  }
});

test('an entry expires after its last day (UTC)', () => {
  const entry = { id: 'CVE-1', reason: 'x', expires: '2026-06-30', file: 'f', line: 1 };
  assert.equal(isExpired(entry, new Date('2026-06-30T23:59:59Z')), false);
  assert.equal(isExpired(entry, new Date('2026-07-01T00:00:00Z')), true);
  assert.equal(isExpired({ id: 'CVE-1', reason: 'x', file: 'f', line: 1 }, new Date('2099-01-01')), false, 'no expiry, never expires');
});

test('readIgnoreFile names a missing file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ignore-file-'));
  try {
    await assert.rejects(readIgnoreFile(join(dir, 'missing.yml')), /cannot read the ignore file .*missing\.yml \(ENOENT\)/);
    await writeFile(join(dir, 'ok.yml'), 'ignore:\n  - id: CVE-2023-4911\n    reason: ok\n');
    assert.equal((await readIgnoreFile(join(dir, 'ok.yml')))[0]?.file, join(dir, 'ok.yml'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
