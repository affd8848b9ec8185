import type { LegsApiClock } from './clock';

/** Added to every ticket that is not urgent, so urgent ones sort first. */
const URGENT_AHEAD = 2 ** 50;

/**
 * The share of a known limit kept for urgent requests: in any minute, the rest may use at most
 * four fifths of it, so a caller who rings while the account is busy is still picked up.
 */
const URGENT_RESERVE = 0.2;

const MINUTE_MS = 60_000;

interface Waiter {
  ticket: number;
  resolve: () => void;
}

/**
 * The order an account's requests go in when it is busy. After a 429 they wait together until
 * its `Retry-After` has passed, then go oldest first; with a known limit (`perMinute`) the
 * client also paces itself below it, so a burst never uses up a whole minute at once. Urgent
 * requests (picking up a ringing caller) go ahead of the rest. Without this every throttled
 * request retries on its own and the platform lets through whichever lands first, so under a
 * sustained limit an unlucky call can starve until its caller gives up.
 */
export class RateGate {
  private openAt = Number.NEGATIVE_INFINITY;
  private nextTicket = 0;
  /** Waiting requests, oldest (or urgent) first. */
  private readonly waiting: Waiter[] = [];
  /** When the pump will next look, if it is asleep. */
  private wakeAt = Number.POSITIVE_INFINITY;
  /** Counts 429s, so a pump that slept through the last closing knows the gate is open again. */
  private closings = 0;
  /** When the requests of the last minute went, oldest first (only with a known limit). */
  private readonly recent: number[] = [];

  /**
   * @param perMinute the account's limit, when known: the client keeps the platform's own
   *   sliding minute, so it never runs into the limit at all.
   */
  constructor(
    private readonly clock: LegsApiClock,
    private readonly perMinute?: number,
  ) {}

  /** A place in line, taken once per request before its first attempt; urgent ones go first. */
  ticket(urgent = false): number {
    return (urgent ? 0 : URGENT_AHEAD) + this.nextTicket++;
  }

  /** Resolves when this request may go: the gate is open, it is next, and a token is free. */
  pass(ticket: number): Promise<void> {
    const behind = this.waiting.length > 0 && this.waiting[0]!.ticket < ticket;
    if (!behind && this.mayGoNow(ticket)) return Promise.resolve();
    return new Promise((resolve) => {
      let index = this.waiting.length;
      while (index > 0 && this.waiting[index - 1]!.ticket > ticket) index--;
      this.waiting.splice(index, 0, { ticket, resolve });
      this.pump();
    });
  }

  /**
   * The platform throttled a request: nobody goes until `waitMs` from now. Returns the closing's
   * number, for {@link sleptOut}.
   */
  closeFor(waitMs: number): number {
    this.openAt = Math.max(this.openAt, this.clock.now() + waitMs);
    return ++this.closings;
  }

  /** The throttled request has waited its `Retry-After`: unless closed again since, open up. */
  sleptOut(closing: number): void {
    if (closing === this.closings) this.openAt = Number.NEGATIVE_INFINITY;
  }

  /** Whether a request with this ticket may go now; if so, counts it. */
  private mayGoNow(ticket: number): boolean {
    const now = this.clock.now();
    if (now < this.openAt) return false;
    if (this.perMinute === undefined) return true;
    while (this.recent.length > 0 && this.recent[0]! <= now - MINUTE_MS) this.recent.shift();
    if (this.recent.length >= this.allowance(ticket)) return false;
    this.recent.push(now);
    return true;
  }

  /** How many requests of the last minute leave room for one with this ticket. */
  private allowance(ticket: number): number {
    const limit = this.perMinute!;
    return ticket < URGENT_AHEAD ? limit : Math.max(1, Math.floor(limit * (1 - URGENT_RESERVE)));
  }

  /** Lets waiters go in order while they may, then sleeps until the next one may. */
  private pump(): void {
    while (this.waiting.length > 0 && this.mayGoNow(this.waiting[0]!.ticket)) {
      this.waiting.shift()!.resolve();
    }
    const head = this.waiting[0];
    if (!head) return;
    const now = this.clock.now();
    let waitMs = this.openAt - now;
    if (this.perMinute !== undefined) {
      // Room comes when enough of the last minute's requests have aged out of it.
      const frees = this.recent[this.recent.length - this.allowance(head.ticket)];
      if (frees !== undefined) waitMs = Math.max(waitMs, frees + MINUTE_MS - now);
    }
    const wakeAt = now + Math.max(1, Math.ceil(waitMs));
    // Already waking up in time (an urgent request may need an earlier look than the head did).
    if (this.wakeAt <= wakeAt && this.wakeAt > now) return;
    this.wakeAt = wakeAt;
    const closings = this.closings;
    void this.clock.sleep(wakeAt - now).then(() => {
      if (this.wakeAt === wakeAt) this.wakeAt = Number.POSITIVE_INFINITY;
      // Slept out the closing (also on a clock that does not move, as in tests): it is over.
      if (closings === this.closings) this.openAt = Number.NEGATIVE_INFINITY;
      this.pump();
    });
  }
}
