import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { credentialsFromDockerConfig } from '../src/credentials.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

test('reads credentials from config.json: auth, identity tokens, Docker Hub keys and credential helpers', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'docker-config-'));
  const savedPath = process.env.PATH;
  try {
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          '127.0.0.1:5000': { auth: b64('user:pa:ss') },
          'https://index.docker.io/v1/': { auth: b64('hub:hubpass') },
          'https://quay.io': { username: 'q', password: 'qp' },
          'ghcr.io': { identitytoken: 'refresh-token' },
        },
        credHelpers: { 'registry.example.com': 'fake' },
      }),
    );
    // A real credential helper on PATH, speaking the docker-credential protocol on stdin/stdout.
    const helper = join(dir, 'docker-credential-fake');
    await writeFile(
      helper,
      '#!/bin/sh\nread server\nif [ "$1" = get ] && [ "$server" = registry.example.com ]; then echo \'{"ServerURL":"registry.example.com","Username":"helper-user","Secret":"helper-secret"}\'; else echo "credentials not found in native keychain"; exit 1; fi\n',
    );
    await chmod(helper, 0o755);
    process.env.PATH = `${dir}:${savedPath}`;

    assert.deepEqual(await credentialsFromDockerConfig('127.0.0.1:5000', dir), { username: 'user', password: 'pa:ss' });
    assert.deepEqual(await credentialsFromDockerConfig('docker.io', dir), { username: 'hub', password: 'hubpass' });
    assert.deepEqual(await credentialsFromDockerConfig('quay.io', dir), { username: 'q', password: 'qp' });
    assert.deepEqual(await credentialsFromDockerConfig('ghcr.io', dir), { identityToken: 'refresh-token' });
    assert.deepEqual(await credentialsFromDockerConfig('registry.example.com', dir), { username: 'helper-user', password: 'helper-secret' });
    assert.equal(await credentialsFromDockerConfig('other.example.com', dir), undefined);
    assert.equal(await credentialsFromDockerConfig('127.0.0.1:5000', join(dir, 'missing')), undefined);

    await writeFile(join(dir, 'config.json'), '{ not json');
    await assert.rejects(credentialsFromDockerConfig('127.0.0.1:5000', dir), /cannot read .*config\.json/);
  } finally {
    process.env.PATH = savedPath;
    await rm(dir, { recursive: true, force: true });
  }
});
