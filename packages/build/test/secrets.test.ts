import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { parseSecretLines, writeSecretFiles } from '../src/secrets.js';

describe('build secrets', () => {
  test('inline, env: and file: lines', () => {
    assert.deepEqual(parseSecretLines(['npmrc=//registry/:_authToken=abc=def', 'token=env:MY_TOKEN', 'cert=file:certs/ca.pem'], { MY_TOKEN: 's3cret' }), [
      { id: 'npmrc', value: '//registry/:_authToken=abc=def' },
      { id: 'token', value: 's3cret' },
      { id: 'cert', file: resolve('certs/ca.pem') },
    ]);
  });

  const bad: [string, string[], RegExp][] = [
    ['no id', ['=value'], /^secret line 1 has no id= prefix$/],
    ['no =', ['justavalue'], /^secret line 1 has no id= prefix$/],
    ['bad id', ['a b=x'], /invalid id "a b"/],
    ['twice', ['a=1', 'a=2'], /secret "a" is listed twice/],
    ['unset env', ['a=env:NOT_SET_ANYWHERE'], /environment variable NOT_SET_ANYWHERE, which is not set or empty/],
    ['empty value', ['a='], /secret "a" is empty/],
    ['file with a comma', ['a=file:/x,y'], /invalid file path/],
  ];
  for (const [title, lines, pattern] of bad) {
    test(`rejects: ${title} (without echoing the value)`, () => {
      assert.throws(
        () => parseSecretLines(lines, {}),
        (error: unknown) => error instanceof ActionError && pattern.test(error.what) && !error.what.includes('justavalue') && error.fix.length > 0,
      );
    });
  }

  test('values go to 0600 files in a private directory that cleanup removes; given files are used as they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'secrets-test-'));
    try {
      await writeFile(join(dir, 'ca.pem'), 'CERT');
      const files = await writeSecretFiles([
        { id: 'token', value: 's3cret' },
        { id: 'cert', file: join(dir, 'ca.pem') },
      ]);
      const [token, cert] = files.files;
      assert.equal(token!.id, 'token');
      assert.equal(await readFile(token!.src, 'utf8'), 's3cret');
      assert.equal((await stat(token!.src)).mode & 0o777, 0o600);
      assert.equal((await stat(dirname(token!.src))).mode & 0o777, 0o700);
      assert.deepEqual(cert, { id: 'cert', src: join(dir, 'ca.pem') });
      await files.cleanup();
      await files.cleanup();
      assert.equal(await stat(dirname(token!.src)).catch(() => undefined), undefined);
      assert.equal(await readFile(join(dir, 'ca.pem'), 'utf8'), 'CERT', 'a given file is not deleted');
      await assert.rejects(writeSecretFiles([{ id: 'x', file: join(dir, 'absent') }]), /the file .*absent for secret "x" does not exist/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
