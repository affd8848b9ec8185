import type { ActiveRun } from '../../shared/ipc';
import { foldRunUpdate, foldRunUpdates } from './fold-run-update';
import type { RunNotice } from './run-store';
import { IDLE_RUN, isUnderway } from './run-view';
import type { RunView } from './run-view';

/**
 * A run going on that this window's canvas does not show: a run of another flow than the one
 * open (left behind by New, Open or a template), or one another window or tab started. The
 * window names it and offers to open or stop it; it never paints it on this canvas.
 */
export interface RunElsewhere {
  runId: string;
  /** Its flow's name; empty when not known yet. */
  flow: string;
}

/**
 * Whether `view` holds `notice` already: a run attached from a snapshot has folded every update
 * before the snapshot's length, and a notice sent before the snapshot was taken may still come.
 */
export function alreadyFolded(view: RunView, notice: RunNotice): boolean {
  return notice.seq !== undefined && notice.seq < view.count;
}

/** The list after a notice of a run this canvas does not show: a start adds it, an end drops it. */
export function noteElsewhere(
  list: readonly RunElsewhere[],
  notice: RunNotice,
): readonly RunElsewhere[] {
  const { runId, update } = notice;
  if (update.type === 'finished') {
    return list.some((run) => run.runId === runId)
      ? list.filter((run) => run.runId !== runId)
      : list;
  }
  if (update.type === 'started' && !list.some((run) => run.runId === runId)) {
    return [...list, { runId, flow: update.flow }];
  }
  return list;
}

/** The list with the run `view` shows added, if it still goes on (the canvas moves off it). */
export function keepIfGoing(list: readonly RunElsewhere[], view: RunView): readonly RunElsewhere[] {
  const { runId } = view;
  if (runId === null || !isUnderway(view.phase) || list.some((run) => run.runId === runId)) {
    return list;
  }
  return [...list, { runId, flow: view.flow ?? '' }];
}

/** The view of a run going on: its snapshot, then the notices of it that came after. */
export function viewOfActive(run: ActiveRun, notices: readonly RunNotice[]): RunView {
  let view = foldRunUpdates(run.updates, {
    ...IDLE_RUN,
    runId: run.runId,
    flow: run.flow.name,
    phase: 'starting',
  });
  for (const notice of notices) {
    if (notice.runId === run.runId && !alreadyFolded(view, notice)) {
      view = foldRunUpdate(view, notice.update);
    }
  }
  return view;
}

/** Whether a snapshot shows its run ended (it ended just as the snapshot was taken). */
export function hasEnded(run: ActiveRun): boolean {
  return run.updates.at(-1)?.type === 'finished';
}

/**
 * Runs the notice names one by one; more are counted in one line. A window may see many at once
 * (runs started by scripts through the same backend), and a notice each would bury the canvas.
 */
export const LISTED_RUNS = 3;

/**
 * The runs going on elsewhere that the notice names, the newest (a run moved off this canvas by
 * New or Open is added last), and how many older ones it only counts.
 */
export function listedRuns(elsewhere: readonly RunElsewhere[]) {
  return {
    listed: elsewhere.slice(-LISTED_RUNS),
    more: Math.max(0, elsewhere.length - LISTED_RUNS),
  };
}
