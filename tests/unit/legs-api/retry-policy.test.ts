import { describe, it, expect } from 'vitest';
import type { AttemptFailure } from '../../../electron/legs-api/attempt-failure';
import {
  DEFAULT_RETRY,
  mayRetry,
  parseRetryAfter,
  retryDelayMs,
} from '../../../electron/legs-api/retry-policy';

const failure = (overrides: Partial<AttemptFailure>): AttemptFailure => ({
  kind: 'network',
  status: 0,
  mayHaveReached: false,
  transient: true,
  ...overrides,
});

describe('retry policy', () => {
  it('repeats a POST only when the platform cannot have acted on it', () => {
    expect(mayRetry(failure({ kind: 'rate-limited', status: 429 }), 'POST')).toBe(true);
    expect(mayRetry(failure({ mayHaveReached: false }), 'POST')).toBe(true);
    expect(mayRetry(failure({ mayHaveReached: true }), 'POST')).toBe(false);
    expect(mayRetry(failure({ mayHaveReached: true }), 'PUT')).toBe(false);
    expect(mayRetry(failure({ mayHaveReached: true }), 'GET')).toBe(true);
    expect(mayRetry(failure({ kind: 'server', status: 500, transient: false }), 'GET')).toBe(false);
  });

  it('backs off exponentially with jitter, capped', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    const plain = failure({});
    expect(retryDelayMs(plain, 1, options, 0)).toBe(50);
    expect(retryDelayMs(plain, 1, options, 0.999)).toBe(100);
    expect(retryDelayMs(plain, 3, options, 0)).toBe(200);
    expect(retryDelayMs(plain, 10, options, 1)).toBe(1000);
    expect(retryDelayMs(failure({ retryAfterMs: 60_000 }), 1, options, 0)).toBe(1000);
  });

  it('reads Retry-After as seconds or a date, and ignores nonsense', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:09 GMT', now)).toBe(9000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
