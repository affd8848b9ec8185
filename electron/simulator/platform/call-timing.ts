// ASSUMPTION(call-timing): ring, set-up, AMD and key-press durations.
/**
 * How long things take on the simulated network, in virtual milliseconds. The reference gives no
 * figures, so these are round numbers that feel like a real call; one table, easy to change.
 * Say and Play durations are shared with the renderer, in shared/media/audio-timing.ts.
 */
export const CALL_TIMING = {
  /** How long calls-per-second control holds an enqueued leg before dialling it. */
  enqueuedMs: 1_000,
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

// ASSUMPTION(hangup-causes): Q.850 codes for each outcome; the seed shows only 16.
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

// ASSUMPTION(termination-errors): which endings carry event_data.error, and its code and words.
/**
 * `event_data.error` of a leg that ended without being answered (seed 001: `leg_terminated` and
 * `leg_failed_to_create` carry `{error_code, message, description}`). The seed gives no codes or
 * words for them, so `error_code` repeats the Q.850 cause and the message names it.
 */
export const CAUSE_ERRORS: Readonly<Record<number, { message: string; description: string }>> = {
  [HANGUP_CAUSE.busy]: { message: 'User busy', description: 'The number called was busy.' },
  [HANGUP_CAUSE.noAnswer]: {
    message: 'No answer',
    description: 'The number rang but was not answered in time.',
  },
  [HANGUP_CAUSE.rejected]: {
    message: 'Call rejected',
    description: 'The call was rejected before it was answered.',
  },
  [HANGUP_CAUSE.unallocated]: {
    message: 'The leg could not be created',
    description: 'The number cannot be reached.',
  },
  [HANGUP_CAUSE.timerExpired]: {
    message: 'Call set-up timed out',
    description: 'The call did not start ringing, or was not answered, within its time-outs.',
  },
  [HANGUP_CAUSE.normal]: {
    message: 'Ended before it was answered',
    description: 'The leg was hung up before anyone answered it.',
  },
};
