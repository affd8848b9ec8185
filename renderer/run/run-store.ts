import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { RunSummary, RunUpdateMessage } from '../../shared/ipc';
import { foldRunUpdate, foldRunUpdates } from './fold-run-update';
import { IDLE_RUN, startingRun } from './run-view';
import type { RunView } from './run-view';

/** One update of one run, as `run.update` brings it. */
export interface RunNotice {
  runId: string;
  update: RunUpdateMessage;
}

/** A kept run opened for replay, and where its scrubber stands. */
export interface Replay {
  summary: RunSummary;
  updates: readonly RunUpdateMessage[];
  /** How many updates are shown: 0 (before the start) to `updates.length` (the end). */
  position: number;
  view: RunView;
}

export interface RunState {
  /** The run started from this window, live. */
  live: RunView;
  /** A kept run being replayed; while set, the canvas and panels show it instead. */
  replay: Replay | null;
  /** Node ids to pause before, kept between runs. */
  breakpoints: readonly string[];
  /** Updates of runs whose id this window does not know yet (they can beat `run.start`'s reply). */
  early: readonly RunNotice[];
}

export interface RunActions {
  /** A run was asked for: clear the last one's traces. */
  begin(): void;
  /** `run.start` replied: adopt the run, with any of its updates that came first. */
  adopt(runId: string): void;
  /** The run could not start. */
  abandon(): void;
  /** Folds a batch of notices (one animation frame's worth) in one state change. */
  receive(notices: readonly RunNotice[]): void;
  toggleBreakpoint(nodeId: string): readonly string[];
  openReplay(summary: RunSummary, updates: readonly RunUpdateMessage[]): void;
  scrub(position: number): void;
  closeReplay(): void;
}

export type RunStore = RunState & RunActions;

/** Early updates kept at most: a window that never adopts them must not grow without end. */
const EARLY_LIMIT = 5_000;

/** Creates one run store; each window (and each test) gets its own, handed down by context. */
export function createRunStore(initial: Partial<RunState> = {}): StoreApi<RunStore> {
  return createStore<RunStore>()((set, get) => ({
    live: IDLE_RUN,
    replay: null,
    breakpoints: [],
    early: [],
    ...initial,

    begin: () => set({ live: startingRun(), early: [], replay: null }),
    adopt(runId) {
      const { live, early } = get();
      const mine = early.filter((notice) => notice.runId === runId).map((notice) => notice.update);
      set({ live: foldRunUpdates(mine, { ...live, runId }), early: [] });
    },
    abandon: () => set({ live: IDLE_RUN, early: [] }),
    receive(notices) {
      const { live, early } = get();
      let view = live;
      const waiting: RunNotice[] = [];
      for (const notice of notices) {
        if (view.runId !== null && notice.runId === view.runId) {
          view = foldRunUpdate(view, notice.update);
        } else if (view.phase === 'starting' && view.runId === null) {
          waiting.push(notice);
        }
      }
      set({
        ...(view !== live && { live: view }),
        ...(waiting.length > 0 && { early: [...early, ...waiting].slice(-EARLY_LIMIT) }),
      });
    },
    toggleBreakpoint(nodeId) {
      const current = get().breakpoints;
      const breakpoints = current.includes(nodeId)
        ? current.filter((id) => id !== nodeId)
        : [...current, nodeId];
      set({ breakpoints });
      return breakpoints;
    },
    openReplay(summary, updates) {
      set({
        replay: { summary, updates, position: updates.length, view: foldRunUpdates(updates) },
      });
    },
    scrub(position) {
      const replay = get().replay;
      if (!replay) return;
      const at = Math.max(0, Math.min(replay.updates.length, Math.round(position)));
      set({
        replay: { ...replay, position: at, view: foldRunUpdates(replay.updates.slice(0, at)) },
      });
    },
    closeReplay: () => set({ replay: null }),
  }));
}

/** What the canvas and panels show: the replay when one is open, else the live run. */
export function shownRun(state: RunState): RunView {
  return state.replay?.view ?? state.live;
}
