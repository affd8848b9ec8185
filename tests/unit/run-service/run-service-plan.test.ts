import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../shared/flow';
import { example, until } from '../runner/run-helpers';
import { fakeProbes, fakeRunService, STAGING } from './fake-targets';
import { refusal } from './service-helpers';

const REMINDER = example('appointment-reminder');
const CLICK_TO_CALL = example('click-to-call');
const env = { LEGFLOW_API_TOKEN_STAGING: 'tok-unit-plan-2a9c' };
const PUBLIC = 'grpcs://events.example.com:443';

/** The reminder dialling `contact_uri` as written, with the flow variables given. */
function reminderDialling(contactUri: string, variables: Record<string, string> = {}) {
  const flow: FlowDocument = structuredClone(REMINDER);
  flow.nodes.find((node) => node.id === 'dial')!.params.contact_uri = contactUri;
  flow.variables = variables;
  return flow;
}

describe('the run service: planning a run', () => {
  it('lists the numbers a Simulator run would dial, and opens nothing', async () => {
    const { service, opened } = fakeRunService({});
    expect(await service.plan(CLICK_TO_CALL)).toEqual({
      profile: 'Simulator',
      live: false,
      numbers: [
        { nodeId: 'call-agent', leg: 'agent', number: '09163816621' },
        { nodeId: 'call-customer', leg: 'customer', number: '09876543210' },
      ],
      listener: null,
    });
    expect(opened).toHaveLength(0);
  });

  it('says a live profile has no token as a problem, without opening it', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] } });
    const plan = await service.plan(REMINDER, 'staging');
    expect(plan).toMatchObject({ profile: 'staging', live: true, listener: null });
    expect(plan.numbers.map((call) => call.number)).toEqual(['09163816621']);
    expect(plan.problem).toContain('LEGFLOW_API_TOKEN_STAGING');
    expect(opened).toHaveLength(0);
    await expect(service.plan(REMINDER, 'prod')).rejects.toThrow('no profile called “prod”');
  });

  it('says plainly that the platform cannot reach a loopback endpoint, without asking it', async () => {
    const probes = fakeProbes({}, () => true);
    const { service } = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      eventEndpoint: 'grpc://127.0.0.1:9001',
      probes,
    });
    const plan = await service.plan(REMINDER, 'staging');
    expect(plan.listener).toEqual({
      ok: false,
      message:
        'No listener reachable from the platform: events would go to 127.0.0.1:9001, an address on this machine only. Set a public event endpoint in the profile (a tunnel to the listener), unless the platform can reach this address.',
    });
    // A warning, not a problem: the person may still go ahead.
    expect(plan.problem).toBeUndefined();
    expect(probes.asked).toEqual([]);
    await service.close();
  });

  it('asks a public endpoint whether it answers, with the listener up meanwhile', async () => {
    let listenerUp: boolean | undefined;
    const { service, opened } = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      eventEndpoint: PUBLIC,
      probes: fakeProbes({ 'events.example.com': ['203.0.113.9'] }, () => {
        listenerUp = opened.length === 1 && !opened[0]!.closed;
        return true;
      }),
    });
    const plan = await service.plan(REMINDER, 'staging');
    expect(plan.listener).toEqual({
      ok: true,
      message: 'The event endpoint events.example.com:443 answers from this machine.',
    });
    expect(listenerUp).toBe(true);
    // Nobody runs yet: the listener is not kept open behind the dialog.
    await until('the live target to close', () => opened[0]!.closed);
    await service.close();
  });

  it('says when nothing answers at a public endpoint, and when its host is unknown', async () => {
    const down = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      eventEndpoint: PUBLIC,
      probes: fakeProbes({ 'events.example.com': ['203.0.113.9'] }, () => false),
    });
    expect((await down.service.plan(REMINDER, 'staging')).listener).toEqual({
      ok: false,
      message:
        "Nothing answers at events.example.com:443. Start the listener (or the tunnel) and check the profile's event endpoint.",
    });
    await down.service.close();

    const unknown = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      eventEndpoint: PUBLIC,
      probes: fakeProbes({}, () => true),
    });
    const plan = await unknown.service.plan(REMINDER, 'staging');
    expect(plan.listener?.ok).toBe(false);
    expect(plan.listener?.message).toContain(
      "No listener reachable from the platform: the event endpoint's host events.example.com could not be resolved here.",
    );
    await unknown.service.close();
  });

  it('blocks a live run whose number is only known during the run, before opening anything', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] }, env });
    const flow = reminderDialling('{{digits}}');
    const plan = await service.plan(flow, 'staging');
    expect(plan.numbers).toEqual([{ nodeId: 'dial', leg: 'patient', number: '{{digits}}' }]);
    expect(plan.problem).toBe(
      "“Call the patient” would dial a number only known once the run is going ({{digits}}), and a live run dials only numbers confirmed before it starts. Write the number in the node, or give it a value in the flow's variables; run it on the Simulator to try it with any number.",
    );
    // Confirming the template as text does not get it through either.
    const refused = await refusal(
      service.start({ flow, profile: 'staging', confirmedNumbers: ['{{digits}}'] }),
    );
    expect(refused.reason).toBe('number-unknown');
    expect(refused.message).toBe(plan.problem);
    expect(opened).toHaveLength(0);
    // On the Simulator the same flow is fine: nobody real is rung.
    expect((await service.plan(flow)).problem).toBeUndefined();
  });

  it('fills a number from the flow variables, which can then be confirmed', async () => {
    const { service } = fakeRunService({ settings: { profiles: [STAGING] }, env });
    const flow = reminderDialling('0{{patient_number}}', { patient_number: '9163816621' });
    const plan = await service.plan(flow, 'staging');
    expect(plan.numbers).toEqual([{ nodeId: 'dial', leg: 'patient', number: '09163816621' }]);
    expect(plan.problem).toBeUndefined();
    await service.close();
  });
});
