/**
 * The source of real time a paced clock runs on. Injected so the clock's unit tests can step
 * time by hand instead of sleeping.
 */
export interface RealTime {
  /** Monotonic milliseconds (e.g. `performance.now()`); only differences matter. */
  now(): number;
  /** Calls `fn` after `ms` real milliseconds; returns something `clearTimeout` accepts. */
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's own timers and `performance.now()`. */
export const systemRealTime: RealTime = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A pending call time-out must not keep a CLI or a test process alive on its own.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
