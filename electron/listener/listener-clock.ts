/**
 * The clock a listener runs on inside a simulated session (the session's virtual clock): it
 * stamps arrivals, times the reorder window, and counts an event waiting to be handed to its run
 * as work in flight, so a skipping clock stands still until the run has heard it.
 */
export interface ListenerClock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Marks work in flight until the returned function is called. */
  begin(): () => void;
}
