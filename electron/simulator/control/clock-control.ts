import type { SimClock } from '../clock/sim-clock';
import { systemRealTime } from '../clock/real-time';
import type { EventDispatcher } from '../delivery/event-dispatcher';
import { isoNanos } from '../time-format';
import { ControlError, MAX_ADVANCE_MS } from './control-types';
import type { ClockStatus } from './control-types';

/**
 * Real ms a move waits for deliveries that make no progress before it goes on. A delivery that
 * waits on the clock itself (a latency or reorder fault) would otherwise wait for the very move
 * that waits for it; a receiver on loopback acknowledges in far less.
 */
const STALL_MS = 500;
const POLL_MS = 2;

/** Where `clock` stands. */
export function clockStatus(clock: SimClock): ClockStatus {
  const nowMs = clock.now();
  const next = clock.nextDue;
  return {
    mode: clock.mode,
    speed: clock.speed,
    now: isoNanos(nowMs),
    nowMs,
    nextDue: next === undefined ? null : isoNanos(next),
    pendingTimers: clock.pendingCount,
  };
}

/** The moves of a manual clock, as the control API offers them. */
export interface ClockMoves {
  advance(ms: number): Promise<ClockStatus>;
  advanceToNext(): Promise<ClockStatus>;
}

/**
 * Moves `clock` by hand for the control API: one move at a time (two requests interleaving their
 * timers would make neither exact), each timer's events delivered before the next timer fires.
 */
export function createClockMoves(clock: SimClock, dispatcher: EventDispatcher): ClockMoves {
  let last: Promise<unknown> = Promise.resolve();
  const settle = () => deliveriesSettled(dispatcher);
  const move = async (step: () => Promise<unknown>): Promise<ClockStatus> => {
    requireManual(clock);
    const run = last.then(step);
    last = run.catch(() => undefined);
    await run;
    return clockStatus(clock);
  };
  return {
    advance: async (ms) => {
      requireManual(clock);
      if (typeof ms !== 'number' || !(ms >= 0 && ms <= MAX_ADVANCE_MS)) {
        throw new ControlError(
          400,
          `ms must be a number of milliseconds from 0 to ${MAX_ADVANCE_MS} (31 days), not ${String(ms)}.`,
        );
      }
      return move(() => clock.advance(ms, settle));
    },
    advanceToNext: () => move(() => clock.advanceToNext(settle)),
  };
}

function requireManual(clock: SimClock): void {
  if (clock.mode === 'manual') return;
  const how =
    clock.mode === 'paced'
      ? `paced (×${clock.speed}): it moves with real time`
      : 'skipping: it jumps to the next timer by itself whenever nothing is in flight';
  throw new ControlError(
    409,
    `The clock is ${how}; start the simulator with --speed manual to move it by hand.`,
  );
}

/**
 * What a move waits for after each timer it fires: every event sent so far delivered (the
 * receiver acknowledged it) or given up, so the receiver hears one timer's events before the next
 * fires, and all of them before the reply. A delivery can also wait on the clock itself, which
 * only the move can bring on: a retry's back-off (the receiver refused or is down) or a latency
 * or reorder fault. The move goes on at the first retry, or once nothing has moved for STALL_MS.
 */
async function deliveriesSettled(dispatcher: EventDispatcher): Promise<void> {
  let done = false;
  const idle = dispatcher.whenIdle();
  const stats = dispatcher.stats;
  const retries = stats.retries;
  const progress = () =>
    [stats.sent, stats.delivered, stats.failed, stats.dropped, stats.duplicated].join();
  const waitingOnClock = async () => {
    let seen = progress();
    let since = systemRealTime.now();
    while (!done) {
      await new Promise<void>((resolve) => systemRealTime.setTimeout(resolve, POLL_MS));
      if (stats.retries > retries) return;
      const now = progress();
      if (now !== seen) {
        seen = now;
        since = systemRealTime.now();
      } else if (systemRealTime.now() - since >= STALL_MS) return;
    }
  };
  try {
    await Promise.race([idle, waitingOnClock()]);
  } finally {
    done = true;
  }
}
