import type { LegsApiClock } from '../legs-api';
import type { ListenerClock } from '../listener';
import type { ClockPace, SimClock, SimTimer } from '../simulator/clock/sim-clock';
import { deriveSeed, seededRandom, seededUint32 } from '../simulator/seeded-random';

/**
 * Where an exact (skipping or manual) session's virtual time starts: a fixed moment, so the
 * timestamps of a run are the same on every machine and every day (09:00 IST, 1 Jan 2026).
 */
export const EXACT_START_MS = Date.UTC(2026, 0, 1, 3, 30);

/** The virtual time a session with this pace starts at: now when paced, else fixed. */
export function sessionStartMs(pace: ClockPace): number {
  return typeof pace === 'number' ? Date.now() : EXACT_START_MS;
}

/** The session's clock as the listener reads it. */
export function listenerClockOf(clock: SimClock): ListenerClock {
  return {
    now: () => clock.now(),
    setTimeout: (fn, ms) => clock.after(ms, () => fn()),
    clearTimeout: (handle) => (handle as SimTimer).cancel(),
    begin: () => clock.begin(),
  };
}

/**
 * The session's clock as the Legs API client reads it: back-offs, `Retry-After` waits and the
 * client's pacing under the simulator's limit are virtual time, as `now()` is (the simulator's
 * `Retry-After` and its sliding minute are virtual time too): waiting them in real time would
 * stall a run on a fast clock for its speed times too long. Jitter comes from the seed when
 * there is one, and every request counts as work in flight.
 */
export function apiClockOf(clock: SimClock, seed: number | undefined): LegsApiClock {
  return {
    now: () => clock.now(),
    sleep: (ms) => clock.sleep(ms),
    random: seed === undefined ? Math.random : seededRandom(deriveSeed(seed, 0x0a91c0c4)),
    begin: () => clock.begin(),
  };
}

/**
 * Run ids from the seed: `run-<virtual start>-<8 hex>`, so an exact run's id (and so its log's
 * name and every line that quotes it) is the same each time. Undefined without a seed.
 */
export function seededRunIds(
  clock: SimClock,
  seed: number | undefined,
): (() => string) | undefined {
  if (seed === undefined) return undefined;
  const next = seededUint32(deriveSeed(seed, 0x52554e53));
  return () =>
    `run-${new Date(clock.now()).toISOString().replace(/[:.]/g, '-')}-${next().toString(16).padStart(8, '0')}`;
}
