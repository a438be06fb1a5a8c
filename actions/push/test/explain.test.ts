import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { RegistryError } from '@service-pipeline/oci';
import { explainPushError } from '../src/explain.js';

const denied = (registry: string, status: number) =>
  new RegistryError({ registry, repository: 'acme/shop', operation: 'start a blob upload', status, codes: status === 403 ? ['DENIED'] : ['UNAUTHORIZED'] });

test('ghcr.io authorisation failures point at the job permissions and package access', () => {
  const cases: [string, number, RegExp][] = [
    [
      'ghcr.io',
      403,
      /the token needs `packages: write` \(add `permissions: packages: write` to the job\); if the package acme\/shop already exists.*Manage Actions access/,
    ],
    ['ghcr.io', 401, /the token was refused: pass `password: \$\{\{ secrets.GITHUB_TOKEN \}\}`/],
    ['registry.example.com', 401, /credentials were refused by registry\.example\.com/],
    ['registry.example.com', 403, /may not push to acme\/shop: grant push/],
  ];
  for (const [registry, status, pattern] of cases) {
    const explained = explainPushError(denied(registry, status), registry, 'acme/shop');
    assert.ok(explained instanceof ActionError);
    assert.match(explained.message, new RegExp(`registry ${registry.replace(/\./g, '\\.')} answered ${status}`));
    assert.match(explained.fix, pattern);
  }
});

test('other failures pass through unchanged', () => {
  const notFound = new RegistryError({ registry: 'ghcr.io', operation: 'read manifest v1', status: 404 });
  assert.equal(explainPushError(notFound, 'ghcr.io', 'acme/shop'), notFound);
  const plain = new Error('boom');
  assert.equal(explainPushError(plain, 'ghcr.io', 'acme/shop'), plain);
});
