import { countStarted } from '../output/audio-probe';
import { scheduleSamples, soundClock } from '../output/audio-output';
import type { PlayingSound } from '../output/audio-output';
import { speakInPieces } from './espeak-client';
import { ESPEAK_RATE, fitRate } from './rate-fit';
import type { SpeechPlan } from './rate-fit';

/**
 * How long each voice takes per character at its normal rate, learnt from what it said last
 * (a Devanagari character is not an English one); a first guess before that.
 */
const msPerCharacter = new Map<string, number>();
const FIRST_GUESS_MS_PER_CHARACTER = 55;

/** Headroom before the first piece plays, so pieces that follow are never late. */
const START_LEAD_S = 0.05;

/**
 * Speaks a Say with the built-in engine, fitted to `plan`: at the rate that makes one play last
 * `plan.onceMs` (from the voice's known pace, in one pass, so speech starts at once), each
 * piece played as soon as it is made; then the further plays, each starting `onceMs` after the
 * last (or when it ends, if even the fastest intelligible rate runs longer). `onError` says why
 * speech could not be made. Nothing plays without an AudioContext.
 */
export function speakFitted(
  text: string,
  voice: string,
  plan: SpeechPlan,
  onError: (error: Error) => void,
): PlayingSound {
  const sources: PlayingSound[] = [];
  let stopped = false;
  let startAt: number | null = null;
  let length = 0;
  const pieces: Int16Array[] = [];
  let sampleRate = 22_050;

  const play = (samples: Int16Array, at: number) => {
    const floats = Float32Array.from(samples, (sample) => sample / 32768);
    const source = scheduleSamples(floats, sampleRate, 'speech', at);
    if (source) sources.push(source);
  };

  const characters = Math.max(1, text.trim().length);
  const naturalMs = characters * (msPerCharacter.get(voice) ?? FIRST_GUESS_MS_PER_CHARACTER);
  const rate = fitRate(naturalMs, plan.onceMs, ESPEAK_RATE);
  speakInPieces({ text, voice, rate }, (piece, pieceRate) => {
    sampleRate = pieceRate;
    pieces.push(piece);
    if (stopped) return;
    const now = soundClock();
    if (now === null) return;
    if (startAt === null) {
      startAt = now + START_LEAD_S;
      countStarted('speech');
    }
    play(piece, Math.max(now, startAt + length / sampleRate));
    length += piece.length;
  }).then(
    () => {
      const spokenMs = (pieces.reduce((sum, piece) => sum + piece.length, 0) / sampleRate) * 1000;
      if (spokenMs > 0) {
        msPerCharacter.set(voice, ((spokenMs / characters) * rate) / ESPEAK_RATE.normal);
      }
      if (stopped || startAt === null || plan.plays < 2) return;
      const whole = new Int16Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
      pieces.reduce((offset, piece) => (whole.set(piece, offset), offset + piece.length), 0);
      const onceS = Math.max(whole.length / sampleRate, plan.onceMs / 1000);
      for (let again = 1; again < plan.plays; again++) play(whole, startAt + again * onceS);
    },
    (error: unknown) => {
      if (!stopped) onError(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return {
    stop() {
      stopped = true;
      sources.forEach((source) => source.stop());
      sources.length = 0;
    },
  };
}
