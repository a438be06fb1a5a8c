import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { prepareGitAuth } from '@service-pipeline/gitops';

test('a token becomes a one-off http.extraheader in the environment, redacted in every form', async () => {
  const auth = await prepareGitAuth({ token: 'ghs_secret' });
  const basic = Buffer.from('x-access-token:ghs_secret').toString('base64');
  assert.deepEqual(auth.env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}` });
  assert.deepEqual(auth.secrets, ['ghs_secret', basic]);
  assert.equal(auth.redact(`fatal: ghs_secret and ${basic}`), 'fatal: *** and ***');
  await auth.dispose();
});

test('an SSH key lives in a 0600 file inside a 0700 directory until dispose removes it', async (t) => {
  const auth = await prepareGitAuth({ sshKey: '-----BEGIN OPENSSH PRIVATE KEY-----\r\nabc\r\n-----END OPENSSH PRIVATE KEY-----' });
  t.after(() => auth.dispose());
  const keyFile = /-i '([^']+)'/.exec(auth.env.GIT_SSH_COMMAND ?? '')?.[1];
  assert.ok(keyFile, auth.env.GIT_SSH_COMMAND);
  assert.match(auth.env.GIT_SSH_COMMAND!, /-o IdentitiesOnly=yes .*-o BatchMode=yes/);
  assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
  assert.equal((await stat(dirname(keyFile))).mode & 0o777, 0o700);
  assert.equal(
    await readFile(keyFile, 'utf8'),
    '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n',
    'CRLF normalised, final newline restored',
  );
  await auth.dispose();
  assert.equal(existsSync(keyFile), false);
  await auth.dispose();
});
