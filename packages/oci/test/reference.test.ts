import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatReference, hasExplicitRegistry, InvalidReferenceError, isLoopbackRegistry, parseReference, registryEndpoint } from '../src/reference.js';

const D = `sha256:${'a'.repeat(64)}`;

test('parses and normalises references', () => {
  const cases: [string, string, string, string?, string?][] = [
    ['alpine', 'docker.io', 'library/alpine'],
    ['alpine:3.20', 'docker.io', 'library/alpine', '3.20'],
    ['index.docker.io/acme/app:1', 'docker.io', 'acme/app', '1'],
    ['ghcr.io/acme/shop:sha-abc', 'ghcr.io', 'acme/shop', 'sha-abc'],
    [`ghcr.io/acme/shop@${D}`, 'ghcr.io', 'acme/shop', undefined, D],
    [`ghcr.io/acme/shop:1.2@${D}`, 'ghcr.io', 'acme/shop', '1.2', D],
    ['127.0.0.1:5000/a/b/c:latest', '127.0.0.1:5000', 'a/b/c', 'latest'],
    ['localhost/app', 'localhost', 'app'],
    ['[::1]:5000/app:x', '[::1]:5000', 'app', 'x'],
    ['registry.example.com:443/team/svc_a.b-c__d:v1', 'registry.example.com:443', 'team/svc_a.b-c__d', 'v1'],
    ['GHCR.IO/acme/app', 'ghcr.io', 'acme/app'],
  ];
  for (const [input, registry, repository, tag, digest] of cases) {
    const ref = parseReference(input);
    assert.equal(ref.registry, registry, input);
    assert.equal(ref.repository, repository, input);
    assert.equal(ref.tag, tag, input);
    assert.equal(ref.digest, digest, input);
  }
});

test('ghcr.io owners are lowercased with a note, or refused when asked', () => {
  const ref = parseReference('ghcr.io/Acme-Corp/Shop:v1');
  assert.equal(ref.repository, 'acme-corp/shop');
  assert.match(ref.notes[0]!, /lowercase/);
  assert.throws(() => parseReference('ghcr.io/Acme/shop', { lowercaseGhcr: false }), /must be lowercase/);
});

test('rejects invalid references with a reason and a hint', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['https://ghcr.io/acme/app', /URL scheme/],
    ['ghcr.io/acme/app:bad tag', /whitespace/],
    ['ghcr.io/acme/app:-lead', /tag "-lead" is invalid/],
    [`ghcr.io/acme/app:${'x'.repeat(129)}`, /tag .* is invalid/],
    ['ghcr.io/acme/app@sha256:abc', /not a digest/],
    ['127.0.0.1:5000/Acme/app', /must be lowercase: use "acme"/],
    ['ghcr.io/acme//app', /component "" is invalid/],
    ['ghcr.io/acme/app-', /component "app-" is invalid/],
    ['ghcr.io/', /repository name is empty/],
    [`ghcr.io/${'a'.repeat(250)}`, /longer than 255/],
  ];
  for (const [input, pattern] of cases) {
    assert.throws(
      () => parseReference(input),
      (error: unknown) => {
        assert.ok(error instanceof InvalidReferenceError, input);
        assert.match(error.message, pattern, input);
        assert.ok(error.fix.length > 0);
        return true;
      },
    );
  }
  assert.throws(() => parseReference('ghcr.io/acme/app', { requireTagOrDigest: true }), /neither a tag nor a digest/);
});

test('formats, endpoints and loopback detection', () => {
  assert.equal(formatReference({ registry: 'ghcr.io', repository: 'a/b', tag: 't', digest: D }), `ghcr.io/a/b:t@${D}`);
  assert.equal(formatReference(parseReference('alpine')), 'docker.io/library/alpine');
  assert.equal(registryEndpoint('docker.io'), 'registry-1.docker.io');
  assert.equal(registryEndpoint('ghcr.io'), 'ghcr.io');
  for (const host of ['127.0.0.1:5000', 'localhost', 'localhost:1', '[::1]:80', '127.1.2.3']) assert.ok(isLoopbackRegistry(host), host);
  for (const host of ['ghcr.io', '10.0.0.1:5000', 'localhost.example.com']) assert.ok(!isLoopbackRegistry(host), host);
  for (const text of ['ghcr.io/a/b', 'localhost/a', '127.0.0.1:5000/a', 'Registry/a']) assert.ok(hasExplicitRegistry(text), text);
  for (const text of ['acme/base', 'alpine', 'a/b/c']) assert.ok(!hasExplicitRegistry(text), text);
});
