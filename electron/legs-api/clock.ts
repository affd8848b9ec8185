import { setTimeout as delay } from 'node:timers/promises';

/**
 * Time as the client sees it. Retries wait through `sleep`, so tests pass a clock that records the
 * wait and returns at once instead of sitting out a back-off in real time.
 */
export interface LegsApiClock {
  /** Milliseconds since the epoch; used to turn a `Retry-After` date into a wait. */
  now(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1) for back-off jitter. */
  random(): number;
  /**
   * Marks a request in flight until the returned function is called: a simulated session's
   * skipping clock stands still meanwhile (see SimClock.begin). Absent on live accounts.
   */
  begin?(): () => void;
}

/** The real clock. */
export const systemClock: LegsApiClock = {
  now: () => Date.now(),
  sleep: (ms) => delay(ms),
  random: () => Math.random(),
};
