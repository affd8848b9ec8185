import { useCallback } from 'react';
import type { ScenarioWire } from '../../shared/flow-tests';
import { useShowDialog } from '../files/dialog-host';
import { MessageDialog } from '../files/message-dialog';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useFlowTestsApi } from './flow-tests-context';
import { problemsOfError } from './problems-of-error';
import { ScenarioDialog } from './scenario-dialog';
import { useTestActions } from './use-test-actions';

/**
 * Opens the scenario form on `scenario`; saving it adds the test, or replaces the test called
 * `replacing`. Resolves true when it was saved.
 */
export function useEditScenario(): (
  scenario: ScenarioWire,
  options: { title: string; replacing?: string },
) => Promise<boolean> {
  const show = useShowDialog();
  const tests = useFlowTestsApi();
  const designer = useDesignerStoreApi();
  const actions = useTestActions();
  return useCallback(
    (scenario, { title, replacing }) => {
      const takenNames = new Set(
        tests
          .getState()
          .scenarios.map((s) => s.name)
          .filter((name) => name !== replacing),
      );
      const nodeIds = new Set(designer.getState().flow.nodes.map((node) => node.id));
      return show<boolean>((close) => (
        <ScenarioDialog
          title={title}
          scenario={scenario}
          nodeIds={nodeIds}
          takenNames={takenNames}
          onSave={async (edited) => {
            await actions.put(edited, replacing);
            close(true);
          }}
          onClose={() => close(false)}
        />
      ));
    },
    [actions, designer, show, tests],
  );
}

/** A name for a recorded run's test: the keys its callers pressed, else how it ended. */
export function suggestTestName(scenario: ScenarioWire, taken: ReadonlySet<string>): string {
  const keys = Object.values(scenario.parties).flatMap((persona) =>
    Array.isArray(persona.digits) ? (persona.digits as unknown[]).map(String) : [],
  );
  const pressed = keys.filter(Boolean);
  const base =
    pressed.length > 0
      ? `presses ${pressed.join(', then ')}`
      : `${scenario.expect.status ?? 'recorded'} run`;
  let name = base;
  for (let count = 2; taken.has(name); count++) name = `${base} (${count})`;
  return name;
}

/**
 * "Save as test": a finished simulator run (the one just run, or one in History) becomes a
 * scenario that replays it, expecting its path and status; the person names it and may edit
 * the expectation before it is kept with the flow's tests.
 */
export function useSaveRunAsTest(): (runId: string) => Promise<boolean> {
  const backend = useBackend();
  const show = useShowDialog();
  const tests = useFlowTestsApi();
  const edit = useEditScenario();
  return useCallback(
    async (runId) => {
      let scenario: ScenarioWire;
      try {
        scenario = (await backend.tests.fromRun({ runId, name: 'recorded run' })).scenario;
      } catch (error) {
        const [message, ...problems] = problemsOfError(error);
        await show<void>((close) => (
          <MessageDialog
            title="The run cannot become a test"
            message={message!}
            problems={problems}
            onClose={close}
          />
        ));
        return false;
      }
      const taken = new Set(tests.getState().scenarios.map((s) => s.name));
      return edit(
        { ...scenario, name: suggestTestName(scenario, taken) },
        { title: 'Save the run as a test' },
      );
    },
    [backend, edit, show, tests],
  );
}
