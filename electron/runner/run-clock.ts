/**
 * The run's sense of time, in platform seconds. On the simulator at `--speed 20` a 30 s time-out
 * passes in 1.5 s of real time; tests can drive a fake clock.
 */
export interface RunClock {
  /** Milliseconds since the epoch, as the platform would stamp them. */
  now(): number;
  /** Waits `platformMs` of platform time; rejects with the signal's reason when aborted. */
  sleep(platformMs: number, signal?: AbortSignal): Promise<void>;
  /**
   * Runs `fn` with `now()` held still, where the clock can (the simulator's): what `fn` reads and
   * the timers it sets agree to the microsecond, also on a clock that moves with real time.
   */
  atOneInstant?<T>(fn: () => T): T;
}

/** A clock running `speed` times faster than real time (1 for live accounts). */
export function scaledClock(speed = 1): RunClock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * speed,
    sleep: (platformMs, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, platformMs / speed);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  };
}
