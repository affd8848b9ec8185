import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../electron/simulator/clock/sim-clock';
import { manualClock } from './manual-real-time';

describe('SimClock', () => {
  it('runs `speed` times faster than real time', () => {
    const { clock, advance } = manualClock(20);
    expect(clock.now()).toBe(0);
    advance(50);
    expect(clock.now()).toBe(1000);
    expect(clock.toRealMs(30_000)).toBe(1500);
    expect(clock.toVirtualMs(10)).toBe(200);
  });

  it('fires a timer after its virtual delay, passing the exact due time', () => {
    const { clock, advance } = manualClock(100);
    const fired: number[] = [];
    clock.after(30_000, (due) => fired.push(due));
    advance(299);
    expect(fired).toEqual([]);
    advance(1);
    expect(fired).toEqual([30_000]);
  });

  it('counts chained timers from the due time, so they never drift', () => {
    const { clock, advance } = manualClock(10);
    const fired: number[] = [];
    clock.after(1000, () => {
      fired.push(clock.now());
      clock.after(2000, (due) => fired.push(due));
    });
    // Real time jumps well past the first timer before it is looked at.
    advance(150);
    advance(1000);
    expect(fired).toEqual([1000, 3000]);
  });

  it('holds now() still inside atOneInstant', () => {
    const { clock, advance } = manualClock(1);
    advance(5);
    const seen = clock.atOneInstant(() => {
      advance(100);
      return clock.now();
    });
    expect(seen).toBe(5);
    expect(clock.now()).toBe(105);
  });

  it('cancels timers one by one and all at once on close', () => {
    const { clock, advance, time } = manualClock(1);
    const fired: string[] = [];
    const first = clock.after(10, () => fired.push('first'));
    clock.after(20, () => fired.push('second'));
    first.cancel();
    first.cancel();
    expect(clock.pendingCount).toBe(1);
    clock.close();
    expect(time.pending()).toBe(0);
    clock.after(5, () => fired.push('after close'));
    advance(100);
    expect(fired).toEqual([]);
  });

  it('refuses a speed that is not a positive number', () => {
    expect(() => new SimClock(0)).toThrow(/positive/);
    expect(() => new SimClock(Number.NaN)).toThrow(/positive/);
  });
});

describe('SimClock behind a busy event loop', () => {
  it('fires timers in virtual order even when several fall due at once', () => {
    // Real time that can jump ahead without firing anything, as a blocked event loop does,
    // then fires what expired in order of real expiry, as Node does.
    let now = 0;
    const timers: { at: number; fn: () => void; id: number }[] = [];
    let ids = 0;
    const real = {
      now: () => now,
      setTimeout: (fn: () => void, ms: number) => {
        const timer = { at: now + ms, fn, id: ids++ };
        timers.push(timer);
        return timer.id;
      },
      clearTimeout: (id: unknown) => {
        const index = timers.findIndex((timer) => timer.id === id);
        if (index >= 0) timers.splice(index, 1);
      },
    };
    const fireExpired = () => {
      for (;;) {
        const expired = timers
          .filter((timer) => timer.at <= now)
          .sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!expired) return;
        timers.splice(timers.indexOf(expired), 1);
        expired.fn();
      }
    };
    const clock = new SimClock(100, 0, real);
    const order: string[] = [];
    // A Gather's time-out at 10 s, and a caller who starts pressing at 1 s and takes 0.5 s more.
    clock.after(10_000, () => order.push('time-out'));
    clock.after(1_000, () => {
      order.push('first key');
      clock.after(500, () => order.push('second key'));
    });
    now = 500; // the loop was blocked for 50 virtual seconds
    fireExpired();
    expect(order).toEqual(['first key', 'second key', 'time-out']);
  });
});
