import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { operations } from '@octokit/openapi-types';
import { runAction } from '../../../test/helpers/action-runner.js';
import { type GitHubFake, startGitHubFake } from '../../../test/helpers/github-fake.js';
import { listenOnLoopback } from '../../../test/helpers/ports.js';

type DispatchBody = operations['repos/create-dispatch-event']['requestBody']['content']['application/json'];

const TOKEN = 'ghs_dispatch_token_for_tests';
const PLAN = JSON.stringify({ kind: 'release', image: 'ghcr.io/acme/shop', version: '1.4.0', bump: { environment: 'staging', mode: 'push' } });
const DIGEST = `sha256:${'a'.repeat(64)}`;
const PASSED = JSON.stringify({ plan: { result: 'success' }, push: { result: 'success' }, bump: { result: 'success' }, helm: { result: 'skipped' } });
const FAILED = JSON.stringify({ plan: { result: 'success' }, push: { result: 'success' }, bump: { result: 'failure' } });

/** What the log shows once the runner applied ::add-mask:: (the mask commands themselves are not shown). */
const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

/** A Slack-compatible incoming webhook on 127.0.0.1: records bodies, answers with the statuses queued. */
async function startWebhook(): Promise<{ url: string; bodies: unknown[]; statuses: number[]; server: Server }> {
  const bodies: unknown[] = [];
  const statuses: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      const status = statuses.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain', ...(status === 429 ? { 'retry-after': '0' } : {}) });
      res.end(status === 200 ? 'ok' : 'no');
    });
  });
  const port = await listenOnLoopback(server);
  return { url: `http://127.0.0.1:${port}/services/T000/B000/XXXX`, bodies, statuses, server };
}

describe('notify action', () => {
  let github: GitHubFake;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  let dispatched: { repo: string; body: DispatchBody }[];
  before(async () => {
    github = await startGitHubFake({ tokens: [TOKEN] });
    github.route('POST', '/repos/:owner/:repo/dispatches', (req) => {
      dispatched.push({ repo: `${req.params['owner']}/${req.params['repo']}`, body: req.body as DispatchBody });
      return { status: 204 };
    });
    webhook = await startWebhook();
  });
  beforeEach(() => {
    dispatched = [];
    webhook.bodies.length = 0;
  });
  after(async () => {
    await github.stop();
    webhook.server.close();
  });

  const run = (inputs: Record<string, string>) =>
    runAction(
      'notify',
      { plan: PLAN, digest: DIGEST, 'api-url': github.url, ...inputs },
      { github: { repository: 'acme/shop' }, env: { GITHUB_RUN_ID: '42' }, keepTemp: false },
    );

  test('a passed release: summary, webhook and a repository_dispatch to each dependent, carrying service, version, digest and environment', async () => {
    webhook.statuses.push(429);
    const result = await run({ jobs: PASSED, 'webhook-url': webhook.url, 'dispatch-repositories': 'acme/integration-tests, acme/qa', 'dispatch-token': TOKEN });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['result'], 'success');
    assert.deepEqual(
      dispatched.map((d) => d.repo),
      ['acme/integration-tests', 'acme/qa'],
    );
    assert.equal(dispatched[0]!.body.event_type, 'service-released');
    assert.deepEqual(dispatched[0]!.body.client_payload, {
      service: 'shop',
      version: '1.4.0',
      image: 'ghcr.io/acme/shop',
      digest: DIGEST,
      environment: 'staging',
      run_url: 'https://github.com/acme/shop/actions/runs/42',
    });
    // The 429 was retried: two posts, the same message.
    assert.equal(webhook.bodies.length, 2);
    const body = webhook.bodies[1] as { text: string; attachments: { fields: { title: string; value: string }[] }[] };
    assert.match(body.text, /shop: release 1\.4\.0 into staging passed/);
    assert.deepEqual(
      body.attachments[0]!.fields.map((f) => f.value),
      ['1.4.0', 'staging', `ghcr.io/acme/shop@${DIGEST}`],
    );
    assert.match(result.summary, /shop: release 1\.4\.0 into staging passed/);
    assert.ok(!unmasked(result.stdout).includes(TOKEN));
  });

  test('a failed run notifies the webhook and the summary, and dispatches to nobody', async () => {
    const result = await run({ jobs: FAILED, 'webhook-url': webhook.url, 'dispatch-repositories': 'acme/integration-tests', 'dispatch-token': TOKEN });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['result'], 'failure');
    assert.equal(dispatched.length, 0);
    assert.match((webhook.bodies[0] as { text: string }).text, /^:x: shop: release 1\.4\.0 into staging failed \(bump\)/);
  });

  test('a webhook that refuses the message warns and does not fail the job', async () => {
    webhook.statuses.push(404);
    const result = await run({ jobs: PASSED, 'webhook-url': webhook.url });
    assert.equal(result.exitCode, 0);
    assert.match(result.stdout, /::warning::webhook: the webhook answered 404; check the notify-webhook-url secret/);
    assert.match(result.stdout, /::add-mask::http:\/\/127\.0\.0\.1:\d+\/services\/T000/);
    assert.ok(!unmasked(result.stdout).includes('/services/T000'), 'the webhook URL is a secret');
  });

  test('bad input: one clear error each, before anything is sent', async () => {
    const noToken = await run({ jobs: PASSED, 'dispatch-repositories': 'acme/qa' });
    assert.match(noToken.stdout, /notify failed: input "dispatch-token" is required to dispatch/);
    const badRepo = await run({ jobs: PASSED, 'dispatch-repositories': 'qa', 'dispatch-token': TOKEN });
    assert.match(badRepo.stdout, /input "dispatch-repositories" entry "qa" is not owner\/name/);
    const badJobs = await run({ jobs: 'not json' });
    assert.match(badJobs.stdout, /input "jobs" is not JSON; pass \$\{\{ toJSON\(needs\) \}\}/);
    assert.equal(dispatched.length, 0);
    assert.equal(webhook.bodies.length, 0);
  });
});
