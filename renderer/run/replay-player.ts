import type { StoreApi } from 'zustand';
import { nextReplayStep } from './replay-timing';
import type { ReplayStep } from './replay-timing';
import type { Replay, RunStore } from './run-store';

/** The timers a replay plays by; tests hand in fake ones. */
export interface ReplayTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The window's own timers. */
export const WINDOW_TIMERS: ReplayTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How often a countdown in a long gap is brought up to date, in real ms. */
export const COUNTDOWN_TICK_MS = 250;

/** Whether a change of the replay asks for the next step to be timed again. */
function movedOn(now: Replay | null, before: Replay | null): boolean {
  return (
    now?.playing !== before?.playing ||
    now?.position !== before?.position ||
    now?.speed !== before?.speed ||
    now?.updates !== before?.updates
  );
}

/**
 * Plays the store's replay while its `playing` is set: waits each gap of the run (at the chosen
 * speed, capped) and then shows the next updates, until the end. The one timer it keeps is
 * cleared whenever the replay pauses, is scrubbed, changes speed or closes, so nothing fires for
 * a replay that is gone. It lives with the store rather than the replay bar, so switching dock
 * tabs does not stop a replay. Returns a function that stops it for good.
 */
export function playReplays(store: StoreApi<RunStore>, timers: ReplayTimers): () => void {
  let timer: unknown = null;
  const clear = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  /** Waits `realMs` of a step's gap, counting its run time down in ticks when it is long. */
  const wait = (step: ReplayStep, realMs: number) => {
    if (step.countdown) {
      // The share of the gap still to wait, in the run's own time.
      const runMsLeft = step.realMs > 0 ? (step.runMs * realMs) / step.realMs : 0;
      store.getState().setReplayWait({ runMsLeft, shortened: step.shortened });
    }
    if (!step.countdown || realMs <= COUNTDOWN_TICK_MS) {
      timer = timers.set(() => {
        timer = null;
        store.getState().advanceReplay(step.count);
      }, realMs);
      return;
    }
    timer = timers.set(() => wait(step, realMs - COUNTDOWN_TICK_MS), COUNTDOWN_TICK_MS);
  };

  const schedule = () => {
    clear();
    const replay = store.getState().replay;
    if (!replay?.playing) return;
    const step = nextReplayStep(replay.updates, replay.position, replay.speed);
    if (step) wait(step, step.realMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (movedOn(state.replay, previous.replay)) schedule();
  });
  return () => {
    unsubscribe();
    clear();
  };
}
