/** One thing to do with sound, decided from a run's updates (sound-cues.ts). */
export type SoundCue =
  /** Speak a Say; `durationMs` is virtual, every loop included (the simulator's own rule). */
  | {
      kind: 'speak';
      leg: string;
      text: string;
      language: unknown;
      loop: unknown;
      durationMs: number;
    }
  /** Play a Play's audio file `plays` times. */
  | { kind: 'play-url'; leg: string; url: string; plays: number }
  /** Loop hold music: the Hold's own file, or the generated pattern when it has none. */
  | { kind: 'hold-music'; leg: string; url: string | null }
  /** Stop what a leg is hearing of one kind: a Say, a Play, or hold music. */
  | { kind: 'stop'; leg: string; what: 'say' | 'play' | 'hold' }
  /** A leg rings: ring-back until `ring-stop`. */
  | { kind: 'ring'; leg: string }
  | { kind: 'ring-stop'; leg: string }
  /** Keys pressed, reported by the run (a scripted party's keys, SendDigits). */
  | { kind: 'dtmf'; leg: string; digits: string }
  /** A leg ended: everything it was hearing stops and the hang-up tone sounds. */
  | { kind: 'hang-up'; leg: string }
  /** The run ended (or replay jumped): silence everything. */
  | { kind: 'stop-all' };
