/**
 * The source of real time the virtual clock runs on. Injected so the clock's unit tests can step
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

/** A pending virtual timer; `cancel()` is safe to call at any time, also after it fired. */
export interface SimTimer {
  /** The virtual time (ms since the epoch) it fires at. */
  readonly due: number;
  cancel(): void;
}

/**
 * Virtual time for the simulator: `speed` times faster than real. Every duration in the simulator
 * (ring times, time-outs, a Say's length) is in virtual milliseconds; this is the one place that
 * turns them into real ones, so timers, durations and event timestamps always agree.
 */
interface QueuedTimer extends SimTimer {
  readonly seq: number;
  readonly fn: (due: number) => void;
}

export class SimClock {
  private readonly realStart: number;
  /** Pending timers in the order they fire; one real timer waits for the first of them. */
  private queue: QueuedTimer[] = [];
  private sequence = 0;
  private handle: unknown;
  private armedFor: number | undefined;
  private closed = false;
  /** The due time of the timer whose callback is running, if one is. */
  private firing: number | undefined;

  /**
   * @param speed how many virtual milliseconds pass per real one (1 = real time).
   * @param startEpochMs the virtual time at start, in ms since the epoch; now by default.
   */
  constructor(
    readonly speed: number,
    private readonly startEpochMs: number = Date.now(),
    private readonly real: RealTime = systemRealTime,
  ) {
    if (!(speed > 0) || !Number.isFinite(speed)) {
      throw new RangeError(`The clock speed must be a positive number, not ${speed}.`);
    }
    this.realStart = real.now();
  }

  /**
   * Virtual milliseconds since the epoch. Inside a timer's callback it is that timer's due time,
   * so whatever the callback schedules or stamps counts from the exact moment, not from when the
   * real timer happened to fire: a chain of timers never drifts.
   */
  now(): number {
    return this.firing ?? this.realNow();
  }

  private realNow(): number {
    return this.startEpochMs + (this.real.now() - this.realStart) * this.speed;
  }

  /**
   * Runs `fn` at one virtual instant: `now()` stays put while it runs. An API request or a key
   * press is handled at one moment, so the events it sends and the timers it sets agree exactly
   * (a Say's `say_completed` is its length after `say_started`, not that plus the time it took to
   * send the first event).
   */
  atOneInstant<T>(fn: () => T): T {
    const outer = this.firing;
    this.firing = this.now();
    try {
      return fn();
    } finally {
      this.firing = outer;
    }
  }

  /** Real milliseconds that `virtualMs` virtual ones take. */
  toRealMs(virtualMs: number): number {
    return virtualMs / this.speed;
  }

  /** Virtual milliseconds that pass in `realMs` real ones. */
  toVirtualMs(realMs: number): number {
    return realMs * this.speed;
  }

  /**
   * Runs `fn` once `virtualMs` virtual milliseconds have passed. `fn` receives the due time, not
   * the moment the real timer happened to fire, so a 3 s Say ends exactly 3 s after it began.
   * Timers fire in order of their due times, also when a busy event loop makes several fall due
   * at once: a caller's key press due before a Gather's time-out is always heard first.
   */
  after(virtualMs: number, fn: (due: number) => void): SimTimer {
    const due = this.now() + Math.max(0, virtualMs);
    const entry: QueuedTimer = {
      due,
      seq: this.sequence++,
      fn,
      cancel: () => this.remove(entry),
    };
    if (this.closed) return entry;
    // Insert in (due, seq) order; timers set later for the same moment run later.
    let index = this.queue.length;
    while (index > 0 && this.queue[index - 1]!.due > due) index--;
    this.queue.splice(index, 0, entry);
    this.arm();
    return entry;
  }

  private remove(entry: QueuedTimer): void {
    const index = this.queue.indexOf(entry);
    if (index < 0) return;
    this.queue.splice(index, 1);
    if (index === 0) this.arm();
  }

  /** Sets the one real timer for the earliest virtual timer. */
  private arm(): void {
    const first = this.queue[0];
    if (first?.due === this.armedFor && this.handle !== undefined) return;
    if (this.handle !== undefined) this.real.clearTimeout(this.handle);
    this.handle = undefined;
    this.armedFor = undefined;
    if (!first || this.closed) return;
    this.armedFor = first.due;
    // From real now: a timer set late (behind a busy event loop) catches up rather than lags.
    this.handle = this.real.setTimeout(
      () => this.drain(),
      this.toRealMs(Math.max(0, first.due - this.realNow())),
    );
  }

  /** Runs every timer that is due, earliest first, each at its own virtual time. */
  private drain(): void {
    this.handle = undefined;
    this.armedFor = undefined;
    const now = this.realNow();
    while (!this.closed && this.queue[0] && this.queue[0].due <= now) {
      const entry = this.queue.shift()!;
      const outer = this.firing;
      this.firing = entry.due;
      try {
        entry.fn(entry.due);
      } finally {
        this.firing = outer;
      }
    }
    this.arm();
  }

  /** How many timers are waiting; for tests and for the benchmark's "nothing stuck" check. */
  get pendingCount(): number {
    return this.queue.length;
  }

  /** Cancels every pending timer; later `after()` calls schedule nothing. */
  close(): void {
    this.closed = true;
    this.queue = [];
    this.arm();
  }
}
