import { useEffect, useState } from 'react';
import { useRunStoreApi } from '../run/run-context';
import { shownRun } from '../run/run-store';
import type { RunView } from '../run/run-view';
import { followAtMostEvery } from './follow-at-most-every';

/**
 * At most this often, after the first, the dock's panels take a run's updates. A fast run sends
 * fifty a second; nobody reads a timeline at that rate, and each new line made the browser lay
 * out and re-record the dock in the same frames as the canvas's glow (tests/bench/glow-latency).
 */
export const PANEL_UPDATE_MS = 100;

/**
 * The run the panels show: the replay when one is open, else the live run. A change after a
 * quiet spell shows at once; the changes that follow within `PANEL_UPDATE_MS` show together.
 */
export function useShownRun(): RunView {
  const store = useRunStoreApi();
  const [view, setView] = useState(() => shownRun(store.getState()));
  useEffect(() => {
    // Whatever changed between the first render and now.
    setView(shownRun(store.getState()));
    return followAtMostEvery(store, shownRun, PANEL_UPDATE_MS, setView);
  }, [store]);
  return view;
}

/** Platform ms since the run started, as "+1.25 s". */
export function sinceStart(view: RunView, at: number): string {
  return `+${((at - (view.startedAt ?? at)) / 1000).toFixed(2)} s`;
}
