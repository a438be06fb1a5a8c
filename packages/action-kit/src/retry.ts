/**
 * The one retry policy of the project: exponential backoff with full jitter, honouring
 * Retry-After, applied to 408/429/5xx answers and to dropped connections.
 */
export interface RetryPolicy {
  /** Total attempts including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer pause than this is not waited for. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 120_000,
};

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Delay before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs?: number, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const NETWORK_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
]);

/** Connection refused or a name that does not resolve: a few quick tries, then the server is named as unreachable. */
export const UNREACHABLE_DELAYS_MS: readonly number[] = [100, 300];

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

function causeChain(error: unknown): { code?: string; name?: string; message?: string }[] {
  const chain: { code?: string; name?: string; message?: string; cause?: unknown }[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; name?: string; message?: string; cause?: unknown };
    chain.push(e);
    current = e.cause;
  }
  return chain;
}

/** A connection refused or a name that does not resolve (as opposed to a connection dropped midway). */
export function isUnreachableError(error: unknown): boolean {
  return causeChain(error).some((e) => e.code !== undefined && UNREACHABLE_CODES.has(e.code));
}

/** fetch() reports transport failures as TypeError('fetch failed') with the cause inside. */
export function isNetworkError(error: unknown): boolean {
  return causeChain(error).some(
    (e) =>
      (e.code !== undefined && NETWORK_ERROR_CODES.has(e.code)) ||
      e.name === 'TimeoutError' ||
      e.message === 'fetch failed' ||
      e.message === 'other side closed' ||
      e.message === 'terminated',
  );
}

export function describeNetworkError(error: unknown): string {
  return (
    causeChain(error)
      .filter((e) => e.message)
      .map((e) => (e.code ? `${e.message} (${e.code})` : e.message))
      .join(': ') || String(error)
  );
}

/**
 * The wait before the next try at a server that is unreachable, after `tries` such failures
 * already; undefined once the quick tries are spent and the server should be named unreachable.
 */
export function unreachableDelay(tries: number): number | undefined {
  return UNREACHABLE_DELAYS_MS[tries];
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
