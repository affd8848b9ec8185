import { createStore } from 'zustand/vanilla';
import type { PaceState as PaceMessage } from '../../shared/ipc/pace-contract';

/** Where virtual (platform) time stood at one real moment (`performance.now()`). */
export interface PaceAnchor {
  virtualMs: number;
  realMs: number;
}

export interface PaceState {
  /** Virtual ms per real ms of the Simulator profile's session: what the toolbar shows. */
  speed: number;
  /** Whether the speed can be changed (not on an exact-time simulator). */
  adjustable: boolean;
  /** The latest known virtual time, for reckoning a countdown between updates. */
  anchor: PaceAnchor | null;
}

export interface PaceActions {
  /** The backend told the pace (asked, changed in a window, or a command's reply). */
  received(message: PaceMessage, realMs?: number): void;
  /** A moment of virtual time was seen (a run update's `at`, a skip's end). */
  sawTime(virtualMs: number, realMs?: number): void;
}

export type PaceStore = PaceState & PaceActions;

/**
 * The virtual time now, reckoned from the last moment seen and the speed since then; null
 * before any was seen.
 */
export function virtualNow(state: PaceState, realMs: number = performance.now()): number | null {
  const { anchor } = state;
  if (!anchor) return null;
  return anchor.virtualMs + (realMs - anchor.realMs) * state.speed;
}

/** Makes a pace store; the window has one, {@link paceStore}, and tests make their own. */
export function createPaceStore() {
  return createStore<PaceStore>()((set, get) => ({
    speed: 1,
    adjustable: true,
    anchor: null,
    received(message, realMs = performance.now()) {
      const state = get();
      // Keep the reckoning continuous across a change of speed: what passed, passed at the old one.
      const reckoned = virtualNow(state, realMs);
      const virtualMs = message.now ?? reckoned;
      set({
        speed: message.speed,
        adjustable: message.adjustable,
        anchor: virtualMs === null ? state.anchor : { virtualMs, realMs },
      });
    },
    sawTime(virtualMs, realMs = performance.now()) {
      set({ anchor: { virtualMs, realMs } });
    },
  }));
}

/**
 * The Simulator's pace as this window knows it. One for the whole window (the audio plays at
 * `paceStore.getState().speed`), fed by connect-pace.ts: asked when the app opens, then told of
 * every change made in any window or in Settings.
 */
export const paceStore = createPaceStore();
