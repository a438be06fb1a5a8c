import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit';
import { checkPorts, checkUser, checkWorkdir } from '../src/index.js';

test('ports: 1-65535 with an optional protocol', () => {
  assert.deepEqual(checkPorts(['1', '8080', '8080/tcp', '53/udp', '9/sctp', '65535']), ['1', '8080', '8080/tcp', '53/udp', '9/sctp', '65535']);
  for (const bad of ['0', '65536', '-1', '99999999999999999999', '08080x', 'http', '80/TCP', '80/', '/tcp', '80-90']) {
    assert.throws(() => checkPorts([bad]), ActionError, bad);
  }
});

test('user: a name or id, optionally with a group', () => {
  for (const good of ['65532:65532', 'nonroot', 'nonroot:nonroot', '0', 'app_user:1000', 'svc.account']) assert.equal(checkUser(good), good);
  for (const bad of ['', 'a b', ':1000', '1000:', 'a:b:c', 'x'.repeat(33), '-rf', 'root\n'])
    assert.throws(() => checkUser(bad), ActionError, JSON.stringify(bad));
});

test("workdir: empty (the base image's) or a clean absolute path", () => {
  for (const good of ['', '/', '/app', '/srv/app-1']) assert.equal(checkWorkdir(good), good);
  for (const bad of ['app', './app', '/app/../etc', '/app//x', '/app/.']) assert.throws(() => checkWorkdir(bad), ActionError, bad);
});
