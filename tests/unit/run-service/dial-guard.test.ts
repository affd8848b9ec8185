import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../shared/flow';
import { dialOnlyConfirmed } from '../../../electron/run-service/dial-guard';
import type { RunNotice } from '../../../electron/run-service/run-service';
import { FakePlatform } from '../runner/fake-platform';
import { example, until } from '../runner/run-helpers';
import { fakeRunService, STAGING } from './fake-targets';
import { runEnded } from './service-helpers';

const AGENT = '09163816621';
const CUSTOMER = '09876543210';
const STRANGER = '09000000000';

/**
 * Click to call, with the customer's number in a flow variable that a Set variable node (where
 * the agent is briefed) changes to a stranger's before the customer is dialled: the plan sees the
 * customer's number, the run would dial the stranger's.
 */
function clickToCallRedirected(): FlowDocument {
  const flow = structuredClone(example('click-to-call'));
  flow.variables = { customer_number: CUSTOMER };
  const nodes = new Map(flow.nodes.map((node) => [node.id, node]));
  nodes.get('call-customer')!.params.contact_uri = '{{customer_number}}';
  Object.assign(nodes.get('brief')!, {
    kind: 'set-variable',
    leg: null,
    params: { name: 'customer_number', value: STRANGER },
  });
  return flow;
}

const dialled = (platform: FakePlatform) =>
  platform.calls.filter((call) => call.method === 'createLeg').map((call) => call.body.contact_uri);

describe('a live run dials only the numbers confirmed before it started', () => {
  it('lets a confirmed number through to the API and refuses any other', async () => {
    const platform = new FakePlatform();
    const guarded = dialOnlyConfirmed(platform, [AGENT]);
    const request = { contact_uri: AGENT, exophone: '08030752400' } as never;
    await expect(guarded.api.createLeg(request)).resolves.toMatchObject({ contact_uri: AGENT });
    await expect(
      guarded.api.createLeg({ contact_uri: STRANGER, exophone: '08030752400' } as never),
    ).rejects.toThrow(
      `Refused to dial ${STRANGER}: a live run dials only the numbers confirmed before it started.`,
    );
    await expect(guarded.api.createLeg({ exophone: '08030752400' } as never)).rejects.toThrow(
      'Refused to dial an empty number',
    );
    expect(dialled(platform)).toEqual([AGENT]);
    // Everything else is the platform's own.
    expect(guarded.events).toBe(platform.events);
    expect(guarded.incoming).toBe(platform.incoming);
    expect(guarded.eventEndpoint).toBe(platform.eventEndpoint);
  });

  it('stops a run whose number changed after the plan, at the point it would dial', async () => {
    const { service, opened } = fakeRunService({
      settings: { profiles: [STAGING] },
      env: { LEGFLOW_API_TOKEN_STAGING: 'tok-unit-guard-77c0' },
    });
    const flow = clickToCallRedirected();
    const plan = await service.plan(flow, 'staging');
    expect(plan.numbers.map((call) => call.number)).toEqual([AGENT, CUSTOMER]);
    expect(plan.problem).toBeUndefined();
    const notices: RunNotice[] = [];
    service.onNotice((notice) => notices.push(notice));
    const runId = await service.start({
      flow,
      profile: 'staging',
      // A number sent along that the plan never showed does not make it through either.
      confirmedNumbers: [...plan.numbers.map((call) => call.number), STRANGER],
    });
    await until('the refused dial', () =>
      notices.some(({ update }) => update.type === 'api' && !update.ok),
    );
    const refused = notices.find(({ update }) => update.type === 'api' && !update.ok)!.update;
    expect(refused).toMatchObject({
      method: 'createLeg',
      target: 'customer',
      reply: { error: expect.stringContaining(`Refused to dial ${STRANGER}`) },
    });
    // The plan's target was closed when the plan was done; the run opened its own.
    const platform = opened.at(-1)!.platform;
    expect(dialled(platform)).toEqual([AGENT]);
    // The refused dial takes the node's error port, which goes nowhere: the run fails there.
    await runEnded(service, runId);
    expect(notices.at(-1)!.update).toMatchObject({ type: 'finished', status: 'failed' });
    await service.close();
  });

  it('leaves Simulator runs alone: nobody real is rung there', async () => {
    const { service, opened } = fakeRunService({});
    const runId = await service.start({ flow: clickToCallRedirected() });
    const platform = opened[0]!.platform;
    await until('the stranger to be dialled', () => dialled(platform).includes(STRANGER));
    await service.get(runId).stop('test over');
    await runEnded(service, runId);
    await service.close();
  });
});
