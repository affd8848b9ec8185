import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFlowTests } from '../../../electron/flow-tests/run-flow-tests';
import { scenarioFromRun } from '../../../electron/flow-tests/scenario-from-run';
import { readFlowTests } from '../../../electron/flow-tests/tests-file';
import type { RunUpdate } from '../../../electron/runner';
import type { RunTarget } from '../../../electron/scenario/run-target';
import { scenarioSchema } from '../../../electron/scenario/scenario-schema';
import { simTarget } from '../../../electron/session/sim-target';
import { loadFlow } from '../../../shared/flow';
import { testsFileOf } from '../../../shared/flow-tests';

const EXAMPLES = 'assets/examples';
const flows = readdirSync(EXAMPLES).filter((name) => name.endsWith('.legflow.json'));

let target: RunTarget;
beforeAll(async () => {
  target = await simTarget({ speed: 'instant', seed: 1 });
});
afterAll(() => target.close());

describe('a run saved as a test', () => {
  it.each(flows)('replays every test of %s exactly', async (name) => {
    const flow = loadFlow(readFileSync(`${EXAMPLES}/${name}`, 'utf8'));
    const tests = (await readFlowTests(`${EXAMPLES}/${testsFileOf(name)}`))!.scenarios;
    const updates: RunUpdate[][] = tests.map(() => []);
    const first = await runFlowTests(target, flow, tests, {
      onUpdate: (index, update) => updates[index]!.push(update),
    });
    // Scripted parties become parties recorded from what happened, expecting what happened.
    const recorded = first.outcomes.map((outcome, index) =>
      scenarioSchema.parse(scenarioFromRun(flow, updates[index]!, outcome.scenario)),
    );
    const replay = await runFlowTests(target, flow, recorded);
    for (const [index, outcome] of replay.outcomes.entries()) {
      const original = first.outcomes[index]!;
      expect(outcome.failures, outcome.scenario).toEqual([]);
      expect(outcome.passed, outcome.scenario).toBe(true);
      expect(outcome.result.path).toEqual(original.result.path);
      expect(outcome.result.status).toBe(original.result.status);
    }
    expect(replay.coverage.percent).toBe(100);
  });

  it('refuses a run that did not finish', () => {
    const flow = loadFlow(readFileSync(`${EXAMPLES}/ivr-menu.legflow.json`, 'utf8'));
    expect(() =>
      scenarioFromRun(flow, [{ type: 'started', runId: 'r', flow: 'IVR', at: 0 }], 'x'),
    ).toThrow(/did not finish/);
    const stopped: RunUpdate = {
      type: 'finished',
      status: 'stopped',
      reason: 'Stopped.',
      path: [],
      legs: {},
      at: 0,
    };
    expect(() => scenarioFromRun(flow, [stopped], 'x')).toThrow(/stopped before it ended/);
  });
});
