/**
 * How many turns of the event loop in a row must pass with no work in flight before time moves.
 * Work in flight is counted where it starts (a request sent, an event received), and whatever
 * follows from it runs in promise callbacks that settle within a turn; the second turn is a
 * margin for a hand-over by `setImmediate` somewhere in a library.
 */
const IDLE_TURNS = 2;

/**
 * The engine of a skipping clock (the way Temporal's time-skipping test server works): it counts
 * the work in flight in a session and, the moment the whole session is idle, first runs the next
 * piece of work waiting for its turn, else fires the next due timer. Nothing ever sleeps.
 */
export class SkipScheduler {
  private inFlight = 0;
  /** Bumped by every start and end of work, to tell an idle stretch from a busy one. */
  private epoch = 0;
  private readonly turns: (() => void)[] = [];
  private checking = false;
  private closed = false;

  /** @param fireNext fires the earliest timer; returns false when there is none. */
  constructor(private readonly fireNext: () => boolean) {}

  /** Counts one piece of work in flight until the returned function is called. */
  begin(): () => void {
    this.inFlight++;
    this.epoch++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      this.epoch++;
      if (this.inFlight === 0) this.poke();
    };
  }

  /** Queues `work` to run alone, once the session is idle, after the work queued before it. */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    // Shutting down: what is still owed (the last events) goes out at once.
    if (this.closed) return work();
    return new Promise<T>((resolve, reject) => {
      this.turns.push(() => {
        const done = this.begin();
        work().then(resolve, reject).finally(done);
      });
      this.poke();
    });
  }

  /** Something may be due: look once the event loop has settled. */
  poke(): void {
    if (this.checking || this.closed) return;
    this.checking = true;
    setImmediate(() => this.check(this.epoch, 1));
  }

  private check(epoch: number, idleTurns: number): void {
    if (this.closed || this.inFlight > 0) {
      // The end of that work pokes again.
      this.checking = false;
      return;
    }
    if (epoch !== this.epoch) idleTurns = 0;
    if (idleTurns < IDLE_TURNS) {
      const now = this.epoch;
      setImmediate(() => this.check(now, idleTurns + 1));
      return;
    }
    this.checking = false;
    const turn = this.turns.shift();
    if (turn) {
      turn();
      return;
    }
    // A timer that set nothing off leaves the session idle: look again for the next one.
    if (this.fireNext()) this.poke();
  }

  /** How many pieces of work are in flight; for tests. */
  get busy(): number {
    return this.inFlight;
  }

  /** Stops moving time; work still waiting for its turn runs at once, side by side. */
  close(): void {
    this.closed = true;
    for (const turn of this.turns.splice(0)) turn();
  }
}
