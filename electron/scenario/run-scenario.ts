import { incomingExophoneProblem } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import type { RunResult, RunUpdate } from '../runner';
import type { RunTarget } from './run-target';
import { checkExpectations } from './check-expectations';
import type { Scenario } from './scenario-schema';

/** The caller of a flow run with no scenario: the reference's own example number. */
export const DEFAULT_CALLER = '09163816621';

export interface ScenarioOutcome {
  scenario: string;
  result: RunResult;
  /** Expectations that did not hold; empty when the run passed. */
  failures: string[];
  /** Platform milliseconds the run took. */
  durationMs: number;
  /** Whether the scenario named the status it expects: then a failed run can pass. */
  expectedStatus: boolean;
}

/**
 * The calls a scenario places; with none given, a flow that starts at an Incoming call gets
 * one call from {@link DEFAULT_CALLER}, so any flow runs with no set-up.
 */
export function incomingCallsOf(flow: FlowDocument, scenario: Scenario): Scenario['incoming'] {
  if (scenario.incoming.length > 0) return scenario.incoming;
  return flow.nodes
    .filter((node) => node.kind === 'incoming-call')
    .slice(0, 1)
    .map((node) => ({ from: DEFAULT_CALLER, to: String(node.params.exophone), after: 0 }));
}

/**
 * Makes calls to each Incoming call's ExoPhone reach the runner. Returns why a number cannot
 * be (a `{{template}}`, or a number the target refuses), or null when all are registered.
 */
function registerExophones(target: RunTarget, flow: FlowDocument): string | null {
  const unset = incomingExophoneProblem(flow);
  if (unset) return unset;
  try {
    for (const node of flow.nodes) {
      if (node.kind === 'incoming-call') target.registerExophone(String(node.params.exophone));
    }
    return null;
  } catch (error) {
    return `The ExoPhone could not be set up: ${(error as Error).message}`;
  }
}

/**
 * Runs a flow once as the scenario scripts it, and checks it. The scenario's parties must
 * already be in use (`target.useParties`): personas belong to numbers, not to runs.
 */
export async function runScenario(
  target: RunTarget,
  flow: FlowDocument,
  scenario: Scenario,
  onUpdate: (update: RunUpdate) => void = () => {},
  /** Platform seconds after which the run is stopped, so a headless run never hangs. */
  timeoutSeconds = 900,
): Promise<ScenarioOutcome> {
  const { platform } = target;
  const refused = registerExophones(target, flow);
  if (refused) {
    const result: RunResult = {
      status: 'failed',
      reason: refused,
      path: [],
      legs: {},
      legsLeftUp: [],
    };
    return {
      scenario: scenario.name,
      result,
      failures: checkExpectations(scenario.expect, result),
      durationMs: 0,
      expectedStatus: scenario.expect.status !== undefined,
    };
  }
  const run = target.runner.create({ flow });
  run.onUpdate(onUpdate);
  const started = platform.clock.now();
  run.start();
  const placeCall = target.placeCall;
  const calls = placeCall
    ? incomingCallsOf(flow, scenario).map(async (call) => {
        await platform.clock.sleep(call.after * 1000);
        placeCall(call.from, call.to, scenario.parties[call.from]);
      })
    : [];
  const placing = Promise.all(calls).catch((error: Error) =>
    run.stop(`The scenario could not place its call: ${error.message}`),
  );
  const limit = new AbortController();
  platform.clock
    .sleep(timeoutSeconds * 1000, limit.signal)
    .then(() => run.stop(`The run did not finish within ${timeoutSeconds} s (--timeout).`))
    .catch(() => {});
  const result = await run.finished;
  limit.abort();
  await placing;
  return {
    scenario: scenario.name,
    result,
    failures: checkExpectations(scenario.expect, result),
    durationMs: platform.clock.now() - started,
    expectedStatus: scenario.expect.status !== undefined,
  };
}
