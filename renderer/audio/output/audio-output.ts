import { countStarted } from './audio-probe';
import type { SoundKind } from './audio-probe';

/** A sound that is playing; `stop` may be called more than once. */
export interface PlayingSound {
  stop(): void;
}

let context: AudioContext | null = null;
let master: GainNode | null = null;
let volume = 0.8;

/**
 * Creates the app's one AudioContext, or resumes it. Browsers start audio only after a user
 * gesture, so this runs from the first click or key press (see unlockOnFirstGesture).
 */
export function ensureAudioContext(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  if (!context) {
    context = new AudioContext();
    master = context.createGain();
    master.gain.value = volume;
    master.connect(context.destination);
  }
  if (context.state === 'suspended') void context.resume();
  return context;
}

/**
 * Starts the context on the first click or key press anywhere in the window, then calls
 * `then` (once the output's sample rate is known).
 */
export function unlockOnFirstGesture(then: () => void = () => {}): void {
  const unlock = () => {
    ensureAudioContext();
    then();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
}

/** Sets the master volume, 0 to 1. */
export function setOutputVolume(level: number): void {
  volume = Math.min(1, Math.max(0, level));
  if (master && context) master.gain.setTargetAtTime(volume, context.currentTime, 0.02);
}

/** The master volume, 0 to 1, for sounds that do not go through the context (system voices). */
export function outputVolume(): number {
  return volume;
}

/**
 * Plays mono samples (-1..1) at `sampleRate`, once or looped. Returns null, and plays nothing,
 * while there is no context yet (no gesture so far).
 */
export function playSamples(
  samples: Float32Array,
  sampleRate: number,
  kind: SoundKind,
  options: { loop?: boolean } = {},
): PlayingSound | null {
  const audio = context;
  if (!audio || !master || samples.length === 0) return null;
  const source = sourceOf(audio, master, samples, sampleRate, options.loop ?? false);
  source.start();
  countStarted(kind);
  return stopper(source);
}

function sourceOf(
  audio: AudioContext,
  output: AudioNode,
  samples: Float32Array,
  sampleRate: number,
  loop: boolean,
): AudioBufferSourceNode {
  const buffer = audio.createBuffer(1, samples.length, sampleRate);
  buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
  const source = audio.createBufferSource();
  source.buffer = buffer;
  source.loop = loop;
  source.connect(output);
  return source;
}

function stopper(source: AudioBufferSourceNode): PlayingSound {
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      source.stop();
      source.disconnect();
    },
  };
}

/** The AudioContext's clock, seconds; null before the first gesture made one. */
export function soundClock(): number | null {
  return context?.currentTime ?? null;
}

/**
 * Plays mono samples (-1..1) from `at` on the context's clock: pieces of speech scheduled end
 * to end. Counted by the caller, once per utterance rather than per piece.
 */
export function scheduleSamples(
  samples: Float32Array,
  sampleRate: number,
  _kind: SoundKind,
  at: number,
): PlayingSound | null {
  const audio = context;
  if (!audio || !master || samples.length === 0) return null;
  const source = sourceOf(audio, master, samples, sampleRate, false);
  source.start(at);
  return stopper(source);
}

/** The context's sample rate, for synthesizing tones at it (48 kHz before there is one). */
export function outputSampleRate(): number {
  return context?.sampleRate ?? 48_000;
}
