import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';
import { type FakeResponse, type GitHubFake, type Schema, startGitHubFake } from '../../../test/helpers/github-fake.js';
import { GitHubApiError, type GitHubClientOptions, githubClient } from '../src/github.js';
import type { Logger } from '../src/index.js';

interface Harness {
  fake: GitHubFake;
  waits: number[];
  warnings: string[];
  client(options?: Partial<GitHubClientOptions>): ReturnType<typeof githubClient>;
}

async function harness(t: TestContext): Promise<Harness> {
  const fake = await startGitHubFake({ tokens: ['t0ken-value'] });
  t.after(() => fake.stop());
  fake.route('GET', '/repos/:owner/:repo', (req) => {
    const repo: Pick<Schema<'repository'>, 'full_name'> = { full_name: `${req.params.owner}/${req.params.repo}` };
    return { body: repo };
  });
  const waits: number[] = [];
  const warnings: string[] = [];
  const logger: Logger = { debug: () => {}, info: () => {}, warning: (m) => warnings.push(m), group: (_n, fn) => fn() };
  return {
    fake,
    waits,
    warnings,
    client: (options = {}) =>
      githubClient({
        token: 't0ken-value',
        baseUrl: fake.url,
        logger,
        sleep: async (ms) => {
          waits.push(ms);
        },
        ...options,
      }),
  };
}

/** Answers the first `count` requests with `reply`, then lets them through. */
function failFirst(fake: GitHubFake, count: number, reply: () => FakeResponse): void {
  let seen = 0;
  fake.intercept(() => (seen++ < count ? reply() : undefined));
}

async function getRepo(gh: ReturnType<typeof githubClient>): Promise<string> {
  return (await (await gh).rest.repos.get({ owner: 'acme', repo: 'shop' })).data.full_name;
}

test('github client: the token is masked when the client is created', async (t) => {
  const h = await harness(t);
  const written: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await h.client();
  } finally {
    process.stdout.write = original;
  }
  assert.ok(
    written.some((line) => line.includes('::add-mask::t0ken-value')),
    written.join(''),
  );
});

test('github client: a 429 with retry-after waits exactly that long, then succeeds', async (t) => {
  const h = await harness(t);
  failFirst(h.fake, 2, () => ({ status: 429, headers: { 'retry-after': '7' }, body: { message: 'Too many requests' } }));
  assert.equal(await getRepo(h.client()), 'acme/shop');
  assert.deepEqual(h.waits, [7000, 7000]);
  assert.deepEqual(
    h.fake.log.map((r) => r.status),
    [429, 429, 200],
  );
  assert.equal(h.warnings.length, 2);
  assert.match(h.warnings[0]!, /GET \/repos\/acme\/shop: rate limited \(429, retry-after 7s\); waiting 7s before retry 1 of 5/);
});

test('github client: a secondary rate limit 403 with retry-after is waited out', async (t) => {
  const h = await harness(t);
  failFirst(h.fake, 1, () => ({
    status: 403,
    headers: { 'retry-after': '60' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
  }));
  assert.equal(await getRepo(h.client()), 'acme/shop');
  assert.deepEqual(h.waits, [60_000]);
});

test('github client: a secondary rate limit without retry-after waits a minute, doubling', async (t) => {
  const h = await harness(t);
  failFirst(h.fake, 2, () => ({ status: 403, body: { message: 'You have exceeded a secondary rate limit.' } }));
  assert.equal(await getRepo(h.client()), 'acme/shop');
  assert.deepEqual(h.waits, [60_000, 120_000]);
});

test('github client: an exhausted primary limit waits until x-ratelimit-reset', async (t) => {
  const h = await harness(t);
  const clock = Date.UTC(2026, 0, 1, 12, 0, 0, 250);
  const reset = Math.floor(clock / 1000) + 30;
  failFirst(h.fake, 1, () => ({
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    body: { message: 'API rate limit exceeded for installation ID 1.' },
  }));
  assert.equal(await getRepo(h.client({ now: () => clock })), 'acme/shop');
  // Until the reset second plus one, measured against the clock when the 403 arrived.
  assert.deepEqual(h.waits, [30_000 - 250 + 1000]);
  assert.match(h.warnings[0]!, /primary rate limit exhausted \(resets at /);
});

test('github client: a reset further away than maxWaitMs fails at once with the reason', async (t) => {
  const h = await harness(t);
  const reset = Math.floor(Date.now() / 1000) + 3600;
  h.fake.intercept(() => ({
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    body: { message: 'API rate limit exceeded' },
  }));
  await assert.rejects(getRepo(h.client({ maxWaitMs: 60_000 })), (err: unknown) => {
    assert.ok(err instanceof GitHubApiError);
    assert.equal(err.status, 403);
    assert.match(
      err.message,
      /^GitHub API GET \/repos\/acme\/shop answered 403: API rate limit exceeded; GitHub asks to wait \d+s, longer than the 60s allowed/,
    );
    return true;
  });
  assert.deepEqual(h.waits, []);
});

test('github client: 5xx answers are retried with jittered, growing backoff', async (t) => {
  const h = await harness(t);
  failFirst(h.fake, 3, () => ({ status: 502, body: { message: 'Server Error' } }));
  assert.equal(await getRepo(h.client()), 'acme/shop');
  assert.equal(h.waits.length, 3);
  for (const [i, ms] of h.waits.entries()) {
    const ceiling = 1000 * 2 ** i;
    assert.ok(ms >= ceiling / 2 && ms <= ceiling, `wait ${i + 1} was ${ms}ms`);
  }
});

test('github client: retries are bounded by maxRetries and the error says how often it tried', async (t) => {
  const h = await harness(t);
  h.fake.intercept(() => ({ status: 503, body: { message: 'Service Unavailable' } }));
  await assert.rejects(getRepo(h.client({ maxRetries: 2 })), (err: unknown) => {
    assert.ok(err instanceof GitHubApiError);
    assert.equal(err.status, 503);
    assert.match(err.message, /answered 503: Service Unavailable; GitHub kept failing.*\(gave up after 3 attempts\)$/);
    return true;
  });
  assert.equal(h.fake.log.length, 3);
  assert.equal(h.waits.length, 2);
});

test('github client: other errors fail at once with a fix and the status for callers', async (t) => {
  const h = await harness(t);
  const cases: [number, string, RegExp][] = [
    [401, 'Bad credentials', /the token is invalid or expired/],
    [403, 'Resource not accessible by integration', /the token lacks the permission/],
    [404, 'Not Found', /does not exist or the token cannot see it/],
    [422, 'Validation Failed', /rejected the request as invalid/],
  ];
  for (const [status, message, fix] of cases) {
    h.fake.intercept(() => ({ status, body: { message } }));
    await assert.rejects(getRepo(h.client()), (err: unknown) => {
      assert.ok(err instanceof GitHubApiError, String(err));
      assert.equal(err.status, status);
      assert.equal(err.what, `GitHub API GET /repos/acme/shop answered ${status}: ${message}`);
      assert.match(err.fix, fix);
      return true;
    });
  }
  assert.deepEqual(h.waits, []);
  assert.equal(h.fake.log.length, cases.length);
});

test('github client: baseUrl defaults to GITHUB_API_URL', async (t) => {
  const h = await harness(t);
  const saved = process.env['GITHUB_API_URL'];
  process.env['GITHUB_API_URL'] = `${h.fake.url}/`;
  t.after(() => {
    if (saved === undefined) delete process.env['GITHUB_API_URL'];
    else process.env['GITHUB_API_URL'] = saved;
  });
  assert.equal(await getRepo(githubClient({ token: 't0ken-value' })), 'acme/shop');
  assert.equal(h.fake.log.length, 1);
});

test('github client: an unreachable API is named after two quick retries, not the server-error backoff (issue 14)', async (t) => {
  const h = await harness(t);
  await h.fake.stop();
  await assert.rejects(getRepo(h.client()), (error: Error) => {
    assert.match(
      error.message,
      new RegExp(
        `^GitHub API GET /repos/acme/shop: ${h.fake.url.replace(/[.]/g, '\\.')} is unreachable \\(.*ECONNREFUSED.*\\) after 3 attempts; check the API URL`,
      ),
    );
    return true;
  });
  assert.deepEqual(h.waits, [100, 300]);
});
