import type { SimClock, SimTimer } from '../clock/sim-clock';

/** How a Gather listens: from its ExoML attributes, with the catalog's defaults. */
export interface GatherRules {
  /** Stop after this many keys; absent: only the finish key or the time-out ends it. */
  numDigits?: number;
  /** A key that ends the input and is not part of it; empty for none. */
  finishOnKey: string;
  /** Virtual ms of silence (before the first key, or between keys) that end the input. */
  timeoutMs: number;
}

// ASSUMPTION(gather-timeout): a timed-out Gather sends gather_success with the digits so far.
/**
 * The keys of one Gather. Listening starts when the prompt ends (or a key barges in); it ends
 * on `numDigits` keys, on the finish key, or after `timeoutMs` without a key. A time-out ends it
 * with the keys so far, possibly none: the simulator then sends `gather_success` with empty
 * `digits`, since the reference names no time-out event. That is an assumption; over gRPC the
 * empty string is proto3's default and is not sent, so receivers see `digits` absent.
 */
export class GatherSession {
  private digits = '';
  private listening = false;
  private over = false;
  private silenceTimer: SimTimer | undefined;
  private readonly scripted = new Set<SimTimer>();

  constructor(
    private readonly rules: GatherRules,
    private readonly clock: SimClock,
    private readonly onEnd: (digits: string, at: number) => void,
  ) {}

  /** Whether the Gather still waits for keys. */
  get active(): boolean {
    return !this.over;
  }

  /** Starts listening (the prompt has ended) at virtual time `at`. */
  listen(at = this.clock.now()): void {
    if (this.over || this.listening) return;
    this.listening = true;
    this.armSilence(at);
  }

  /** One key pressed at `at`; starts listening first if the prompt was still playing. */
  press(key: string, at = this.clock.now()): void {
    if (this.over) return;
    this.listening = true;
    if (this.rules.finishOnKey !== '' && key === this.rules.finishOnKey) {
      this.end(at);
      return;
    }
    this.digits += key;
    if (this.rules.numDigits !== undefined && this.digits.length >= this.rules.numDigits) {
      this.end(at);
      return;
    }
    this.armSilence(at);
  }

  /**
   * Presses `keys` the way a person would: the first `firstAfterMs` after now, then one every
   * `gapMs`. Used for a persona's scripted digits.
   */
  pressLater(keys: string, firstAfterMs: number, gapMs: number): void {
    [...keys].forEach((key, index) => {
      const timer = this.clock.after(firstAfterMs + index * gapMs, (due) => {
        this.scripted.delete(timer);
        this.press(key, due);
      });
      this.scripted.add(timer);
    });
  }

  /** Stops without a result: the leg ended. */
  cancel(): void {
    this.over = true;
    this.clearTimers();
  }

  // ASSUMPTION(gather-timeout-start): the time-out counts from the end of the prompt, and again
  // from each key pressed; the app's countdown and Skip wait read it so (electron/runner).
  private armSilence(from: number): void {
    this.silenceTimer?.cancel();
    const elapsed = Math.max(0, this.clock.now() - from);
    this.silenceTimer = this.clock.after(this.rules.timeoutMs - elapsed, (due) => this.end(due));
  }

  private end(at: number): void {
    if (this.over) return;
    this.over = true;
    this.clearTimers();
    this.onEnd(this.digits, at);
  }

  private clearTimers(): void {
    this.silenceTimer?.cancel();
    for (const timer of this.scripted) timer.cancel();
    this.scripted.clear();
  }
}
