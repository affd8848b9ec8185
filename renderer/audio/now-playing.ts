import { createStore } from 'zustand/vanilla';
import { noteLine } from './output/audio-probe';

/** What the call sounds like now, in words: for the Phone tab, with the sound on or off. */
export interface NowPlaying {
  /** "Speaking (Hindi): नमस्ते…", "Tone 5", "Ringing", "Hold music"; empty when quiet. */
  line: string;
  /** Something the user should know about sound, e.g. audio that could not be fetched. */
  note: string;
}

/** The window's one "Now playing" line, set by the call audio and shown by the Phone tab. */
export const nowPlayingStore = createStore<NowPlaying>()(() => ({ line: '', note: '' }));

nowPlayingStore.subscribe(({ line }) => noteLine(line));

/** Longest stretch of a Say's text shown; the rest becomes "…". */
const SHOWN_CHARACTERS = 60;

/** Made once: making a segmenter costs milliseconds, and every Say of a run is shortened. */
let segmenter: Intl.Segmenter | null = null;

/** A Say's text, shortened for one line: whole characters, never half a Devanagari cluster. */
export function shortText(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // No more characters than that in all: nothing to cut, and no segmenter to wake (its first
  // use loads the script data, 20 ms and more on a slow machine).
  if (clean.length <= SHOWN_CHARACTERS) return clean;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const graphemes = Array.from(segmenter.segment(clean), (part) => part.segment);
  return graphemes.length > SHOWN_CHARACTERS
    ? `${graphemes.slice(0, SHOWN_CHARACTERS).join('').trimEnd()}…`
    : clean;
}
