/**
 * Call-progress and keypad tones as sample arrays (mono, -1..1), computed here rather than in
 * Web Audio nodes so they can be checked in a unit test: each is played as a buffer.
 */

/** The keypad's dual tones (ITU-T Q.23): a low row frequency and a high column frequency, Hz. */
export const DTMF_FREQUENCIES: Readonly<Record<string, readonly [number, number]>> = {
  '1': [697, 1209],
  '2': [697, 1336],
  '3': [697, 1477],
  '4': [770, 1209],
  '5': [770, 1336],
  '6': [770, 1477],
  '7': [852, 1209],
  '8': [852, 1336],
  '9': [852, 1477],
  '*': [941, 1209],
  '0': [941, 1336],
  '#': [941, 1477],
};

/** How long a keypad tone sounds, as a short press on a real phone. */
export const DTMF_TONE_MS = 100;

/** Ramps over this long at each end of a burst, so tones start and stop without a click. */
const RAMP_MS = 5;

const samplesIn = (ms: number, sampleRate: number) => Math.round((ms / 1000) * sampleRate);

/** Writes `waveform(t)` into `out` from `fromMs` for `ms`, with short ramps at both ends. */
function burst(
  out: Float32Array,
  sampleRate: number,
  fromMs: number,
  ms: number,
  waveform: (t: number) => number,
): void {
  const start = samplesIn(fromMs, sampleRate);
  const length = samplesIn(ms, sampleRate);
  const ramp = Math.max(1, samplesIn(RAMP_MS, sampleRate));
  for (let i = 0; i < length && start + i < out.length; i++) {
    const envelope = Math.min(1, i / ramp, (length - 1 - i) / ramp);
    out[start + i] = waveform(i / sampleRate) * envelope;
  }
}

/** A keypad key's tone: its two frequencies at equal level, `ms` long. */
export function dtmfTone(key: string, sampleRate: number, ms = DTMF_TONE_MS): Float32Array {
  const pair = DTMF_FREQUENCIES[key];
  if (!pair) throw new Error(`"${key}" is not a keypad key.`);
  const [low, high] = pair;
  const out = new Float32Array(samplesIn(ms, sampleRate));
  burst(
    out,
    sampleRate,
    0,
    ms,
    (t) => 0.25 * (Math.sin(2 * Math.PI * low * t) + Math.sin(2 * Math.PI * high * t)),
  );
  return out;
}

/**
 * One cycle of Indian ring-back, to loop: 400 Hz modulated by 25 Hz, on 0.4 s, off 0.2 s, on
 * 0.4 s, off 2 s.
 */
export function ringbackCycle(sampleRate: number): Float32Array {
  const out = new Float32Array(samplesIn(3_000, sampleRate));
  const tone = (t: number) =>
    0.35 * Math.sin(2 * Math.PI * 400 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 25 * t));
  burst(out, sampleRate, 0, 400, tone);
  burst(out, sampleRate, 600, 400, tone);
  return out;
}

/** The far end hung up: three short 425 Hz beeps, as an exchange's "call ended" sounds. */
export function hangUpTone(sampleRate: number): Float32Array {
  const out = new Float32Array(samplesIn(700, sampleRate));
  const tone = (t: number) => 0.3 * Math.sin(2 * Math.PI * 425 * t);
  for (const at of [0, 250, 500]) burst(out, sampleRate, at, 150, tone);
  return out;
}

/** Notes of the hold pattern, Hz: a slow, soft C major arpeggio. */
const HOLD_NOTES = [261.63, 329.63, 392.0, 523.25, 392.0, 329.63];
const HOLD_NOTE_MS = 500;

/**
 * One cycle of gentle hold music, to loop when a Hold has no music of its own or its music
 * cannot be fetched: soft sine notes that swell and fade, then a rest.
 */
export function holdMusicCycle(sampleRate: number): Float32Array {
  const noteSamples = samplesIn(HOLD_NOTE_MS, sampleRate);
  const out = new Float32Array(noteSamples * (HOLD_NOTES.length + 2));
  HOLD_NOTES.forEach((frequency, index) => {
    const start = index * noteSamples;
    for (let i = 0; i < noteSamples; i++) {
      const swell = Math.sin((Math.PI * i) / noteSamples);
      const t = i / sampleRate;
      out[start + i] =
        0.18 *
        swell *
        (Math.sin(2 * Math.PI * frequency * t) + 0.3 * Math.sin(4 * Math.PI * frequency * t));
    }
  });
  return out;
}
