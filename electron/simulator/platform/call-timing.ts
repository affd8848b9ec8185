/**
 * How long things take on the simulated network, in virtual milliseconds. The reference gives no
 * figures, so these are round numbers that feel like a real call; one table, easy to change.
 */
export const CALL_TIMING = {
  /** From create-leg to `leg_connecting`. */
  connectingAfterMs: 200,
  /** From `leg_connecting` to `leg_ringing` (call set-up). */
  setupMs: 1_500,
  /** From create-leg to `leg_failed_to_create` for a number that cannot be reached. */
  failAfterMs: 1_500,
  /** From `leg_connecting` to the busy signal. */
  busyAfterMs: 1_500,
  /** Answering-machine detection: from pick-up to the result. */
  amdMs: 2_500,
  /** A Play's audio file lasts this long per loop (the simulator cannot fetch it). */
  playMs: 5_000,
  /** A Say lasts this long per character of text per loop... */
  sayMsPerChar: 60,
  /** ...but never less than this. */
  sayMinMs: 1_000,
  /** A scripted party presses its first key this long after a Gather starts listening... */
  firstKeyAfterMs: 1_000,
  /** ...and the next ones this far apart. */
  keyGapMs: 300,
  /** From `stream_initiated` to `stream_started`. */
  streamStartMs: 500,
  /** Gather defaults when the ExoML leaves them out (the catalog's defaults). */
  gatherTimeoutS: 10,
  gatherFinishOnKey: '#',
} as const;

/**
 * Q.850 hangup causes in `hangup_cause_code`: the seed shows 16 for a normal end; the others are
 * the standard codes for each outcome.
 */
export const HANGUP_CAUSE = {
  normal: 16,
  busy: 17,
  noAnswer: 19,
  rejected: 21,
  unallocated: 1,
  timerExpired: 102,
} as const;
