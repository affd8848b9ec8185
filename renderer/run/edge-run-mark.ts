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
