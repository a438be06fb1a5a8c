import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay, DEFAULT_RETRY_POLICY, isNetworkError, isRetryableStatus, parseRetryAfter } from '@service-pipeline/action-kit/retry';
import { mergeScopes, parseChallenge } from '../src/auth.js';
import { mapLimit } from '../src/concurrency.js';
import { isPlatform, parseManifest, parsePlatform } from '../src/manifest.js';
import { MediaType } from '../src/media-types.js';
import { referrersTag } from '../src/registry-client.js';

const D = `sha256:${'b'.repeat(64)}`;

test('parses WWW-Authenticate challenges', () => {
  const cases: [string, ReturnType<typeof parseChallenge>][] = [
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/app:pull"',
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/app:pull' } },
    ],
    ['Basic realm="Registry Realm"', { scheme: 'basic', params: { realm: 'Registry Realm' } }],
    ['bearer realm=http://127.0.0.1:1/token, service=reg', { scheme: 'bearer', params: { realm: 'http://127.0.0.1:1/token', service: 'reg' } }],
    [
      'Bearer realm="x",error="insufficient_scope",scope="repository:a:pull,push repository:b:pull"',
      { scheme: 'bearer', params: { realm: 'x', error: 'insufficient_scope', scope: 'repository:a:pull,push repository:b:pull' } },
    ],
    ['Negotiate abc', undefined],
    ['', undefined],
  ];
  for (const [header, expected] of cases) assert.deepEqual(parseChallenge(header), expected, header);
});

test('merges scopes per resource', () => {
  assert.deepEqual(mergeScopes(['repository:a:pull', 'repository:a:push', 'repository:b:pull', 'repository:a:pull']), [
    'repository:a:pull,push',
    'repository:b:pull',
  ]);
  assert.deepEqual(mergeScopes([]), []);
});

test('retry policy: statuses, Retry-After and backoff bounds', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) assert.ok(isRetryableStatus(status), String(status));
  for (const status of [200, 400, 401, 403, 404, 405, 501]) assert.ok(!isRetryableStatus(status), String(status));
  assert.equal(parseRetryAfter('3'), 3000);
  assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6000);
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(backoffDelay(DEFAULT_RETRY_POLICY, 1, 2000), 2000);
  assert.equal(backoffDelay(DEFAULT_RETRY_POLICY, 1, 10 ** 9), DEFAULT_RETRY_POLICY.maxRetryAfterMs);
  for (let attempt = 1; attempt < 10; attempt++) {
    const ceiling = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
    assert.equal(
      backoffDelay(DEFAULT_RETRY_POLICY, attempt, undefined, () => 0),
      ceiling / 2,
    );
    assert.equal(
      backoffDelay(DEFAULT_RETRY_POLICY, attempt, undefined, () => 1),
      ceiling,
    );
  }
  assert.ok(isNetworkError(new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })));
  assert.ok(!isNetworkError(new Error('boom')));
});

test('mapLimit bounds concurrency and stops scheduling after the first failure', async () => {
  let active = 0;
  let peak = 0;
  const results = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((r) => setTimeout(r, 5));
    active--;
    return n * 2;
  });
  assert.deepEqual(results, [2, 4, 6, 8, 10, 12, 14]);
  assert.equal(peak, 3);
  const started: number[] = [];
  await assert.rejects(
    mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await new Promise((r) => setTimeout(r, 5));
      if (n === 1) throw new Error('first failed');
    }),
    /first failed/,
  );
  assert.ok(started.length <= 3, `started ${started.join(',')}`);
});

test('manifest parsing validates what the project relies on', () => {
  const layer = { mediaType: MediaType.ociLayerGzip, digest: D, size: 1 };
  const ok = parseManifest(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: layer, layers: [layer] }), MediaType.ociManifest);
  assert.equal(ok.mediaType, MediaType.ociManifest);
  const docker = parseManifest(JSON.stringify({ schemaVersion: 2, config: layer, layers: [] }), MediaType.dockerManifest);
  assert.equal((docker as { layers: unknown[] }).layers.length, 0);
  const bad: [string, RegExp][] = [
    ['{', /not valid JSON/],
    ['[]', /not a JSON object/],
    [JSON.stringify({ schemaVersion: 1 }), /schemaVersion 1/],
    [JSON.stringify({ schemaVersion: 2, mediaType: 'text/plain' }), /unsupported media type/],
    [JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex }), /manifests must be an array/],
    [JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: { ...layer, digest: 'sha256:xyz' }, layers: [] }), /not a valid digest/],
    [JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: { ...layer, size: -1 }, layers: [] }), /non-negative integer/],
    [JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] }), /served as/],
  ];
  for (const [text, pattern] of bad) {
    const served = /manifests must be/.test(String(pattern)) ? MediaType.ociIndex : MediaType.ociManifest;
    assert.throws(() => parseManifest(text, served), pattern, text);
  }
  assert.equal(referrersTag(D), `sha256-${'b'.repeat(64)}`);
});

test('platforms: one grammar for inputs, artifacts and buildah', () => {
  assert.deepEqual(parsePlatform('linux/amd64'), { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(parsePlatform('linux/arm/v7'), { os: 'linux', architecture: 'arm', variant: 'v7' });
  assert.deepEqual(parsePlatform('linux/x86_64'), { os: 'linux', architecture: 'x86_64' });
  for (const bad of ['linux', 'linux/', 'Linux/amd64', 'linux/amd64/v1/x', 'linux amd64', '']) {
    assert.ok(!isPlatform(bad), bad);
    assert.throws(() => parsePlatform(bad), /is not os\/arch\[\/variant\]/, bad);
  }
});
