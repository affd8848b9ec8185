import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { ActiveRun, RunSummary, RunUpdateMessage } from '../../shared/ipc';
import { foldRunUpdate, foldRunUpdates } from './fold-run-update';
import { playReplays, WINDOW_TIMERS } from './replay-player';
import type { ReplayTimers } from './replay-player';
import { DEFAULT_REPLAY_SPEED } from './replay-timing';
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

/** A playing replay sitting in a long gap of the run (a Wait, a Gather's time-out). */
export interface ReplayWait {
  /** How much of the run's own time is left of the gap, in ms: the countdown. */
  runMsLeft: number;
  /** The gap is played shorter than it was (replay-timing.ts's LONGEST_REPLAY_GAP_MS). */
  shortened: boolean;
}

/** A kept run opened for replay, and where its scrubber stands. */
export interface Replay {
  summary: RunSummary;
  updates: readonly RunUpdateMessage[];
  /** How many updates are shown: 0 (before the start) to `updates.length` (the end). */
  position: number;
  view: RunView;
  /** Set while Play moves `position` on by itself, in the run's own time (replay-player.ts). */
  playing: boolean;
  /** Times faster than the run went; STEP_BY_STEP (0) shows one update per beat. */
  speed: number;
  /** Set while playing sits in a long gap, for its countdown; null otherwise. */
  waiting: ReplayWait | null;
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
  /** Opens a kept run at its end, paused, at the speed the last replay played at. */
  openReplay(summary: RunSummary, updates: readonly RunUpdateMessage[]): void;
  /** Moves the replay to `position` updates in, pausing it. */
  scrub(position: number): void;
  closeReplay(): void;
  /** Plays the replay on from its position; from the start when it stands at the end. */
  playReplay(): void;
  pauseReplay(): void;
  setReplaySpeed(speed: number): void;
  /** Shows `count` more updates, folded onto the view shown; pauses at the end. */
  advanceReplay(count: number): void;
  /** The replay player's countdown while it sits in a long gap. */
  setReplayWait(waiting: ReplayWait | null): void;
}

export type RunStore = RunState & RunActions;

/** Early updates kept at most: a window that never adopts them must not grow without end. */
const EARLY_LIMIT = 5_000;

/**
 * Creates one run store; each window (and each test) gets its own, handed down by context. Its
 * replay plays by `timers` (the window's own unless a test hands in others).
 */
export function createRunStore(
  initial: Partial<RunState> = {},
  timers: ReplayTimers = WINDOW_TIMERS,
): StoreApi<RunStore> {
  const store = createRunState(initial);
  playReplays(store, timers);
  return store;
}

function createRunState(initial: Partial<RunState>): StoreApi<RunStore> {
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
      set((state) => ({
        replay: {
          summary,
          updates,
          position: updates.length,
          view: foldRunUpdates(updates),
          playing: false,
          speed: state.replay?.speed ?? DEFAULT_REPLAY_SPEED,
          waiting: null,
        },
      }));
    },
    scrub(position) {
      const replay = get().replay;
      if (!replay) return;
      const at = Math.max(0, Math.min(replay.updates.length, Math.round(position)));
      set({ replay: { ...moveReplay(replay, at), playing: false, waiting: null } });
    },
    closeReplay: () => set({ replay: null }),
    playReplay() {
      const replay = get().replay;
      if (!replay || replay.updates.length === 0) return;
      const from = replay.position >= replay.updates.length ? moveReplay(replay, 0) : replay;
      set({ replay: { ...from, playing: true, waiting: null } });
    },
    pauseReplay() {
      const replay = get().replay;
      if (replay?.playing) set({ replay: { ...replay, playing: false, waiting: null } });
    },
    setReplaySpeed(speed) {
      const replay = get().replay;
      if (replay && replay.speed !== speed) set({ replay: { ...replay, speed, waiting: null } });
    },
    advanceReplay(count) {
      const replay = get().replay;
      if (!replay) return;
      const at = Math.min(replay.updates.length, replay.position + Math.max(0, count));
      const moved = moveReplay(replay, at);
      const playing = replay.playing && at < replay.updates.length;
      set({ replay: { ...moved, playing, waiting: null } });
    },
    setReplayWait(waiting) {
      const replay = get().replay;
      if (replay) set({ replay: { ...replay, waiting } });
    },
  }));
}

/**
 * The replay at `position`: forward, the updates in between are folded onto the view shown, so
 * playing costs one fold per update; back, the view is folded again from the start.
 */
function moveReplay(replay: Replay, position: number): Replay {
  if (position === replay.position) return replay;
  const view =
    position > replay.position
      ? foldRunUpdates(replay.updates.slice(replay.position, position), replay.view)
      : foldRunUpdates(replay.updates.slice(0, position));
  return { ...replay, position, view };
}

const known = (active: readonly ActiveRun[], runId: string) =>
  active.some((run) => run.runId === runId);

/** What the canvas and panels show: the replay when one is open, else the live run. */
export function shownRun(state: RunState): RunView {
  return state.replay?.view ?? state.live;
}
