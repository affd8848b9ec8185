import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../electron/simulator/clock/sim-clock';
import { manualClock } from './manual-real-time';

describe('SimClock.skipTo on a paced clock', () => {
  it('fires every timer due by the target in order, each at its own time, then stands there', async () => {
    const { clock, advance, time } = manualClock(1);
    const fired: [string, number][] = [];
    clock.after(20_000, () => fired.push(['b', clock.now()]));
    clock.after(10_000, () => fired.push(['a', clock.now()]));
    clock.after(40_000, () => fired.push(['c', clock.now()]));
    advance(1_000);
    const ended = await clock.skipTo(30_000);
    expect(ended).toBe(30_000);
    expect(fired).toEqual([
      ['a', 10_000],
      ['b', 20_000],
    ]);
    expect(clock.now()).toBe(30_000);
    // Time runs on from there at the same speed; the later timer keeps its virtual time.
    advance(9_999);
    expect(fired).toHaveLength(2);
    advance(1);
    expect(fired).toEqual([
      ['a', 10_000],
      ['b', 20_000],
      ['c', 40_000],
    ]);
    expect(time.pending()).toBe(0);
  });

  it('stands still while it settles, and fires timers set meanwhile in their place', async () => {
    const { clock, advance } = manualClock(2);
    const fired: number[] = [];
    const seenWhileSettling: number[] = [];
    clock.after(5_000, (due) => {
      fired.push(due);
      // What a timer sets off may set timers of its own, before or after the next one.
      clock.after(1_000, (next) => fired.push(next));
    });
    clock.after(8_000, (due) => fired.push(due));
    await clock.skipTo(20_000, {
      settle: async () => {
        // Real time passing during a skip moves no virtual time and fires nothing by itself.
        advance(60_000);
        seenWhileSettling.push(clock.now());
      },
    });
    expect(fired).toEqual([5_000, 6_000, 8_000]);
    expect(seenWhileSettling).toEqual([5_000, 6_000, 8_000]);
    expect(clock.now()).toBe(20_000);
  });

  it('stops at the timer that ends what it waits for, not at the target', async () => {
    const { clock } = manualClock(1);
    let waiting = true;
    const fired: number[] = [];
    clock.after(3_000, (due) => fired.push(due));
    clock.after(7_000, (due) => {
      fired.push(due);
      waiting = false;
    });
    clock.after(9_000, (due) => fired.push(due));
    const ended = await clock.skipTo(40_000, { stop: () => !waiting });
    expect(ended).toBe(7_000);
    expect(fired).toEqual([3_000, 7_000]);
    expect(clock.now()).toBe(7_000);
    expect(clock.nextDue).toBe(9_000);
  });

  it('keeps virtual time monotonic across skips and speed changes', async () => {
    const { clock, advance } = manualClock(1);
    const seen: number[] = [];
    const look = () => seen.push(clock.now());
    advance(1_000);
    look();
    clock.setSpeed(20);
    advance(100);
    look();
    await clock.skipTo(10_000);
    look();
    clock.setSpeed(0.5);
    advance(1_000);
    look();
    // A target behind now moves nothing.
    expect(await clock.skipTo(2_000)).toBe(10_500);
    look();
    expect(seen).toEqual([1_000, 3_000, 10_000, 10_500, 10_500]);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('takes a speed change during the skip from where the skip ends', async () => {
    const { clock, advance } = manualClock(1);
    clock.after(1_000, () => clock.setSpeed(10));
    await clock.skipTo(5_000);
    advance(100);
    expect(clock.now()).toBe(6_000);
  });

  it('refuses a second skip while one goes on, and skips only paced clocks', async () => {
    const { clock } = manualClock(1);
    clock.after(1_000, () => {});
    let release!: () => void;
    const first = clock.skipTo(5_000, { settle: () => new Promise((done) => (release = done)) });
    expect(clock.skipping).toBe(true);
    await expect(clock.skipTo(6_000)).rejects.toThrow(/already/);
    release();
    await first;
    expect(clock.skipping).toBe(false);
    await expect(new SimClock('instant', 0).skipTo(10)).rejects.toThrow(/paced/);
    await expect(new SimClock('manual', 0).skipTo(10)).rejects.toThrow(/paced/);
    await expect(clock.skipTo(Number.NaN)).rejects.toThrow(RangeError);
  });

  it('ends a skip cut short by close without firing more', async () => {
    const { clock } = manualClock(1);
    const fired: number[] = [];
    clock.after(1_000, (due) => {
      fired.push(due);
      clock.close();
    });
    clock.after(2_000, (due) => fired.push(due));
    await clock.skipTo(3_000);
    expect(fired).toEqual([1_000]);
  });
});
