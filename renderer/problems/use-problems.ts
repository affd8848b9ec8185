import type { Problem } from '../../shared/flow/problem';
import { useDesigner } from '../store/designer-context';
import { problemsOf } from './problems-of';

/**
 * The live validation problems of the flow being edited. Selecting through the memo means a
 * drag, which only moves nodes, does not re-render the caller.
 */
export function useProblems(): Problem[] {
  return useDesigner((state) => problemsOf(state.flow));
}
