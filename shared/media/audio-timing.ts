// ASSUMPTION(say-play-timing): Say lasts 60 ms a character (at least 1 s) per play, Play 5 s per play.
/**
 * How long a Say or a Play lasts on the simulated call, in virtual milliseconds: one rule that the
 * simulator times its events by and the renderer fits its speech to, so what is heard ends when
 * the simulator says it ended. The reference gives no figures; these are round numbers.
 */
export const MEDIA_TIMING = {
  /** A Play's audio file lasts this long per loop (the simulator cannot fetch it). */
  playMs: 5_000,
  /** A Say lasts this long per character of text per loop... */
  sayMsPerChar: 60,
  /** ...but never less than this. */
  sayMinMs: 1_000,
} as const;

// ASSUMPTION(loop-repeats): loop = repeats, plays loop + 1 times.
/**
 * How many times audio plays for a `loop` attribute: `loop` counts repeats (seed 002: "number of
 * times to repeat (max 10)", default 0), so it plays loop + 1 times; absent means once.
 */
export function playCount(loop: unknown): number {
  return typeof loop === 'number' && loop > 0 ? Math.floor(loop) + 1 : 1;
}

/** How long one play of a Say's text lasts: by its length, at least {@link MEDIA_TIMING.sayMinMs}. */
export function sayOnceMs(text: string): number {
  return Math.max(MEDIA_TIMING.sayMinMs, text.trim().length * MEDIA_TIMING.sayMsPerChar);
}

/** How long a Say lasts, every loop included. */
export function sayDurationMs(text: string, loop?: unknown): number {
  return sayOnceMs(text) * playCount(loop);
}

/** How long a Play lasts: the simulator cannot fetch the file, so a fixed length per loop. */
export function playDurationMs(loop?: unknown): number {
  return MEDIA_TIMING.playMs * playCount(loop);
}
