import { z } from 'zod';
import { createStore } from 'zustand/vanilla';

/** The built-in engine's entry in the voice choice. */
export const BUILT_IN_VOICE = 'builtin';

/** How the user wants to hear calls; kept in localStorage, per machine. */
export interface SoundSettings {
  /** The speaker toggle: on by default. */
  enabled: boolean;
  /** 0 to 1. */
  volume: number;
  /** `builtin` (eSpeak NG) or a system voice's `voiceURI`. */
  voice: string;
}

const KEY = 'legflow.sound';
const DEFAULTS: SoundSettings = { enabled: true, volume: 0.8, voice: BUILT_IN_VOICE };

/**
 * What may be read back from storage, field by field: the storage is the user's to edit, so a
 * field that is not well formed falls back to its default and the others are kept.
 */
const savedSettingsSchema = z
  .object({
    enabled: z.boolean().catch(DEFAULTS.enabled),
    volume: z.number().min(0).max(1).catch(DEFAULTS.volume),
    voice: z.string().min(1).catch(DEFAULTS.voice),
  })
  .catch(DEFAULTS);

/** Reads the saved settings, keeping only well-formed fields. */
export function readSoundSettings(saved: string | null): SoundSettings {
  let parsed: unknown = null;
  try {
    parsed = saved ? JSON.parse(saved) : null;
  } catch {
    parsed = null;
  }
  return savedSettingsSchema.parse(parsed ?? {});
}

function load(): SoundSettings {
  try {
    return readSoundSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULTS;
  }
}

/** The window's sound settings; every change is saved. */
export const soundSettingsStore = createStore<SoundSettings>()(() => load());

soundSettingsStore.subscribe((settings) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or refused: the setting still holds for this session.
  }
});
