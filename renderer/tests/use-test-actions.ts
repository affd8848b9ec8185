import { useMemo } from 'react';
import type { ScenarioWire } from '../../shared/flow-tests';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useFlowTestsApi } from './flow-tests-context';
import { problemsOfError } from './problems-of-error';

/** What the Tests tab and "Save as test" do with the flow's tests. */
export interface TestActions {
  /** Runs these tests (all when none are named) with exact time on the flow as it is now. */
  run(names?: readonly string[]): Promise<void>;
  /**
   * Keeps `scenarios` as the flow's tests: written beside a saved flow, in memory for an
   * unsaved one (written on its first save). Rejects with the backend's refusal, whose
   * problems name each field, so a form can show them.
   */
  keep(scenarios: readonly ScenarioWire[]): Promise<void>;
  /** Adds `scenario` after the others, or puts it in place of the test called `replacing`. */
  put(scenario: ScenarioWire, replacing?: string): Promise<void>;
  /** Removes a test; a refusal is shown in the Tests tab. */
  remove(name: string): Promise<void>;
}

export function useTestActions(): TestActions {
  const backend = useBackend();
  const tests = useFlowTestsApi();
  const designer = useDesignerStoreApi();
  return useMemo(() => {
    const keep = async (scenarios: readonly ScenarioWire[]) => {
      const { owner, unreadable } = tests.getState();
      if (unreadable) {
        throw new Error(
          'The flow’s tests file cannot be read (see the Tests tab); fix it first, so the tests in it are not written over.',
        );
      }
      if (owner && 'path' in owner) {
        await backend.tests.write({ path: owner.path, scenarios: [...scenarios] });
        tests.getState().setScenarios(scenarios, true);
      } else {
        tests.getState().setScenarios(scenarios, false);
      }
    };
    return {
      async run(names) {
        const state = tests.getState();
        const chosen = names
          ? state.scenarios.filter((scenario) => names.includes(scenario.name))
          : state.scenarios;
        if (chosen.length === 0 || state.running.length > 0) return;
        state.startRunning(chosen.map((scenario) => scenario.name));
        const stillHere = () => tests.getState().generation === state.generation;
        try {
          const flow = designer.getState().flow;
          const reply = await backend.tests.run({ flow, scenarios: [...chosen] });
          if (stillHere()) tests.getState().finishRunning(reply.results);
        } catch (error) {
          if (!stillHere()) return;
          tests.getState().finishRunning([]);
          tests.getState().failed(problemsOfError(error));
        }
      },
      keep,
      put(scenario, replacing) {
        const { scenarios } = tests.getState();
        const at = replacing === undefined ? -1 : scenarios.findIndex((s) => s.name === replacing);
        const next =
          at < 0 ? [...scenarios, scenario] : scenarios.map((s, i) => (i === at ? scenario : s));
        return keep(next);
      },
      async remove(name) {
        // No form to show a refusal in: the tab shows it.
        try {
          await keep(tests.getState().scenarios.filter((scenario) => scenario.name !== name));
        } catch (error) {
          tests.getState().failed(problemsOfError(error));
        }
      },
    };
  }, [backend, designer, tests]);
}
