import { describe, expect, it } from 'vitest';
import { Runner } from '../../../electron/runner';
import { runScenario } from '../../../electron/scenario/run-scenario';
import type { RunTarget } from '../../../electron/scenario/run-target';
import { scenarioSchema } from '../../../electron/scenario/scenario-schema';
import type { FlowDocument } from '../../../shared/flow';
import { FakePlatform } from '../runner/fake-platform';
import { example } from '../runner/run-helpers';

/** The IVR menu with its Incoming call's ExoPhone written as given. */
function ivrCalledAt(exophone: string): FlowDocument {
  const flow = structuredClone(example('ivr-menu'));
  flow.nodes.find((node) => node.kind === 'incoming-call')!.params.exophone = exophone;
  return flow;
}

/** A target on the fake platform whose ExoPhone registration does what `register` does. */
function fakeTarget(register: (exophone: string) => void): RunTarget {
  const platform = new FakePlatform();
  return {
    kind: 'simulator',
    runner: new Runner(platform),
    platform,
    registerExophone: register,
    useParties: () => {},
    close: async () => {},
  };
}

const scenario = scenarioSchema.parse({ name: 'one call' });

describe('runScenario with an ExoPhone no call can reach', () => {
  it('fails plainly on a {{template}}, registering nothing', async () => {
    const registered: string[] = [];
    const target = fakeTarget((exophone) => registered.push(exophone));
    const outcome = await runScenario(target, ivrCalledAt('{{support_line}}'), scenario);
    expect(outcome.result).toEqual({
      status: 'failed',
      reason: expect.stringContaining(
        'The ExoPhone callers dial must be a number, not a {{template}}',
      ),
      path: [],
      legs: {},
      legsLeftUp: [],
    });
    expect(registered).toEqual([]);
  });

  it('fails with the target’s reason when it refuses the number', async () => {
    const target = fakeTarget((exophone) => {
      throw new Error(`"${exophone}" is not an Indian number or sip: URI.`);
    });
    const outcome = await runScenario(target, ivrCalledAt('support'), scenario);
    expect(outcome.result.status).toBe('failed');
    expect(outcome.result.reason).toBe(
      'The ExoPhone could not be set up: "support" is not an Indian number or sip: URI.',
    );
  });
});
