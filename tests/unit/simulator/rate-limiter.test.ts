import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../electron/simulator/api/rate-limiter';

describe('RateLimiter', () => {
  it('allows perMinute requests in any minute, per account, and says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    now = 10_000;
    expect(limiter.take('a')).toBe(50_000);
    expect(limiter.take('b')).toBeUndefined();
    now = 60_000;
    expect(limiter.take('a')).toBeUndefined();
  });

  it('turns off at 0', () => {
    const limiter = new RateLimiter(0, () => 0);
    for (let i = 0; i < 1000; i++) expect(limiter.take('a')).toBeUndefined();
  });
});
