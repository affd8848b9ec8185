import { performance } from 'node:perf_hooks';
import { BoundedMap } from './bounded-map';

/** How {@link ReorderBuffer} releases what it held. */
export interface ReorderBufferOptions<T> {
  /** How long an item is held, at most, waiting for older items of its key. 0 holds nothing. */
  windowMs: number;
  /** Called once per item, in time order per key. `late` means it came after a newer one left. */
  release: (item: T, late: boolean) => void;
  /** A monotonic clock in milliseconds; tests pass a fake one. */
  now?: () => number;
  /** Timers on the same clock as `now`; Node's own by default. */
  timers?: BufferTimers;
  /** How many keys' "newest released time" are remembered for spotting late items. */
  maxTrackedKeys?: number;
}

/** Timers the buffer waits with: a simulated session's virtual clock, or Node's. */
export interface BufferTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const nodeTimers: BufferTimers = {
  setTimeout: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    // Held events must not keep a finished process alive; close() flushes them anyway.
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface Entry<T> {
  key: string;
  timeMs: number;
  deadline: number;
  item: T;
  released: boolean;
}

/**
 * Puts each key's items (each leg's events) in time order. The platform promises no order, so
 * an item is held for up to `windowMs` after it arrives; when its time is up it leaves together
 * with every older item of its key that is still held, oldest first.
 *
 * The trade-off: every event reaches the flow `windowMs` later than it arrived, and two events
 * that arrive more than `windowMs` apart in the wrong order cannot be put right. Such a late
 * event is released at once, marked late, rather than held back or dropped: the leg state
 * machine already ignores events that would move a leg backwards. 50–100 ms covers the reordering
 * of concurrent deliveries while staying below what a person notices on the canvas.
 */
export class ReorderBuffer<T> {
  private readonly windowMs: number;
  private readonly now: () => number;
  /** Held items per key, sorted by time; equal times keep their arrival order. */
  private readonly held = new Map<string, Entry<T>[]>();
  /** Every held item in arrival order; deadlines only grow along it, so its head is next due. */
  private readonly arrivals: Entry<T>[] = [];
  private arrivalsHead = 0;
  /** The newest time released per key, for spotting late items. */
  private readonly lastReleased: BoundedMap<string, number>;
  private readonly timers: BufferTimers;
  private timer: unknown;

  constructor(private readonly options: ReorderBufferOptions<T>) {
    this.windowMs = options.windowMs;
    this.now = options.now ?? (() => performance.now());
    this.timers = options.timers ?? nodeTimers;
    this.lastReleased = new BoundedMap(options.maxTrackedKeys ?? 10_000);
  }

  /** Takes an item; items without a key have nothing to be ordered against and leave at once. */
  push(key: string | undefined, timeMs: number, item: T): void {
    if (key === undefined) {
      this.options.release(item, false);
      return;
    }
    const newest = this.lastReleased.get(key);
    if (this.windowMs === 0 || (newest !== undefined && timeMs < newest)) {
      this.emit(key, timeMs, item);
      return;
    }
    const entry: Entry<T> = {
      key,
      timeMs,
      deadline: this.now() + this.windowMs,
      item,
      released: false,
    };
    const list = this.held.get(key);
    if (list === undefined) this.held.set(key, [entry]);
    else insertByTime(list, entry);
    this.arrivals.push(entry);
    this.schedule();
  }

  /** Releases everything held, in order per key; for shutting down. */
  flush(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    for (const [key, list] of this.held) {
      for (const entry of list) this.emit(key, entry.timeMs, entry.item);
    }
    this.held.clear();
    this.arrivals.length = 0;
    this.arrivalsHead = 0;
  }

  /** How many items are held now. */
  get size(): number {
    let count = 0;
    for (const list of this.held.values()) count += list.length;
    return count;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    while (this.arrivals[this.arrivalsHead]?.released) this.arrivalsHead++;
    const next = this.arrivals[this.arrivalsHead];
    if (next === undefined) {
      this.arrivals.length = 0;
      this.arrivalsHead = 0;
      return;
    }
    this.timer = this.timers.setTimeout(
      () => this.onTimer(),
      Math.max(0, next.deadline - this.now()),
    );
  }

  private onTimer(): void {
    this.timer = undefined;
    const now = this.now();
    for (let due = this.arrivals[this.arrivalsHead]; due && due.deadline <= now;) {
      this.arrivalsHead++;
      if (!due.released) this.releaseThrough(due);
      due = this.arrivals[this.arrivalsHead];
    }
    // Drop the consumed head now and then, so the queue does not grow for ever.
    if (this.arrivalsHead > 1024 && this.arrivalsHead * 2 > this.arrivals.length) {
      this.arrivals.splice(0, this.arrivalsHead);
      this.arrivalsHead = 0;
    }
    this.schedule();
  }

  /** Releases `entry` and every item of its key ordered before it. */
  private releaseThrough(entry: Entry<T>): void {
    const list = this.held.get(entry.key);
    if (list === undefined) return;
    const leaving = list.splice(0, list.indexOf(entry) + 1);
    if (list.length === 0) this.held.delete(entry.key);
    for (const item of leaving) {
      item.released = true;
      this.emit(item.key, item.timeMs, item.item);
    }
  }

  private emit(key: string, timeMs: number, item: T): void {
    const newest = this.lastReleased.get(key);
    const late = newest !== undefined && timeMs < newest;
    if (!late) this.lastReleased.set(key, timeMs);
    this.options.release(item, late);
  }
}

/** Inserts after the last entry that is not newer, so equal times keep their arrival order. */
function insertByTime<T>(list: Entry<T>[], entry: Entry<T>): void {
  let index = list.length;
  while (index > 0 && (list[index - 1]?.timeMs ?? 0) > entry.timeMs) index--;
  list.splice(index, 0, entry);
}
