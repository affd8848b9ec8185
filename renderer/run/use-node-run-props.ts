import { useShallow } from 'zustand/react/shallow';
import { useOptionalRun } from './run-context';
import { shownRun } from './run-store';
import { nodeRunState } from './node-run-state';

/**
 * The attributes a canvas node carries for the run shown (live or replayed): `data-run-state`,
 * `data-visits` (drawn as a count by run.css) and `data-breakpoint`. Spread on the node's root;
 * the node re-renders only when its own values change.
 */
export function useNodeRunProps(nodeId: string) {
  const { state, visits, breakpoint } = useOptionalRun(
    useShallow((store) => {
      const view = shownRun(store);
      return {
        state: nodeRunState(view, nodeId),
        visits: view.visits[nodeId] ?? 0,
        breakpoint: store.breakpoints.includes(nodeId),
      };
    }),
  );
  return {
    'data-run-state': state,
    'data-visits': visits > 0 ? String(visits) : undefined,
    'data-breakpoint': breakpoint ? 'on' : undefined,
  };
}
