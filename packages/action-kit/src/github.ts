import type { getOctokit } from '@actions/github';
import { ActionError } from './errors.js';
import { type Logger, silentLogger } from './logger.js';
import { backoffDelay, describeNetworkError, isUnreachableError, type RetryPolicy, sleep as realSleep, unreachableDelay } from './retry.js';
import * as core from './runner.js';

/** The Octokit every part of the project talks to GitHub's REST API with. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** Default: `GITHUB_API_URL` (set by the runner, also on GHES) or https://api.github.com. */
  baseUrl?: string;
  logger?: Logger;
  /** Retries after the first attempt, for rate limits and 5xx answers. Default 5. */
  maxRetries?: number;
  /** A rate limit asking for a longer pause than this fails instead of stalling the job. Default 15 min. */
  maxWaitMs?: number;
  /** Injected by tests so waits do not take wall time. */
  sleep?: (ms: number) => Promise<void>;
  /** The clock rate-limit resets are measured against; injected by tests. */
  now?: () => number;
}

/** A GitHub API request that failed for good; `status` lets callers treat e.g. 404 as "already gone". */
export class GitHubApiError extends ActionError {
  readonly status: number;
  readonly method: string;
  readonly url: string;

  constructor(request: { method: string; url: string }, status: number, message: string, fix: string, options?: { cause?: unknown }) {
    super(`GitHub API ${request.method} ${request.url} answered ${status}: ${message}`, fix, options);
    this.name = 'GitHubApiError';
    this.status = status;
    this.method = request.method;
    this.url = request.url;
  }
}

interface FailedRequest {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

// The project's one backoff for server errors; `attempts` is the client's maxRetries, not this.
const SERVER_ERROR_BACKOFF: RetryPolicy = { attempts: 0, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 0 };
// GitHub documents "wait at least one minute" for a secondary limit that names no retry-after.
const SECONDARY_LIMIT_BASE_MS = 60_000;

type Wait = { ms: number; reason: string } | undefined;

function header(error: FailedRequest, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function apiMessage(error: FailedRequest): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' ? data.message : (error.message ?? 'no message');
}

function isRateLimited(error: FailedRequest): boolean {
  if (error.status !== 403 && error.status !== 429) return false;
  if (error.status === 429 || header(error, 'retry-after') !== undefined || header(error, 'x-ratelimit-remaining') === '0') return true;
  return /rate limit|abuse/i.test(apiMessage(error));
}

/** How long GitHub asks us to wait before `attempt + 1`, following its documented headers. */
function waitFor(error: FailedRequest, attempt: number, now: number): Wait {
  const status = error.status ?? 0;
  if (isRateLimited(error)) {
    const retryAfter = header(error, 'retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) {
      return { ms: Number(retryAfter) * 1000, reason: `rate limited (${status}, retry-after ${retryAfter}s)` };
    }
    const reset = header(error, 'x-ratelimit-reset');
    if (header(error, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
      // One extra second: the reset time is truncated to whole seconds.
      return {
        ms: Math.max(0, Number(reset) * 1000 - now) + 1000,
        reason: `primary rate limit exhausted (resets at ${new Date(Number(reset) * 1000).toISOString()})`,
      };
    }
    return { ms: SECONDARY_LIMIT_BASE_MS * 2 ** (attempt - 1), reason: `secondary rate limit (${status})` };
  }
  if (status >= 500) {
    return { ms: backoffDelay(SERVER_ERROR_BACKOFF, attempt), reason: `server error ${status}` };
  }
  return undefined;
}

function fixFor(error: FailedRequest): string {
  if (isRateLimited(error)) {
    return 'GitHub kept rate-limiting the requests; run the job later, lower the concurrency, or use a token with its own rate limit';
  }
  switch (error.status) {
    case 401:
      return 'the token is invalid or expired: pass a valid token (e.g. `secrets.GITHUB_TOKEN`)';
    case 403:
      return "the token lacks the permission this request needs: grant it in the job's `permissions:` block or use a token that has it";
    case 404:
      return 'the resource does not exist or the token cannot see it: check the name and that the token has access';
    case 422:
      return 'GitHub rejected the request as invalid: check the values passed';
    default:
      return (error.status ?? 0) >= 500 ? 'GitHub kept failing; retry the job later (https://www.githubstatus.com)' : 'check the request and the token';
  }
}

/**
 * An Octokit for the GitHub REST API that waits out GitHub's primary and secondary rate limits
 * and retries server errors, a bounded number of times, logging every wait. Every failure is a
 * `GitHubApiError` naming the request and the fix. The token is masked in the log at once.
 */
export async function githubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  core.setSecret(options.token);
  // Octokit is loaded by the runs that talk to GitHub, not at every action's start.
  const { getOctokit } = await import('@actions/github');
  const logger = options.logger ?? silentLogger;
  const maxRetries = options.maxRetries ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const baseUrl = (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
  const octokit = getOctokit(options.token, { baseUrl });

  octokit.hook.wrap('request', async (request, endpoint) => {
    const parsed = new URL(octokit.request.endpoint.parse(endpoint).url);
    const target = { method: endpoint.method, url: `${parsed.pathname}${parsed.search}` };
    let unreachable = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (caught) {
        // Refused or unresolvable: named in well under a second, not after the server-error backoff (issue 14, defect 6).
        if (isUnreachableError(caught)) {
          const quick = unreachableDelay(unreachable++);
          if (quick === undefined) {
            throw new ActionError(
              `GitHub API ${target.method} ${target.url}: ${baseUrl} is unreachable (${describeNetworkError(caught)}) after ${attempt} attempts`,
              "check the API URL (api-url, GITHUB_API_URL) and the runner's network access to it",
              { cause: caught },
            );
          }
          await sleep(quick);
          continue;
        }
        const error = caught as FailedRequest;
        if (typeof error.status !== 'number') throw caught;
        const wait = attempt <= maxRetries ? waitFor(error, attempt, now()) : undefined;
        if (wait === undefined || wait.ms > maxWaitMs) {
          const fix = wait
            ? `GitHub asks to wait ${Math.ceil(wait.ms / 1000)}s, longer than the ${Math.ceil(maxWaitMs / 1000)}s allowed; run the job again later`
            : fixFor(error);
          throw new GitHubApiError(target, error.status, apiMessage(error), attempt > 1 ? `${fix} (gave up after ${attempt} attempts)` : fix, {
            cause: caught,
          });
        }
        logger.warning(
          `GitHub API ${target.method} ${target.url}: ${wait.reason}; waiting ${Math.ceil(wait.ms / 1000)}s before retry ${attempt} of ${maxRetries}`,
        );
        await sleep(wait.ms);
      }
    }
  });
  return octokit;
}
