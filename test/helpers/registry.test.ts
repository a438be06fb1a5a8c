import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { startRegistry, type TestRegistry } from './registry.js';

const started: TestRegistry[] = [];
after(async () => {
  await Promise.all(started.map((r) => r.stop()));
});

async function registry(...args: Parameters<typeof startRegistry>): Promise<TestRegistry> {
  const r = await startRegistry(...args);
  started.push(r);
  return r;
}

function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function basic(user: string, pass: string): string {
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

/** Monolithic-ish blob upload: POST /blobs/uploads/ then PUT <location>?digest=. Returns the PUT status. */
async function uploadBlob(
  base: string,
  repo: string,
  data: Buffer<ArrayBuffer>,
  authorization?: string,
): Promise<{ status: number; postStatus: number; body: string }> {
  const headers: Record<string, string> = authorization ? { authorization } : {};
  const post = await fetch(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers });
  const postBody = await post.text();
  if (post.status !== 202) return { status: post.status, postStatus: post.status, body: postBody };
  const location = post.headers.get('location');
  assert.ok(location, 'upload Location header');
  const putUrl = new URL(location, base);
  putUrl.searchParams.set('digest', sha256(data));
  const put = await fetch(putUrl, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': String(data.length) },
    body: data,
  });
  return { status: put.status, postStatus: post.status, body: await put.text() };
}

function parseChallenge(header: string | null): { scheme: string; params: Record<string, string> } {
  assert.ok(header, 'WWW-Authenticate header present');
  const m = /^(\w+)\s+(.*)$/.exec(header);
  assert.ok(m, `parsable challenge: ${header}`);
  const params: Record<string, string> = {};
  for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) params[p[1]!] = p[2]!;
  return { scheme: m[1]!, params };
}

async function fetchToken(realm: string, service: string, scopes: string[], authorization?: string): Promise<Response> {
  const u = new URL(realm);
  u.searchParams.set('service', service);
  for (const s of scopes) u.searchParams.append('scope', s);
  return fetch(u, { headers: authorization ? { authorization } : {} });
}

function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, c] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(c!, 'base64url').toString()) as Record<string, unknown>,
  };
}

describe('startRegistry auth=none', () => {
  test('answers /v2/ with 200, stores a full image, deletes it', async () => {
    const reg = await registry();
    assert.match(reg.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(reg.url, `http://${reg.host}`);
    assert.deepEqual(reg.users, {});
    assert.equal(reg.tokenServer, undefined);
    const res = await fetch(`${reg.url}/v2/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('docker-distribution-api-version'), 'registry/2.0');

    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }));
    const layer = Buffer.from('layer bytes');
    assert.equal((await uploadBlob(reg.url, 'team/app', config)).status, 201);
    assert.equal((await uploadBlob(reg.url, 'team/app', layer)).status, 201);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length }],
    });
    const put = await fetch(`${reg.url}/v2/team/app/manifests/v1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: manifest,
    });
    assert.equal(put.status, 201, await put.text());
    assert.equal(put.headers.get('docker-content-digest'), sha256(manifest));
    const get = await fetch(`${reg.url}/v2/team/app/manifests/v1`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
    assert.equal(get.status, 200);
    assert.equal(await get.text(), manifest);

    const del = await fetch(`${reg.url}/v2/team/app/manifests/${sha256(manifest)}`, { method: 'DELETE' });
    assert.equal(del.status, 202);
    const gone = await fetch(`${reg.url}/v2/team/app/manifests/v1`, { method: 'HEAD' });
    assert.equal(gone.status, 404);
  });

  test('deleteEnabled: false makes DELETE unsupported; stop() removes the storage dir', async () => {
    const reg = await startRegistry({ deleteEnabled: false });
    try {
      const layer = Buffer.from('x');
      assert.equal((await uploadBlob(reg.url, 'a/b', layer)).status, 201);
      const del = await fetch(`${reg.url}/v2/a/b/blobs/${sha256(layer)}`, { method: 'DELETE' });
      assert.equal(del.status, 405);
    } finally {
      await reg.stop();
    }
    assert.equal(existsSync(reg.storageDir), false);
    assert.equal(reg.process.running, false);
    await reg.stop(); // idempotent
    await assert.rejects(fetch(`${reg.url}/v2/`));
  });
});

describe('startRegistry auth=htpasswd', () => {
  test('challenges with Basic, accepts a blob push with valid credentials only', async () => {
    const reg = await registry({ auth: 'htpasswd', users: { alice: 'pa55:word', bob: 'other' } });
    const res = await fetch(`${reg.url}/v2/`);
    assert.equal(res.status, 401);
    const challenge = parseChallenge(res.headers.get('www-authenticate'));
    assert.equal(challenge.scheme, 'Basic');
    assert.ok(challenge.params.realm);

    assert.equal((await fetch(`${reg.url}/v2/`, { headers: { authorization: basic('alice', 'pa55:word') } })).status, 200);
    assert.equal((await fetch(`${reg.url}/v2/`, { headers: { authorization: basic('bob', 'other') } })).status, 200);
    assert.equal((await fetch(`${reg.url}/v2/`, { headers: { authorization: basic('alice', 'wrong') } })).status, 401);

    const data = Buffer.from('hello basic auth');
    assert.equal((await uploadBlob(reg.url, 'org/basic', data)).status, 401);
    assert.equal((await uploadBlob(reg.url, 'org/basic', data, basic('alice', 'wrong'))).status, 401);
    const ok = await uploadBlob(reg.url, 'org/basic', data, basic('alice', 'pa55:word'));
    assert.equal(ok.status, 201, ok.body);
    const head = await fetch(`${reg.url}/v2/org/basic/blobs/${sha256(data)}`, { method: 'HEAD', headers: { authorization: basic('bob', 'other') } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(data.length));
  });

  test('default user is tester/secret-pass', async () => {
    const reg = await registry({ auth: 'htpasswd' });
    assert.deepEqual(reg.users, { tester: 'secret-pass' });
    assert.equal((await fetch(`${reg.url}/v2/`, { headers: { authorization: basic('tester', 'secret-pass') } })).status, 200);
  });
});

for (const tokenAlgorithm of ['ES256', 'RS256'] as const) {
  describe(`startRegistry auth=token (${tokenAlgorithm})`, () => {
    test('full token flow: challenge, token, blob push, HEAD; pull-only token cannot push', async () => {
      const reg = await registry({ auth: 'token', tokenAlgorithm });
      assert.ok(reg.tokenServer);
      assert.deepEqual(reg.users, { tester: 'secret-pass' });

      const v2 = await fetch(`${reg.url}/v2/`);
      assert.equal(v2.status, 401);
      const challenge = parseChallenge(v2.headers.get('www-authenticate'));
      assert.equal(challenge.scheme, 'Bearer');
      assert.equal(challenge.params.realm, reg.tokenServer.url);
      assert.equal(challenge.params.service, reg.host);

      // The push attempt itself tells the client which scope to ask for.
      const repo = 'acme/service';
      const attempt = await fetch(`${reg.url}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
      assert.equal(attempt.status, 401);
      const pushChallenge = parseChallenge(attempt.headers.get('www-authenticate'));
      // distribution lists the actions in random order (Go map iteration): compare as a set.
      const [scopeType, scopeName, scopeActions] = (pushChallenge.params.scope ?? '').split(':');
      assert.deepEqual([scopeType, scopeName, scopeActions?.split(',').sort()], ['repository', repo, ['pull', 'push']]);

      const tokenRes = await fetchToken(challenge.params.realm!, challenge.params.service!, [`repository:${repo}:pull,push`], basic('tester', 'secret-pass'));
      assert.equal(tokenRes.status, 200);
      const body = (await tokenRes.json()) as { token: string; access_token: string; expires_in: number; issued_at: string };
      assert.equal(body.token, body.access_token);
      assert.equal(body.expires_in, 300);
      assert.ok(!Number.isNaN(Date.parse(body.issued_at)));
      const { header, claims } = decodeJwt(body.token);
      assert.equal(header.alg, tokenAlgorithm);
      assert.equal(header.typ, 'JWT');
      assert.ok(Array.isArray(header.x5c) && header.x5c.length === 1);
      assert.equal(claims.sub, 'tester');
      assert.equal(claims.aud, reg.host);
      assert.deepEqual(claims.access, [{ type: 'repository', name: repo, actions: ['pull', 'push'] }]);

      const data = Buffer.from(`token-flow blob ${tokenAlgorithm}`);
      const upload = await uploadBlob(reg.url, repo, data, `Bearer ${body.token}`);
      assert.equal(upload.status, 201, `${upload.body}\n${reg.logs()}`);
      const head = await fetch(`${reg.url}/v2/${repo}/blobs/${sha256(data)}`, { method: 'HEAD', headers: { authorization: `Bearer ${body.token}` } });
      assert.equal(head.status, 200);

      // A token for another repository does not help.
      const other = (await (await fetchToken(reg.tokenServer.url, reg.host, ['repository:acme/other:pull,push'], basic('tester', 'secret-pass'))).json()) as {
        token: string;
      };
      const denied = await uploadBlob(reg.url, repo, Buffer.from('nope'), `Bearer ${other.token}`);
      assert.equal(denied.status, 401);

      // Pull-only token: reads fine, push rejected with insufficient_scope.
      const pullOnly = (await (await fetchToken(reg.tokenServer.url, reg.host, [`repository:${repo}:pull`], basic('tester', 'secret-pass'))).json()) as {
        token: string;
      };
      const headPull = await fetch(`${reg.url}/v2/${repo}/blobs/${sha256(data)}`, { method: 'HEAD', headers: { authorization: `Bearer ${pullOnly.token}` } });
      assert.equal(headPull.status, 200);
      const post = await fetch(`${reg.url}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: { authorization: `Bearer ${pullOnly.token}` } });
      assert.ok(post.status === 401 || post.status === 403, `pull-only push got ${post.status}`);
      assert.match(post.headers.get('www-authenticate') ?? '', /insufficient_scope/);

      // A token signed by a different key is refused.
      const [h, c] = body.token.split('.');
      const forged = `${h}.${c}.${Buffer.from('garbage-signature').toString('base64url')}`;
      assert.equal((await fetch(`${reg.url}/v2/`, { headers: { authorization: `Bearer ${forged}` } })).status, 401);

      assert.ok(reg.tokenServer.requests.length >= 3);
      assert.deepEqual(reg.tokenServer.requests[0], {
        user: 'tester',
        scopes: [`repository:${repo}:pull,push`],
        service: reg.host,
        method: 'GET',
        status: 200,
        access: [{ type: 'repository', name: repo, actions: ['pull', 'push'] }],
      });
    });
  });
}

describe('token server behaviour', () => {
  test('wrong credentials -> 401; anonymous -> token without access; grant callback decides', async () => {
    const grants: [string | undefined, string, string[]][] = [];
    const reg = await registry({
      auth: 'token',
      users: { ci: 'ci-pass', reader: 'r' },
      grant: (user, repository, requested) => {
        grants.push([user, repository, requested]);
        if (user === 'ci') return requested;
        if (repository.startsWith('public/')) return requested.filter((a) => a === 'pull');
        return [];
      },
    });
    const ts = reg.tokenServer!;
    const bad = await fetchToken(ts.url, reg.host, ['repository:x/y:pull'], basic('ci', 'wrong'));
    assert.equal(bad.status, 401);
    await bad.text();
    const unknown = await fetchToken(ts.url, reg.host, ['repository:x/y:pull'], basic('nobody', 'ci-pass'));
    assert.equal(unknown.status, 401);
    await unknown.text();

    const anon = await fetchToken(ts.url, reg.host, ['repository:public/lib:pull,push', 'repository:private/lib:pull']);
    assert.equal(anon.status, 200);
    const anonClaims = decodeJwt(((await anon.json()) as { token: string }).token).claims;
    assert.equal(anonClaims.sub, '');
    assert.deepEqual(anonClaims.access, [
      { type: 'repository', name: 'public/lib', actions: ['pull'] },
      { type: 'repository', name: 'private/lib', actions: [] },
    ]);

    const reader = await fetchToken(ts.url, reg.host, ['repository:private/lib:pull,push'], basic('reader', 'r'));
    assert.equal(reader.status, 200);
    assert.deepEqual(decodeJwt(((await reader.json()) as { token: string }).token).claims.access, [{ type: 'repository', name: 'private/lib', actions: [] }]);
    const ci = (await (
      await fetchToken(ts.url, reg.host, ['repository:private/lib:pull,push', 'repository:private/lib:delete'], basic('ci', 'ci-pass'))
    ).json()) as { token: string };
    assert.deepEqual(decodeJwt(ci.token).claims.access, [{ type: 'repository', name: 'private/lib', actions: ['pull', 'push', 'delete'] }]);

    assert.deepEqual(grants.at(-1), ['ci', 'private/lib', ['pull', 'push', 'delete']]);
    assert.deepEqual(
      ts.requests.map((r) => [r.user, r.status]),
      [
        ['ci', 401],
        ['nobody', 401],
        [undefined, 200],
        ['reader', 200],
        ['ci', 200],
      ],
    );

    // Anonymous token cannot push to the real registry.
    const anonPush = (await (await fetchToken(ts.url, reg.host, ['repository:private/lib:pull,push'])).json()) as { token: string };
    const denied = await uploadBlob(reg.url, 'private/lib', Buffer.from('x'), `Bearer ${anonPush.token}`);
    assert.equal(denied.status, 401);
    // ci can.
    assert.equal((await uploadBlob(reg.url, 'private/lib', Buffer.from('x'), `Bearer ${ci.token}`)).status, 201);
  });

  test('POST password grant and default policy for non-repository scopes', async () => {
    const reg = await registry({ auth: 'token' });
    const ts = reg.tokenServer!;
    const res = await fetch(ts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username: 'tester',
        password: 'secret-pass',
        service: reg.host,
        scope: 'registry:catalog:*',
        client_id: 'test',
      }),
    });
    assert.equal(res.status, 200);
    const { token } = (await res.json()) as { token: string };
    assert.deepEqual(decodeJwt(token).claims.access, [{ type: 'registry', name: 'catalog', actions: ['*'] }]);
    const catalog = await fetch(`${reg.url}/v2/_catalog`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(catalog.status, 200);
    assert.deepEqual(await catalog.json(), { repositories: [] });
  });
});

describe('interoperability with a real client (skopeo / containers/image)', { skip: !existsSync('/usr/bin/skopeo') && 'skopeo not installed' }, () => {
  test('copies an image from an auth=none registry into an auth=token registry', async () => {
    const source = await registry();
    const target = await registry({ auth: 'token' });
    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }));
    const layer = Buffer.from('skopeo layer');
    await uploadBlob(source.url, 'src/img', config);
    await uploadBlob(source.url, 'src/img', layer);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length }],
    });
    const put = await fetch(`${source.url}/v2/src/img/manifests/v1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: manifest,
    });
    assert.equal(put.status, 201);

    const home = await mkdtemp(join(tmpdir(), 'sp-skopeo-home-'));
    try {
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home };
      const { user, pass } = { user: 'tester', pass: target.users.tester! };
      await promisify(execFile)(
        'skopeo',
        [
          'copy',
          '--preserve-digests',
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          `--dest-creds=${user}:${pass}`,
          `docker://${source.host}/src/img:v1`,
          `docker://${target.host}/dst/img:v1`,
        ],
        { env, timeout: 30000 },
      );
      const { stdout } = await promisify(execFile)(
        'skopeo',
        ['inspect', '--raw', '--tls-verify=false', `--creds=${user}:${pass}`, `docker://${target.host}/dst/img:v1`],
        { env, timeout: 30000 },
      );
      assert.equal(stdout, manifest);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
    const scopes = target.tokenServer!.requests.flatMap((r) => r.scopes);
    assert.ok(
      scopes.some((s) => /^repository:dst\/img:(pull,push|push,pull)$/.test(s)),
      JSON.stringify(target.tokenServer!.requests),
    );
    assert.ok(target.tokenServer!.requests.every((r) => r.user === 'tester' && r.status === 200));
  });
});
