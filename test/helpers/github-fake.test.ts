import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Schema, startGitHubFake } from './github-fake.js';

test('github fake: routes with params, token check, interceptor and a request log', async (t) => {
  const fake = await startGitHubFake({ tokens: ['good'] });
  t.after(() => fake.stop());
  fake.route('GET', '/repos/:owner/:repo', (req) => {
    const repo: Pick<Schema<'repository'>, 'full_name' | 'default_branch'> = {
      full_name: `${req.params.owner}/${req.params.repo}`,
      default_branch: 'main',
    };
    return { body: repo };
  });

  const ok = await fetch(`${fake.url}/repos/acme/shop`, { headers: { authorization: 'Bearer good' } });
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { full_name: 'acme/shop', default_branch: 'main' });

  const bad = await fetch(`${fake.url}/repos/acme/shop`, { headers: { authorization: 'Bearer wrong' } });
  assert.equal(bad.status, 401);
  assert.equal(((await bad.json()) as { message: string }).message, 'Bad credentials');

  const missing = await fetch(`${fake.url}/nope`, { headers: { authorization: 'token good' } });
  assert.equal(missing.status, 404);

  fake.intercept(() => ({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } }));
  const limited = await fetch(`${fake.url}/repos/acme/shop?x=1`, { headers: { authorization: 'Bearer good' } });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '1');

  assert.deepEqual(
    fake.log.map((r) => `${r.method} ${r.path}${r.query} ${r.status}`),
    ['GET /repos/acme/shop 200', 'GET /repos/acme/shop 401', 'GET /nope 404', 'GET /repos/acme/shop?x=1 429'],
  );
});
