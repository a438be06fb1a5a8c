import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { everyNth, type FaultProxy, sequence, startFaultProxy, when } from './fault-proxy.js';
import { startRegistry, type TestRegistry } from './registry.js';

let registry: TestRegistry;
const proxies: FaultProxy[] = [];

before(async () => {
  registry = await startRegistry({ auth: 'htpasswd' });
});
after(async () => {
  await Promise.all(proxies.map((p) => p.stop()));
  await registry?.stop();
});

async function proxy(plan: Parameters<typeof startFaultProxy>[1]): Promise<FaultProxy> {
  const p = await startFaultProxy(registry.url, plan);
  proxies.push(p);
  return p;
}

const auth = (): string => `Basic ${Buffer.from(`tester:${registry.users.tester}`).toString('base64')}`;
const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** Raw node:http request (no retries, no pooling) so socket-level failures are visible. */
function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer; chunked?: boolean },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (init.body && init.chunked) {
      // Stream in pieces without content-length (Transfer-Encoding: chunked).
      const body = init.body;
      let offset = 0;
      const step = (): void => {
        if (offset >= body.length) {
          req.end();
          return;
        }
        const piece = body.subarray(offset, offset + 64 * 1024);
        offset += piece.length;
        if (req.write(piece)) setImmediate(step);
        else req.once('drain', step);
      };
      step();
    } else {
      req.end(init.body);
    }
  });
}

describe('startFaultProxy', () => {
  test('injects 503 with Retry-After, 429, a dropped connection, then forwards a real upload', async () => {
    const p = await proxy(
      sequence({
        1: { kind: 'status', status: 503, retryAfter: '2' },
        2: { kind: 'status', status: 429, retryAfter: '1', body: 'slow down' },
        3: { kind: 'drop' },
      }),
    );
    assert.match(p.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(p.url, `http://${p.host}`);

    const r1 = await fetch(`${p.url}/v2/`, { headers: { authorization: auth() } });
    assert.equal(r1.status, 503);
    assert.equal(r1.headers.get('retry-after'), '2');
    assert.match(await r1.text(), /injected fault/);

    const r2 = await fetch(`${p.url}/v2/`, { headers: { authorization: auth() } });
    assert.equal(r2.status, 429);
    assert.equal(r2.headers.get('retry-after'), '1');
    assert.equal(await r2.text(), 'slow down');

    await assert.rejects(rawRequest(`${p.url}/v2/`, { headers: { authorization: auth() } }), (err: NodeJS.ErrnoException) => {
      assert.ok(['ECONNRESET', 'EPIPE'].includes(err.code ?? '') || /socket hang up/.test(err.message), String(err));
      return true;
    });
    // Request 4 has no fault: forwarded to the registry.
    const r4 = await fetch(`${p.url}/v2/`, { headers: { authorization: auth() } });
    assert.equal(r4.status, 200);
    assert.equal(r4.headers.get('docker-distribution-api-version'), 'registry/2.0');
    await r4.text();

    // Forwarded: the registry's own answers come through, including its challenge.
    const unauth = await fetch(`${p.url}/v2/`);
    assert.equal(unauth.status, 401);
    assert.match(unauth.headers.get('www-authenticate') ?? '', /^Basic realm=/);

    // A real blob upload through the proxy: Location must point at the proxy (Host header kept).
    const data = randomBytes(300 * 1024);
    const post = await fetch(`${p.url}/v2/via/proxy/blobs/uploads/`, { method: 'POST', headers: { authorization: auth() } });
    assert.equal(post.status, 202);
    const location = post.headers.get('location')!;
    assert.ok(location.startsWith(`${p.url}/v2/via/proxy/blobs/uploads/`), location);
    // PATCH a chunk (streamed, chunked encoding), then PUT the rest with ?digest=.
    const first = data.subarray(0, 200 * 1024);
    const patch = await rawRequest(location, {
      method: 'PATCH',
      headers: { authorization: auth(), 'content-type': 'application/octet-stream' },
      body: first,
      chunked: true,
    });
    assert.equal(patch.status, 202, patch.body);
    assert.equal(patch.headers.range, `0-${first.length - 1}`);
    const putUrl = new URL(patch.headers.location as string);
    assert.equal(putUrl.host, p.host);
    putUrl.searchParams.set('digest', sha256(data));
    const rest = data.subarray(first.length);
    const put = await fetch(putUrl, {
      method: 'PUT',
      headers: { authorization: auth(), 'content-type': 'application/octet-stream', 'content-length': String(rest.length) },
      body: rest,
    });
    assert.equal(put.status, 201, await put.text());
    const head = await fetch(`${p.url}/v2/via/proxy/blobs/${sha256(data)}`, { method: 'HEAD', headers: { authorization: auth() } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(data.length));
    const get = await fetch(`${p.url}/v2/via/proxy/blobs/${sha256(data)}`, { headers: { authorization: auth() } });
    assert.deepEqual(Buffer.from(await get.arrayBuffer()), data);
    // The same blob is visible directly on the registry.
    assert.equal((await fetch(`${registry.url}/v2/via/proxy/blobs/${sha256(data)}`, { method: 'HEAD', headers: { authorization: auth() } })).status, 200);

    assert.deepEqual(
      p.stats.faults.map((f) => [f.n, f.kind, f.status, f.method, f.path]),
      [
        [1, 'status', 503, 'GET', '/v2/'],
        [2, 'status', 429, 'GET', '/v2/'],
        [3, 'drop', undefined, 'GET', '/v2/'],
      ],
    );
    assert.equal(p.stats.requests, 10);
    assert.ok(p.stats.forwarded.every((f) => f.n > 3));
  });

  test('a status fault on a request with a body answers (no hang) and keeps the connection usable', async () => {
    const p = await proxy(when((r) => r.method === 'PUT', { kind: 'status', status: 500, body: 'boom' }, 1));
    const post = await fetch(`${p.url}/v2/big/put/blobs/uploads/`, { method: 'POST', headers: { authorization: auth() } });
    assert.equal(post.status, 202);
    const location = new URL(post.headers.get('location')!);
    const data = randomBytes(4 * 1024 * 1024);
    location.searchParams.set('digest', sha256(data));

    const failed = await fetch(location, { method: 'PUT', headers: { authorization: auth(), 'content-type': 'application/octet-stream' }, body: data });
    assert.equal(failed.status, 500);
    assert.equal(await failed.text(), 'boom');
    // Chunked body too.
    const p2 = await proxy(when((r) => r.method === 'PATCH', { kind: 'status', status: 502 }));
    const chunked = await rawRequest(`${p2.url}${location.pathname}`, { method: 'PATCH', headers: { authorization: auth() }, body: data, chunked: true });
    assert.equal(chunked.status, 502);

    // Retry succeeds (the upload session was untouched by the faulted attempts).
    const retry = await fetch(location, { method: 'PUT', headers: { authorization: auth(), 'content-type': 'application/octet-stream' }, body: data });
    assert.equal(retry.status, 201, await retry.text());
  });

  test('Expect: 100-continue is honoured for forwarded requests and short-circuited for faults', async () => {
    const p = await proxy(when((r) => r.method === 'PUT', { kind: 'status', status: 503, retryAfter: '0' }, 1));
    const expectPut = (url: string, data: Buffer): Promise<{ status: number; sawContinue: boolean }> =>
      new Promise((resolve, reject) => {
        let sawContinue = false;
        const req = httpRequest(url, {
          method: 'PUT',
          agent: false,
          headers: { authorization: auth(), expect: '100-continue', 'content-length': String(data.length) },
        });
        req.on('continue', () => {
          sawContinue = true;
          req.end(data);
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, sawContinue }));
        });
        req.on('error', reject);
        req.flushHeaders();
      });
    const post = await fetch(`${p.url}/v2/expect/put/blobs/uploads/`, { method: 'POST', headers: { authorization: auth() } });
    const location = new URL(post.headers.get('location')!);
    const data = randomBytes(64 * 1024);
    location.searchParams.set('digest', sha256(data));
    assert.deepEqual(await expectPut(location.href, data), { status: 503, sawContinue: false });
    assert.deepEqual(await expectPut(location.href, data), { status: 201, sawContinue: true });
  });

  test('a drop on a request with a body fails the client instead of hanging', async () => {
    const p = await proxy(when((r) => r.method === 'PUT', { kind: 'drop' }));
    const post = await fetch(`${p.url}/v2/drop/put/blobs/uploads/`, { method: 'POST', headers: { authorization: auth() } });
    const location = new URL(post.headers.get('location')!);
    const data = randomBytes(2 * 1024 * 1024);
    location.searchParams.set('digest', sha256(data));
    await assert.rejects(rawRequest(location.href, { method: 'PUT', headers: { authorization: auth(), 'content-length': String(data.length) }, body: data }));
    await assert.rejects(fetch(location, { method: 'PUT', headers: { authorization: auth() }, body: data }), TypeError);
    assert.equal(p.stats.faults.length, 2);
  });

  test('everyNth, sequence and setPlan', async () => {
    const plan = everyNth(3, { kind: 'status', status: 503 });
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((n) => plan({ n, method: 'GET', path: '/' })?.kind),
      [undefined, undefined, 'status', undefined, undefined, 'status'],
    );
    assert.throws(() => everyNth(0, { kind: 'drop' }));
    const seq = sequence({ 2: { kind: 'drop' } });
    assert.equal(seq({ n: 1, method: 'GET', path: '/' }), undefined);
    assert.deepEqual(seq({ n: 2, method: 'GET', path: '/' }), { kind: 'drop' });

    const p = await proxy(everyNth(2, { kind: 'status', status: 503 }));
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${p.url}/v2/`, { headers: { authorization: auth() } });
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    assert.deepEqual(statuses, [200, 503, 200, 503]);
    p.setPlan(() => ({ kind: 'status', status: 418, headers: { 'x-test': 'yes' } }));
    const teapot = await fetch(`${p.url}/v2/`, { method: 'HEAD' });
    assert.equal(teapot.status, 418);
    assert.equal(teapot.headers.get('x-test'), 'yes');
    assert.equal(p.stats.requests, 5);
  });

  test('upstream down -> 502; stop() closes the listener', async () => {
    const dead = await startFaultProxy('http://127.0.0.1:1', () => undefined);
    try {
      const r = await fetch(`${dead.url}/v2/`);
      assert.equal(r.status, 502);
      assert.match(await r.text(), /upstream error/);
    } finally {
      await dead.stop();
    }
    await assert.rejects(fetch(`${dead.url}/v2/`));
  });
  test('cut reads part of a body, closes the connection and forwards nothing; body bytes are counted', async () => {
    const p = await proxy((r) => (r.method === 'PATCH' ? { kind: 'cut', afterBytes: 100_000 } : undefined));
    const body = randomBytes(500_000);
    await assert.rejects(
      rawRequest(`${p.url}/v2/acme/cut/blobs/uploads/x`, { method: 'PATCH', headers: { authorization: auth(), 'content-length': String(body.length) }, body }),
    );
    assert.deepEqual(
      p.stats.faults.map((f) => f.kind),
      ['cut'],
    );
    assert.equal(p.stats.forwarded.length, 0, 'nothing reached the registry');
    assert.ok(p.stats.bodyBytes >= 100_000 && p.stats.bodyBytes < body.length, `read ${p.stats.bodyBytes} bytes`);
    const ping = await rawRequest(`${p.url}/v2/`, { headers: { authorization: auth() } });
    assert.equal(ping.status, 200);
    assert.ok(p.stats.bodyBytes < body.length, 'a GET adds no body bytes');
  });
});
