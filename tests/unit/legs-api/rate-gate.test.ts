import { describe, expect, it } from 'vitest';
import type { LegsApiClock } from '../../../electron/legs-api/clock';
import { RateGate } from '../../../electron/legs-api/rate-gate';

/** A clock that moves only when the test says so; a sleep ends when time is moved past it. */
function manualApiClock() {
  let time = 0;
  const sleepers: { at: number; resolve: () => void }[] = [];
  const clock: LegsApiClock = {
    now: () => time,
    sleep: (ms) => new Promise<void>((resolve) => sleepers.push({ at: time + ms, resolve })),
    random: () => 0,
  };
  /** Lets the promise callbacks of whatever just happened run. */
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    clock,
    /** Moves time on to `target`, ending each sleep due by then at its own moment, earliest first. */
    async advanceTo(target: number) {
      await settle();
      for (;;) {
        const next = sleepers
          .filter((sleeper) => sleeper.at <= target)
          .sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        sleepers.splice(sleepers.indexOf(next), 1);
        time = Math.max(time, next.at);
        next.resolve();
        await settle();
      }
      time = Math.max(time, target);
      await settle();
    },
    settle,
  };
}

/** A gate on a manual clock, and a log of which requests have been let through, in order. */
function gateWith(perMinute?: number) {
  const time = manualApiClock();
  const gate = new RateGate(time.clock, perMinute);
  const went: string[] = [];
  const request = (name: string, ticket: number) => {
    void gate.pass(ticket).then(() => went.push(name));
  };
  return { ...time, gate, went, request };
}

describe('RateGate', () => {
  it('lets every request through at once when there is no limit and no 429', async () => {
    const { gate, went, request, settle } = gateWith();
    for (const name of ['a', 'b', 'c']) request(name, gate.ticket());
    request('urgent', gate.ticket(true));
    await settle();
    expect(went).toEqual(['a', 'b', 'c', 'urgent']);
  });

  it('holds everyone for the Retry-After of a 429, then lets them go in ticket order', async () => {
    const { gate, went, request, advanceTo } = gateWith();
    const first = gate.ticket();
    const second = gate.ticket();
    const third = gate.ticket();
    gate.closeFor(5000);
    // They arrive at the gate out of order: the order they took their tickets in counts.
    request('third', third);
    request('first', first);
    request('second', second);
    await advanceTo(4999);
    expect(went).toEqual([]);
    await advanceTo(5000);
    expect(went).toEqual(['first', 'second', 'third']);
  });

  it('lets an urgent request go before older ones that are not urgent', async () => {
    const { gate, went, request, advanceTo } = gateWith();
    gate.closeFor(1000);
    request('older', gate.ticket());
    request('old', gate.ticket());
    await advanceTo(500);
    request('urgent', gate.ticket(true));
    await advanceTo(999);
    expect(went).toEqual([]);
    await advanceTo(1000);
    expect(went).toEqual(['urgent', 'older', 'old']);
  });

  it('keeps a known limit itself, saving a fifth of the minute for urgent requests', async () => {
    const { gate, went, request, advanceTo, settle } = gateWith(10);
    for (let i = 1; i <= 8; i++) request(`request ${i}`, gate.ticket());
    request('request 9', gate.ticket());
    await settle();
    expect(went).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `request ${i}`));

    // Half a minute on, the ninth still waits, yet a ringing caller is picked up at once.
    await advanceTo(30_000);
    request('urgent', gate.ticket(true));
    await settle();
    expect(went.slice(8)).toEqual(['urgent']);

    // The ninth goes the moment the first eight are a minute old, not a moment before.
    await advanceTo(59_999);
    expect(went).not.toContain('request 9');
    await advanceTo(60_000);
    expect(went.at(-1)).toBe('request 9');
  });

  it('opens on sleptOut only if the platform has not throttled again since', async () => {
    const { gate, went, request, advanceTo } = gateWith();
    // The throttled request slept out its Retry-After: the gate opens, before its time is up.
    const closing = gate.closeFor(5000);
    await advanceTo(3000);
    gate.sleptOut(closing);
    request('after the sleep', gate.ticket());
    await advanceTo(3000);
    expect(went).toEqual(['after the sleep']);

    // A second 429 came while the first request was sleeping: its end opens nothing.
    const earlier = gate.closeFor(5000);
    await advanceTo(4000);
    gate.closeFor(5000);
    await advanceTo(8000);
    gate.sleptOut(earlier);
    request('still throttled', gate.ticket());
    await advanceTo(8999);
    expect(went).toEqual(['after the sleep']);
    await advanceTo(9000);
    expect(went).toEqual(['after the sleep', 'still throttled']);
  });
});
