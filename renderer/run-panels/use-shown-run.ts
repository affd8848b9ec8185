import { useRun } from '../run/run-context';
import { shownRun } from '../run/run-store';
import type { RunView } from '../run/run-view';

/** The run the panels show: the replay when one is open, else the live run. */
export function useShownRun(): RunView {
  return useRun(shownRun);
}

/** Platform ms since the run started, as "+1.25 s". */
export function sinceStart(view: RunView, at: number): string {
  return `+${((at - (view.startedAt ?? at)) / 1000).toFixed(2)} s`;
}
