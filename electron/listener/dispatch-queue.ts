/**
 * Hands items on from a fresh turn of the event loop. Events released while a request is being
 * answered are only queued, so the acknowledgement never waits for a subscriber, and a burst
 * is delivered as one batch.
 */
export class DispatchQueue<T> {
  private items: T[] = [];
  private scheduled = false;
  private done: (() => void) | undefined;

  /**
   * @param begin marks the queued items as work in flight until they are delivered, so a
   *   simulated session's skipping clock does not move while an event waits here.
   */
  constructor(
    private readonly deliver: (item: T) => void,
    private readonly begin: () => () => void = () => () => {},
  ) {}

  /** Queues `item` for the next turn of the event loop. */
  push(item: T): void {
    this.items.push(item);
    if (this.scheduled) return;
    this.scheduled = true;
    this.done = this.begin();
    setImmediate(() => this.drain());
  }

  /** Delivers everything queued now, in order; for shutting down. */
  drain(): void {
    this.scheduled = false;
    const items = this.items;
    const done = this.done;
    this.items = [];
    this.done = undefined;
    try {
      for (const item of items) this.deliver(item);
    } finally {
      done?.();
    }
  }
}
