import { useOptionalRun } from './run-context';
import { shownRun } from './run-store';
import type { RunView } from './run-view';

/** How a line looks in the run shown: `flowing` into the node the call is on, else `taken`. */
export type EdgeRunMark = 'flowing' | 'taken';

/** The mark of the line leaving `from` by `port` into `to`, or undefined when not taken. */
export function edgeRunMark(
  view: RunView,
  from: string,
  port: string,
  to: string,
): EdgeRunMark | undefined {
  if (!view.taken[`${from}:${port}`]) return undefined;
  return view.current?.nodeId === to && view.phase === 'running' ? 'flowing' : 'taken';
}

/** The run's mark on one canvas line; the line re-renders only when its own mark changes. */
export function useEdgeRunMark(from: string, port: string, to: string): EdgeRunMark | undefined {
  return useOptionalRun((store) => edgeRunMark(shownRun(store), from, port, to));
}
