import { playCount, sayOnceMs } from '../../../shared/media/audio-timing';

/**
 * eSpeak NG's speaking rates in words a minute: its normal rate, and the slowest and fastest
 * that still sound like speech (the engine allows 80 to 450; past about 400 words run together).
 */
export const ESPEAK_RATE = { normal: 175, min: 80, max: 400 } as const;

/** Web Speech rates (1 = the voice's normal pace), kept to what stays intelligible. */
export const SYSTEM_RATE = { normal: 1, min: 0.5, max: 2.5 } as const;

/** How one Say is to be heard: each play's real length, and how many plays. */
export interface SpeechPlan {
  /** Real milliseconds one play of the text should last at the current pace. */
  onceMs: number;
  /** How many times the text is spoken (`loop` + 1). */
  plays: number;
}

/**
 * Below this, a play of a Say is too short to carry even one word at the fastest intelligible
 * rate (a word at 400 words a minute): at 20× a one-second prompt lasts 50 ms. Such Says are
 * not spoken (making the speech cost the machine more than the canvas did, for a click), and
 * "Now playing" says why.
 */
export const SHORTEST_HEARD_MS = 60_000 / ESPEAK_RATE.max;

/** Whether a Say planned so is too short, at the current pace, to be heard as speech. */
export function tooShortToHear(plan: SpeechPlan): boolean {
  return plan.onceMs < SHORTEST_HEARD_MS;
}

/**
 * The real time a Say takes at the simulator's pace: the simulator's own rule
 * (shared/media/audio-timing.ts) divided by `speed`, virtual ms per real ms.
 */
export function planSpeech(text: string, loop: unknown, speed: number): SpeechPlan {
  const pace = Number.isFinite(speed) && speed > 0 ? speed : 1;
  return { onceMs: sayOnceMs(text) / pace, plays: playCount(loop) };
}

/**
 * The rate that makes speech which lasts `naturalMs` at `bounds.normal` last `targetMs`
 * instead, clamped to `bounds`: speech that would be too fast is cut off when the simulator
 * says the Say ended, speech that would be too slow is followed by silence.
 */
export function fitRate(
  naturalMs: number,
  targetMs: number,
  bounds: { normal: number; min: number; max: number },
): number {
  if (!(naturalMs > 0) || !(targetMs > 0)) return bounds.normal;
  const rate = (bounds.normal * naturalMs) / targetMs;
  return Math.min(bounds.max, Math.max(bounds.min, rate));
}

/**
 * How long a system voice takes for `text` at rate 1, for fitting its rate: the Web Speech API
 * gives no length before speaking, so a typical 14 characters a second is assumed.
 */
export function estimatedSystemSpeechMs(text: string): number {
  return (text.trim().length / 14) * 1000;
}
