import type { RunClock } from '../../../electron/runner';

/** A clock that only moves when a test says so: time-outs fire on `advance`, never by themselves. */
export class FakeClock implements RunClock {
  private time = 1_700_000_000_000;
  private timers: { due: number; fire: () => void }[] = [];

  now(): number {
    return this.time;
  }

  sleep(platformMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = { due: this.time + platformMs, fire: () => resolve() };
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.timers = this.timers.filter((t) => t !== timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /** Moves time on by `ms`, firing the timers that fall due. */
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.due <= this.time);
    this.timers = this.timers.filter((timer) => timer.due > this.time);
    for (const timer of due) timer.fire();
  }

  get pendingTimers(): number {
    return this.timers.length;
  }
}
