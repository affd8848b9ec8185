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

/** Reads the saved settings, keeping only well-formed fields (the storage is the user's to edit). */
export function readSoundSettings(saved: string | null): SoundSettings {
  let parsed: unknown = null;
  try {
    parsed = saved ? JSON.parse(saved) : null;
  } catch {
    parsed = null;
  }
  const value = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<
    Record<keyof SoundSettings, unknown>
  >;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULTS.enabled,
    volume:
      typeof value.volume === 'number' && value.volume >= 0 && value.volume <= 1
        ? value.volume
        : DEFAULTS.volume,
    voice: typeof value.voice === 'string' && value.voice !== '' ? value.voice : DEFAULTS.voice,
  };
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
