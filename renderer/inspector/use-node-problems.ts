import { useShallow } from 'zustand/react/shallow';
import type { Problem } from '../../shared/flow';
import { problemsOf } from '../problems/problems-of';
import { useDesigner } from '../store/designer-context';

/**
 * The validation problems of some nodes, live: the same problems the Problems panel lists.
 * Re-renders only when those problems change, not while a node is dragged.
 */
export function useNodeProblems(nodeIds: readonly string[]): Problem[] {
  return useDesigner(
    useShallow((state) =>
      problemsOf(state.flow).filter(
        (problem) => problem.nodeId !== undefined && nodeIds.includes(problem.nodeId),
      ),
    ),
  );
}
