/** What was started, by kind: what the Phone tab's sound did, for end-to-end tests to read. */
export type SoundKind = 'speech' | 'system-speech' | 'tone' | 'ring' | 'hold' | 'file' | 'hang-up';

const started: Record<SoundKind, number> = {
  speech: 0,
  'system-speech': 0,
  tone: 0,
  ring: 0,
  hold: 0,
  file: 0,
  'hang-up': 0,
};

/** "Now playing" lines kept for the probe, newest last. */
const LINES_KEPT = 50;
const lines: string[] = [];
let speechEngineReady = false;

/**
 * A read-only account of the sounds the app has started, on `window.legflowAudioProbe`: there
 * is no way to listen to a headless browser, so tests check that a source was started (or that
 * none was, with the sound off), and which "Now playing" lines were shown, however briefly.
 * It holds counts and words only, never audio.
 */
export interface AudioProbe {
  readonly total: number;
  readonly started: Readonly<Record<SoundKind, number>>;
  readonly lines: readonly string[];
  /** Whether the built-in speech engine has loaded (it loads in the background). */
  readonly speechEngineReady: boolean;
}

const probe: AudioProbe = {
  get total() {
    return Object.values(started).reduce((sum, count) => sum + count, 0);
  },
  get started() {
    return { ...started };
  },
  get lines() {
    return [...lines];
  },
  get speechEngineReady() {
    return speechEngineReady;
  },
};

/** Notes a "Now playing" line that was shown. */
export function noteLine(line: string): void {
  if (!line || lines.at(-1) === line) return;
  lines.push(line);
  if (lines.length > LINES_KEPT) lines.shift();
}

/** Notes that the speech engine has loaded. */
export function noteSpeechEngineReady(): void {
  speechEngineReady = true;
}

declare global {
  interface Window {
    legflowAudioProbe?: AudioProbe;
  }
}

/** Counts one started source; the first count puts the probe on `window`. */
export function countStarted(kind: SoundKind): void {
  started[kind] += 1;
  exposeAudioProbe();
}

/** Puts the probe on `window` (once), so a test can read zeros before anything plays. */
export function exposeAudioProbe(): void {
  if (typeof window !== 'undefined' && !window.legflowAudioProbe) {
    Object.defineProperty(window, 'legflowAudioProbe', { value: probe, writable: false });
  }
}
