import type { FlowDocument } from '../../shared/flow';
import type { FlowRun, RunUpdate } from '../runner';
import type { RunSummary } from './run-history';

/**
 * A run going on, as a window that opens (or a tab opened again) finds it: enough to show it as
 * if it had been watching from the start (its flow, where that flow is kept, its breakpoints and
 * every update so far) and to steer it.
 */
export interface ActiveRun {
  runId: string;
  profile: string;
  flow: FlowDocument;
  /** Where the flow was saved when the run started (a workspace path), or null if it was not. */
  path: string | null;
  /** ISO time the run started. */
  startedAt: string;
  breakpoints: string[];
  updates: RunUpdate[];
}

/** What the service keeps of a run while it goes: its run, and everything a window needs. */
export interface GoingRun extends Omit<ActiveRun, 'runId' | 'updates' | 'breakpoints'> {
  run: FlowRun;
  breakpoints: readonly string[];
  /** Every update so far, in order; an update's index is its `seq` in the notice. */
  updates: RunUpdate[];
}

/** The snapshot of one going run that `run.active` answers with. */
export function activeRunOf(going: GoingRun): ActiveRun {
  return {
    runId: going.run.id,
    profile: going.profile,
    flow: going.flow,
    path: going.path,
    startedAt: going.startedAt,
    breakpoints: [...going.breakpoints],
    updates: [...going.updates],
  };
}

/** The reason History gives for a run in progress. */
export const RUNNING_REASON = 'The run is going on.';

/**
 * History as it is: a run whose log has no end yet is `running` while it goes (its log reads
 * as `interrupted` otherwise, which is what a run cut short by a crash is).
 */
export function withGoingRuns(summary: RunSummary, going: ReadonlySet<string>): RunSummary {
  return going.has(summary.runId)
    ? { ...summary, status: 'running', reason: RUNNING_REASON }
    : summary;
}
