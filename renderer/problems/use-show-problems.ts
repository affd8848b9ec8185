import { useCallback } from 'react';
import type { Problem } from '../../shared/flow/problem';
import { useFocusNode } from '../canvas/use-focus-node';
import { useDockStoreApi } from '../dock/dock-context';

/** The Problems tab's id in the dock. */
export const PROBLEMS_TAB = 'problems';

/**
 * Returns a function that turns the dock to the Problems tab and brings the first of `problems`
 * that belongs to a node into view, selected, so the inspector shows what to fix.
 * Needs a surrounding ReactFlowProvider.
 */
export function useShowProblems(): (problems: readonly Problem[]) => void {
  const dock = useDockStoreApi();
  const focusNode = useFocusNode();
  return useCallback(
    (problems) => {
      dock.getState().show(PROBLEMS_TAB);
      const nodeId = problems.find((problem) => problem.nodeId !== undefined)?.nodeId;
      if (nodeId !== undefined) focusNode(nodeId);
    },
    [dock, focusNode],
  );
}
