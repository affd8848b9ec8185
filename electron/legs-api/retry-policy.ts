import type { AttemptFailure } from './attempt-failure';
import type { HttpMethod } from '../../shared/api/legs-api-paths';

/** How the client retries. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 4); 1 turns retries off. */
  maxAttempts: number;
  /** The first back-off; each further one doubles (default 500 ms). */
  baseDelayMs: number;
  /** No wait is longer than this, `Retry-After` included (default 30 s). */
  maxDelayMs: number;
  /**
   * How long, in all, one request may wait out 429s before it fails (default 10 min). Throttled
   * attempts do not count against `maxAttempts`: a busy account delays a call, it does not lose it.
   */
  maxThrottledMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxThrottledMs: 600_000,
};

/**
 * Whether repeating the request is safe and worth it. A 429 was not carried out, and a
 * connection that never opened carried nothing, so both are repeated for any method. Anything
 * that may have reached the platform is repeated only for a GET: a repeated POST could dial
 * someone twice.
 */
export function mayRetry(failure: AttemptFailure, method: HttpMethod): boolean {
  if (failure.kind === 'rate-limited') return true;
  if (!failure.transient) return false;
  return !failure.mayHaveReached || method === 'GET';
}

/**
 * How long to wait before attempt `attempt + 1`: the platform's `Retry-After` when it gave one,
 * else exponential back-off with jitter (half fixed, half random, so a burst of callers spreads
 * out but none retries at once), both capped at `maxDelayMs`.
 */
export function retryDelayMs(
  failure: AttemptFailure,
  attempt: number,
  options: RetryOptions,
  random: number,
): number {
  if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, options.maxDelayMs);
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + (random * exponential) / 2);
}

/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP date. Returns undefined when absent or
 * unreadable, so the caller falls back to back-off.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
