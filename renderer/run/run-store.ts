import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { ActiveRun, RunSummary, RunUpdateMessage } from '../../shared/ipc';
import { foldRunUpdate, foldRunUpdates } from './fold-run-update';
import { IDLE_RUN, startingRun } from './run-view';
import type { RunView } from './run-view';
import {
  alreadyFolded,
  hasEnded,
  keepIfGoing,
  noteElsewhere,
  viewOfActive,
} from './runs-elsewhere';
import type { RunElsewhere } from './runs-elsewhere';

/** One update of one run, as `run.update` brings it; `seq` is its place in the run, from 0. */
export interface RunNotice {
  runId: string;
  update: RunUpdateMessage;
  seq?: number;
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
  /**
   * The run of the flow on this canvas, live: started from this window, or one going on that
   * the window attached to. Opening another flow moves it off (to `elsewhere` if it goes on).
   */
  live: RunView;
  /** A kept run being replayed; while set, the canvas and panels show it instead. */
  replay: Replay | null;
  /** Node ids of the open flow to pause before, kept between its runs. */
  breakpoints: readonly string[];
  /**
   * Updates of runs whose id this window does not know yet: they can beat `run.start`'s reply,
   * or `run.active`'s while the window attaches.
   */
  early: readonly RunNotice[];
  /** Runs going on that this canvas does not show (of another flow, or another window's). */
  elsewhere: readonly RunElsewhere[];
  /** Set while `run.active` is asked: updates of runs not shown wait in `early` for its reply. */
  attaching: boolean;
  /** Set while `run.start` is asked: its run's updates wait in `early` for its id. */
  startPending: boolean;
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
  /** `run.active` was asked: keep the updates of runs not shown until it answers. */
  startAttaching(): void;
  /**
   * `run.active` answered with the runs going on: show `follow` on this canvas (its snapshot,
   * then the updates that came since), and list the others as going elsewhere.
   */
  attached(active: readonly ActiveRun[], follow: string | null): void;
  /** `run.active` failed: the lists stay as they were, with what came while asking. */
  attachFailed(): void;
  /**
   * Another flow was opened (New, Open, a template, a replay's copy): nothing of the last
   * flow's run stays on the canvas, the panels or the status line; a run still going is kept
   * in `elsewhere`. Breakpoints belonged to the last flow's nodes and go too.
   */
  documentChanged(): void;
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
    elsewhere: [],
    attaching: false,
    startPending: false,
    ...initial,

    begin: () =>
      set((state) => ({
        live: startingRun(),
        elsewhere: keepIfGoing(state.elsewhere, state.live),
        early: state.attaching ? state.early : [],
        replay: null,
        startPending: true,
      })),
    adopt(runId) {
      const { live, early, elsewhere, attaching } = get();
      const mine = early.filter((notice) => notice.runId === runId).map(({ update }) => update);
      const others = early.filter((notice) => notice.runId !== runId);
      const adopted = foldRunUpdates(mine, { ...startingRun(), runId });
      let away = attaching ? elsewhere : others.reduce(noteElsewhere, elsewhere);
      // Another flow was opened while the run was being started: it is not this canvas's.
      const here = live.phase === 'starting' && live.runId === null;
      if (!here) away = keepIfGoing(away, adopted);
      set({
        ...(here && { live: adopted }),
        elsewhere: away,
        early: attaching ? others : [],
        startPending: false,
      });
    },
    abandon: () =>
      set((state) => ({
        live: IDLE_RUN,
        early: state.attaching ? state.early : [],
        startPending: false,
      })),
    receive(notices) {
      const { live, early, elsewhere, attaching, startPending } = get();
      let view = live;
      let away = elsewhere;
      const waiting: RunNotice[] = [];
      for (const notice of notices) {
        if (view.runId !== null && notice.runId === view.runId) {
          if (!alreadyFolded(view, notice)) view = foldRunUpdate(view, notice.update);
        } else if (attaching || startPending) {
          waiting.push(notice);
        } else {
          away = noteElsewhere(away, notice);
        }
      }
      set({
        ...(view !== live && { live: view }),
        ...(away !== elsewhere && { elsewhere: away }),
        ...(waiting.length > 0 && { early: [...early, ...waiting].slice(-EARLY_LIMIT) }),
      });
    },
    startAttaching: () => set({ attaching: true }),
    attached(active, follow) {
      const state = get();
      const chosen = active.find((run) => run.runId === follow && !hasEnded(run));
      let { live, breakpoints } = state;
      let away: readonly RunElsewhere[] = state.elsewhere.filter((run) => known(active, run.runId));
      if (chosen && chosen.runId !== live.runId) {
        away = keepIfGoing(away, live);
        live = viewOfActive(chosen, state.early);
        breakpoints = chosen.breakpoints;
      }
      for (const run of active) {
        if (run.runId === live.runId || hasEnded(run)) continue;
        if (!away.some((listed) => listed.runId === run.runId)) {
          away = [...away, { runId: run.runId, flow: run.flow.name }];
        }
      }
      // What came while asking: ends of runs listed, starts of runs begun since the snapshot.
      for (const notice of state.early) {
        if (notice.runId !== live.runId) away = noteElsewhere(away, notice);
      }
      away = away.filter((run) => run.runId !== live.runId);
      // A run being started meanwhile still waits for its early updates.
      const early = state.startPending
        ? state.early.filter((notice) => !known(active, notice.runId))
        : [];
      set({ live, breakpoints, elsewhere: away, early, attaching: false });
    },
    attachFailed: () =>
      set((state) => ({
        attaching: false,
        elsewhere: state.early.reduce(noteElsewhere, state.elsewhere),
        early: state.startPending ? state.early : [],
      })),
    documentChanged: () =>
      set((state) => ({
        live: IDLE_RUN,
        replay: null,
        breakpoints: [],
        elsewhere: keepIfGoing(state.elsewhere, state.live),
        early: state.attaching || state.startPending ? state.early : [],
      })),
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

const known = (active: readonly ActiveRun[], runId: string) =>
  active.some((run) => run.runId === runId);

/** What the canvas and panels show: the replay when one is open, else the live run. */
export function shownRun(state: RunState): RunView {
  return state.replay?.view ?? state.live;
}
