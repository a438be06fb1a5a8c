/**
 * Telling the people who care how a pipeline run ended: one message (service, version, digest,
 * environment, result) rendered for the job summary, posted to a Slack-compatible webhook and
 * sent as `repository_dispatch` to dependent repositories. Failures are told too; dependents
 * are only dispatched to when a release passed (they act on it).
 */
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { GitHubClient } from '@service-pipeline/action-kit/github';
import { backoffDelay, DEFAULT_RETRY_POLICY, isNetworkError, isRetryableStatus, parseRetryAfter, sleep } from '@service-pipeline/action-kit/retry';

export type RunResult = 'success' | 'failure' | 'cancelled';

/** `needs.<job>.result` values as the runner reports them. */
export type JobResults = Record<string, { result?: string }>;

/** The run's result from its jobs: any failure fails it, else any cancellation cancels it; skipped jobs are fine. */
export function runResult(jobs: JobResults): RunResult {
  const results = Object.values(jobs).map((job) => job.result);
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  return 'success';
}

export interface Notification {
  service: string;
  kind: string;
  result: RunResult;
  image: string;
  version: string;
  digest: string;
  environment: string;
  /** Jobs that failed or were cancelled, for the message. */
  failed: string[];
  runUrl: string;
}

export const DISPATCH_EVENT = 'service-released';

function describe(n: Notification): string {
  const what = n.version ? `${n.kind} ${n.version}` : n.kind;
  const where = n.environment ? ` into ${n.environment}` : '';
  const verdict = n.result === 'success' ? 'passed' : n.result === 'cancelled' ? 'was cancelled' : `failed (${n.failed.join(', ')})`;
  return `${n.service}: ${what}${where} ${verdict}`;
}

/** Markdown for the job summary. */
export function summaryLines(n: Notification): string[] {
  return [
    describe(n),
    `| service | kind | version | image | environment | result |\n| --- | --- | --- | --- | --- | --- |\n| ${n.service} | ${n.kind} | ${n.version || '-'} | ${n.digest ? `\`${n.image}@${n.digest}\`` : '-'} | ${n.environment || '-'} | ${n.result} |`,
    `[The run](${n.runUrl})`,
  ];
}

/** Slack's incoming-webhook body (also understood by Mattermost, Rocket.Chat, Teams' Slack-compatible endpoints). */
export function webhookBody(n: Notification): { text: string; attachments: { color: string; fields: { title: string; value: string; short: boolean }[] }[] } {
  const icon = n.result === 'success' ? ':white_check_mark:' : n.result === 'cancelled' ? ':heavy_minus_sign:' : ':x:';
  return {
    text: `${icon} ${describe(n)} <${n.runUrl}|run>`,
    attachments: [
      {
        color: n.result === 'success' ? 'good' : n.result === 'cancelled' ? 'warning' : 'danger',
        fields: [
          { title: 'Version', value: n.version || '-', short: true },
          { title: 'Environment', value: n.environment || '-', short: true },
          { title: 'Image', value: n.digest ? `${n.image}@${n.digest}` : n.image, short: false },
        ],
      },
    ],
  };
}

/** Posts to the webhook, retrying what the one retry policy retries; the URL (a secret) never appears in errors. */
export async function postWebhook(url: string, n: Notification, options: { attempts?: number } = {}): Promise<void> {
  const policy = { ...DEFAULT_RETRY_POLICY, attempts: options.attempts ?? DEFAULT_RETRY_POLICY.attempts };
  for (let attempt = 1; ; attempt++) {
    let status: number | undefined;
    let retryAfter: number | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(webhookBody(n)),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      if (response.ok) return;
      status = response.status;
      retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (!isRetryableStatus(status))
        throw new ActionError(`the webhook answered ${status}`, 'check the notify-webhook-url secret (the webhook may have been revoked)');
    } catch (error) {
      if (error instanceof ActionError) throw error;
      if (!isNetworkError(error)) throw error;
    }
    if (attempt >= policy.attempts)
      throw new ActionError(
        `the webhook did not accept the message after ${attempt} attempts${status ? ` (last answer ${status})` : ''}`,
        'the chat service may be down; the run itself is unaffected',
      );
    await sleep(backoffDelay(policy, attempt, retryAfter));
  }
}

/** Sends `service-released` with the notification as client_payload to each repository. */
export async function dispatchToDependents(client: GitHubClient, repositories: string[], n: Notification): Promise<string[]> {
  const sent: string[] = [];
  for (const full of repositories) {
    const [owner = '', repo = ''] = full.split('/');
    await client.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: DISPATCH_EVENT,
      client_payload: { service: n.service, version: n.version, image: n.image, digest: n.digest, environment: n.environment, run_url: n.runUrl },
    });
    sent.push(full);
  }
  return sent;
}
