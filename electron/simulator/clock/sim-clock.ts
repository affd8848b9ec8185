import { SkipScheduler } from './skip-scheduler';
import { systemRealTime } from './real-time';
import type { RealTime } from './real-time';

export type { RealTime } from './real-time';
export { systemRealTime } from './real-time';

/**
 * How a session's virtual time moves:
 * - a number: *paced*, that many virtual milliseconds per real one (for watching and demos);
 * - `instant`: *skipping*, time stands still while any work is in flight and jumps to the next
 *   due timer when the whole session is idle (tests, `legflow run`): exact and reproducible;
 * - `manual`: time moves only when told to, through {@link SimClock.advance} (other programs'
 *   tests drive `legflow sim` this way).
 */
export type ClockPace = number | 'instant' | 'manual';

/** A pending virtual timer; `cancel()` is safe to call at any time, also after it fired. */
export interface SimTimer {
  /** The virtual time (ms since the epoch) it fires at. */
  readonly due: number;
  cancel(): void;
}

interface QueuedTimer extends SimTimer {
  readonly seq: number;
  readonly fn: (due: number) => void;
}

/** Marks one piece of work in flight; call it once the work is done (extra calls are ignored). */
export type WorkDone = () => void;

/**
 * The one virtual clock of a simulated session, shared by the simulator, the runner, the API
 * client and the listener: every timer, time-out, wait and event timestamp reads it. Every
 * duration given to it is in virtual (platform) milliseconds.
 */
export class SimClock {
  readonly mode: 'paced' | 'skipping' | 'manual';
  private speedNow: number;
  /** Paced: the real and virtual times at the last change of speed. */
  private realBase: number;
  private virtualBase: number;
  /** Skipping and manual: the virtual time now, moved only by firing timers. */
  private current: number;
  /** Pending timers in the order they fire; paced, one real timer waits for the first. */
  private queue: QueuedTimer[] = [];
  private sequence = 0;
  private handle: unknown;
  private armedFor: number | undefined;
  private closed = false;
  /** The due time of the timer whose callback is running, if one is. */
  private firing: number | undefined;
  /** Paced: while a skip goes on, virtual time stands here (see {@link skipTo}). */
  private skipAt: number | undefined;
  private readonly skipper: SkipScheduler | undefined;

  /**
   * @param pace how time moves (see {@link ClockPace}); a number is the speed (1 = real time).
   * @param startEpochMs the virtual time at start, in ms since the epoch; now by default.
   */
  constructor(
    pace: ClockPace,
    private readonly startEpochMs: number = Date.now(),
    private readonly real: RealTime = systemRealTime,
  ) {
    if (typeof pace === 'number') {
      if (!(pace > 0) || !Number.isFinite(pace)) {
        throw new RangeError(`The clock speed must be a positive number, not ${pace}.`);
      }
      this.mode = 'paced';
      this.speedNow = pace;
    } else {
      this.mode = pace === 'instant' ? 'skipping' : 'manual';
      this.speedNow = 1;
    }
    this.realBase = real.now();
    this.virtualBase = startEpochMs;
    this.current = startEpochMs;
    this.skipper = this.mode === 'skipping' ? new SkipScheduler(() => this.fireNext()) : undefined;
  }

  /** Virtual ms per real ms when paced; 1 otherwise (there is no real time to compare with). */
  get speed(): number {
    return this.speedNow;
  }

  /**
   * Changes a paced clock's speed from now on; virtual time so far is kept, so a run's
   * timestamps stay in order and pending timers fire at their same virtual times.
   */
  setSpeed(speed: number): void {
    if (this.mode !== 'paced') throw new Error('Only a paced clock has a speed.');
    if (!(speed > 0) || !Number.isFinite(speed)) {
      throw new RangeError(`The clock speed must be a positive number, not ${speed}.`);
    }
    this.virtualBase = this.pacedNow();
    this.realBase = this.real.now();
    this.speedNow = speed;
    // The earliest timer's real moment has moved: set its real timer again.
    if (this.handle !== undefined) this.real.clearTimeout(this.handle);
    this.handle = undefined;
    this.armedFor = undefined;
    this.handle = this.rearm();
  }

  /**
   * Virtual milliseconds since the epoch. Inside a timer's callback it is that timer's due time,
   * so whatever the callback schedules or stamps counts from the exact moment, not from when the
   * real timer happened to fire: a chain of timers never drifts.
   */
  now(): number {
    return this.firing ?? (this.mode === 'paced' ? this.pacedNow() : this.current);
  }

  private pacedNow(): number {
    if (this.skipAt !== undefined) return this.skipAt;
    return this.virtualBase + (this.real.now() - this.realBase) * this.speedNow;
  }

  /** The virtual time the clock started at. */
  get startedAt(): number {
    return this.startEpochMs;
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

  /**
   * Real milliseconds that `virtualMs` virtual ones take. Off a paced clock there is no real
   * time: a `Retry-After` or a back-off is then counted on the clock itself, one for one.
   */
  toRealMs(virtualMs: number): number {
    return virtualMs / this.speedNow;
  }

  /** Virtual milliseconds that pass in `realMs` real ones. */
  toVirtualMs(realMs: number): number {
    return realMs * this.speedNow;
  }

  /**
   * Marks work in flight (an API request, an event on its way or waiting in the listener).
   * A skipping clock stands still until every piece of work is done; elsewhere this is free.
   */
  begin(): WorkDone {
    if (!this.skipper) return noop;
    return this.skipper.begin();
  }

  /** Runs `work` as one piece of work in flight (see {@link begin}). */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const done = this.begin();
    try {
      return await work();
    } finally {
      done();
    }
  }

  /**
   * Runs `work` when its turn comes. On a skipping clock, such work runs one piece at a time and
   * only while nothing else is in flight, in the order it was asked for: events reach the
   * listener in one order on every machine, so a run is the same byte for byte. Elsewhere it
   * runs at once.
   */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (!this.skipper) return work();
    return this.skipper.inTurn(work);
  }

  /**
   * Runs `fn` once `virtualMs` virtual milliseconds have passed. `fn` receives the due time, not
   * the moment a real timer happened to fire, so a 3 s Say ends exactly 3 s after it began.
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
    if (index === 0) this.arm();
    return entry;
  }

  /** Resolves after `virtualMs`; rejects with the signal's reason when it is aborted first. */
  sleep(virtualMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        timer.cancel();
        reject(signal!.reason);
      };
      const timer = this.after(virtualMs, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Waits `realMs` as the platform's own machinery would (a delivery's back-off, a simulated
   * latency): real time on a paced clock, that much virtual time otherwise, where no real time
   * may pass unseen.
   */
  delay(realMs: number): Promise<void> {
    if (this.mode !== 'paced') return this.sleep(realMs);
    return new Promise((resolve) => this.real.setTimeout(resolve, realMs));
  }

  /** Whether a paced clock is in the middle of a {@link skipTo}. */
  get skipping(): boolean {
    return this.skipAt !== undefined;
  }

  /**
   * Paced clocks: moves virtual time forward to `target` at once (a demo's "skip this wait"),
   * firing every timer due by then in order, each at its own due time, as if the time had
   * passed. `settle` is awaited after each timer, so what it set off (an event on its way to a
   * run) is done before the next fires; `stop` is asked after each, and when it answers true
   * time stands at that timer rather than at `target`. Virtual time stands still while the skip
   * goes on and runs on at the same speed from where it ends, so it never goes backwards. A
   * target not ahead of now moves nothing. Resolves with the virtual time the skip ended at.
   */
  async skipTo(
    target: number,
    options: { settle?: () => Promise<void>; stop?: () => boolean } = {},
  ): Promise<number> {
    if (this.mode !== 'paced')
      throw new Error('Only a paced clock skips; the others jump by themselves or by hand.');
    if (!Number.isFinite(target)) throw new RangeError(`Skip to a virtual time, not ${target}.`);
    if (this.skipAt !== undefined) throw new Error('A skip is already under way.');
    let at = this.pacedNow();
    if (target <= at || this.closed) return at;
    this.skipAt = at;
    // No real timer may fire a timer behind the skip's back: the skip fires them itself.
    if (this.handle !== undefined) this.real.clearTimeout(this.handle);
    this.handle = undefined;
    this.armedFor = undefined;
    try {
      while (!this.closed && this.queue[0] && this.queue[0].due <= target) {
        const entry = this.queue.shift()!;
        at = Math.max(at, entry.due);
        this.skipAt = at;
        this.fire(entry);
        await options.settle?.();
        if (options.stop?.()) return at;
      }
      at = Math.max(at, target);
      return at;
    } finally {
      this.virtualBase = at;
      this.realBase = this.real.now();
      this.skipAt = undefined;
      this.handle = this.rearm();
    }
  }

  /**
   * Manual (and skipping) clocks: fires, in order and each at its own due time, every timer due
   * within `virtualMs` from now, then stands at now + `virtualMs`. `settle` is awaited after each
   * timer, so what one timer set off (an event on its way) is done before the next fires.
   * Resolves with the new time.
   */
  async advance(virtualMs: number, settle: () => Promise<void> = async () => {}): Promise<number> {
    if (this.mode === 'paced') throw new Error('A paced clock moves with real time.');
    if (!(virtualMs >= 0) || !Number.isFinite(virtualMs)) {
      throw new RangeError(`Advance by a number of milliseconds of at least 0, not ${virtualMs}.`);
    }
    const target = this.current + virtualMs;
    while (!this.closed && this.queue[0] && this.queue[0].due <= target) {
      this.fireNext();
      await settle();
    }
    this.current = Math.max(this.current, target);
    return this.current;
  }

  /** Fires the next due timer (moving time to it); resolves with the new time, or null if none. */
  async advanceToNext(settle: () => Promise<void> = async () => {}): Promise<number | null> {
    if (this.mode === 'paced') throw new Error('A paced clock moves with real time.');
    if (!this.queue[0] || this.closed) return null;
    this.fireNext();
    await settle();
    return this.current;
  }

  /** The due time of the next timer, if any. */
  get nextDue(): number | undefined {
    return this.queue[0]?.due;
  }

  private remove(entry: QueuedTimer): void {
    const index = this.queue.indexOf(entry);
    if (index < 0) return;
    this.queue.splice(index, 1);
    if (index === 0) this.arm();
  }

  /** Makes sure the earliest timer will fire: a real timer when paced, an idle check skipping. */
  private arm(): void {
    if (this.mode === 'paced') this.handle = this.rearm();
    else if (this.skipper && this.queue.length > 0 && !this.closed) this.skipper.poke();
  }

  /** Sets the one real timer for the earliest virtual timer; returns its handle. */
  private rearm(): unknown {
    const first = this.queue[0];
    if (first?.due === this.armedFor && this.handle !== undefined) return this.handle;
    if (this.handle !== undefined) this.real.clearTimeout(this.handle);
    this.armedFor = undefined;
    // During a skip the skip fires the timers; real timers start again when it ends.
    if (!first || this.closed || this.skipAt !== undefined) return undefined;
    this.armedFor = first.due;
    // From real now: a timer set late (behind a busy event loop) catches up rather than lags.
    return this.real.setTimeout(
      () => this.drain(),
      this.toRealMs(Math.max(0, first.due - this.pacedNow())),
    );
  }

  /** Paced: runs every timer that is due, earliest first, each at its own virtual time. */
  private drain(): void {
    this.handle = undefined;
    this.armedFor = undefined;
    const now = this.pacedNow();
    while (!this.closed && this.queue[0] && this.queue[0].due <= now)
      this.fire(this.queue.shift()!);
    this.handle = this.rearm();
  }

  /**
   * Skipping and manual: moves time to the earliest timer and fires it alone. One timer at a
   * time, each after the work the last one set off is done, is what makes a run exact.
   * Returns whether a timer fired.
   */
  private fireNext(): boolean {
    const entry = this.queue.shift();
    if (!entry || this.closed) return false;
    this.current = Math.max(this.current, entry.due);
    this.fire(entry);
    return true;
  }

  private fire(entry: QueuedTimer): void {
    const outer = this.firing;
    this.firing = entry.due;
    try {
      entry.fn(entry.due);
    } finally {
      this.firing = outer;
    }
  }

  /** How many timers are waiting; for tests and for the benchmark's "nothing stuck" check. */
  get pendingCount(): number {
    return this.queue.length;
  }

  /** Cancels every pending timer; later `after()` calls schedule nothing. */
  close(): void {
    this.closed = true;
    this.queue = [];
    if (this.handle !== undefined) this.real.clearTimeout(this.handle);
    this.handle = undefined;
    this.armedFor = undefined;
    this.skipper?.close();
  }
}

function noop(): void {}
