// ASSUMPTION(rate-limit): a sliding minute per account (100 by default, the [doc] figure; 2026 says 200).
/**
 * The documented rate limit: at most `perMinute` requests in any minute, per account. The minute
 * is virtual, like every other duration in the simulator: at `--speed 20` a flow that keeps
 * under the platform's limit keeps under the simulator's too. `perMinute` 0 turns it off.
 */
export class RateLimiter {
  /** Request times (virtual ms) per account, oldest first; a ring would do, an array is enough. */
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /**
   * Counts a request. Returns undefined when it is allowed, else the virtual ms until a slot
   * frees up (for `Retry-After`).
   */
  take(account: string): number | undefined {
    if (this.perMinute <= 0) return undefined;
    const now = this.now();
    let times = this.recent.get(account);
    if (!times) {
      times = [];
      this.recent.set(account, times);
    }
    let expired = 0;
    while (expired < times.length && times[expired]! <= now - 60_000) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length >= this.perMinute) return times[0]! + 60_000 - now;
    times.push(now);
    return undefined;
  }
}
