import { flowCoverage, outputsTaken } from '../../shared/flow-tests';
import type { FlowCoverage, TakenOutput } from '../../shared/flow-tests';
import type { FlowDocument } from '../../shared/flow';
import { passed } from '../cli/run/junit-report';
import type { RunUpdate } from '../runner';
import { runScenario } from '../scenario/run-scenario';
import type { ScenarioOutcome } from '../scenario/run-scenario';
import type { RunTarget } from '../scenario/run-target';
import type { Scenario } from '../scenario/scenario-schema';

/**
 * A test's run is stopped after a day of platform time: a Wait may last an hour and a leg its
 * 14,400 s `time_limit`, and on the exact clock a day passes at once.
 */
export const DEFAULT_TIMEOUT_SECONDS = 86_400;

/** One test's result: the scenario's outcome, whether it passed, and the outputs it took. */
export interface FlowTestOutcome extends ScenarioOutcome {
  passed: boolean;
  outputs: TakenOutput[];
}

/** Every test's result, in the order given, and how much of the flow they covered together. */
export interface FlowTestsReport {
  outcomes: FlowTestOutcome[];
  coverage: FlowCoverage;
}

export interface RunFlowTestsOptions {
  /** Platform seconds after which one test's run is stopped; a day by default. */
  timeoutSeconds?: number;
  /** Each update of each test's run, with the test's index. */
  onUpdate?: (index: number, update: RunUpdate) => void;
  /** Each test's result as soon as it is known. */
  onOutcome?: (outcome: FlowTestOutcome, index: number) => void;
}

/**
 * Runs a flow's tests one after another on `target` (a simulator on the instant clock gives
 * exact runs: the same answer every time) and measures their coverage. Tests run in turn
 * because personas belong to numbers: two tests cannot script the same number at once.
 */
export async function runFlowTests(
  target: RunTarget,
  flow: FlowDocument,
  scenarios: readonly Scenario[],
  options: RunFlowTestsOptions = {},
): Promise<FlowTestsReport> {
  const outcomes: FlowTestOutcome[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    target.useParties(scenario.parties);
    const updates: RunUpdate[] = [];
    const outcome = await runScenario(
      target,
      flow,
      scenario,
      (update) => {
        updates.push(update);
        options.onUpdate?.(index, update);
      },
      options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    );
    const tested = { ...outcome, passed: passed(outcome), outputs: outputsTaken(flow, updates) };
    outcomes.push(tested);
    options.onOutcome?.(tested, index);
  }
  return {
    outcomes,
    coverage: flowCoverage(
      flow,
      outcomes.map((outcome) => ({ path: outcome.result.path, outputs: outcome.outputs })),
    ),
  };
}
