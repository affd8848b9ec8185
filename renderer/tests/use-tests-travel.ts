import { useCallback } from 'react';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useFlowTestsApi } from './flow-tests-context';
import type { FlowTestsState } from './flow-tests-store';
import { problemsOfError } from './problems-of-error';

/** The tests as they were before a save: whose they were, and whether they are on disk. */
export type TestsBeforeSave = Pick<FlowTestsState, 'owner' | 'scenarios' | 'unsaved'>;

/**
 * Makes the flow's tests go where the flow was saved: `snapshot()` before the save, then
 * `carry(before, path)` once the flow is on disk at `path`. Tests edited in memory (an unsaved
 * flow's) are written there; otherwise the tests file of the flow's old file, or of the
 * template it came from, is copied beside it. A failure leaves the flow saved and says so.
 */
export function useTestsTravel() {
  const backend = useBackend();
  const tests = useFlowTestsApi();
  const designer = useDesignerStoreApi();
  const snapshot = useCallback((): TestsBeforeSave => {
    const { owner, scenarios, unsaved } = tests.getState();
    return { owner, scenarios, unsaved };
  }, [tests]);
  const carry = useCallback(
    async (before: TestsBeforeSave, path: string) => {
      const { owner } = before;
      const samePlace = owner !== null && 'path' in owner && owner.path === path;
      try {
        if (before.unsaved || (owner === null && before.scenarios.length > 0)) {
          await backend.tests.write({ path, scenarios: [...before.scenarios] });
        } else if (owner !== null && !samePlace) {
          await backend.tests.copy({ from: owner, to: path });
        }
        // Edits made while saving stay in memory, to be written with the next save.
        if (tests.getState().scenarios === before.scenarios) tests.getState().savedAt(path);
        else tests.setState({ owner: { path } });
      } catch (error) {
        const [message] = problemsOfError(error);
        designer
          .getState()
          .notify(`The flow was saved, but its tests were not: ${message}`, 'refusal');
      }
    },
    [backend, designer, tests],
  );
  return { snapshot, carry };
}
