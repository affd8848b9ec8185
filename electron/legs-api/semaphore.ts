/**
 * A counting semaphore: at most `limit` holders at a time, the rest wait in arrival order.
 * The client takes one slot per HTTP attempt so a burst of calls does not trip the platform's
 * rate limit (about 100 requests a minute per account).
 */
export class Semaphore {
  private held = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`A semaphore needs a limit of at least 1, not ${limit}.`);
    }
  }

  /** Waits for a slot; the returned function gives it back and is safe to call twice. */
  async acquire(): Promise<() => void> {
    if (this.held < this.limit) {
      this.held += 1;
    } else {
      // The releasing holder hands its slot straight to us, so `held` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }

  /** Runs `task` inside a slot. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held -= 1;
  }
}
