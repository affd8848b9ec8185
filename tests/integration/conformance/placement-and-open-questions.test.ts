import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureGrpc } from './helpers/capture';
import type { CaptureEndpoint } from './helpers/capture';
import { act, answeredLeg, createLeg, SEED_NUMBER_ANSWER_MS } from './helpers/calls';
import { EXOPHONE, startLegflowSim } from './helpers/legflow-sim';
import type { LegflowSim } from './helpers/legflow-sim';
import { LEG_INCOMING_EVENT } from './seed-samples';

/**
 * Issue 16, point 3 (co-location by `reference_leg_sid`, seed 001) and point 5 (what the seeds
 * leave open, each decided in one place: see electron/simulator/ASSUMPTIONS.md).
 */
let sim: LegflowSim;
let grpc: CaptureEndpoint;

beforeAll(async () => {
  [sim, grpc] = await Promise.all([startLegflowSim(), captureGrpc()]);
});

afterAll(async () => {
  sim.close();
  await grpc.close();
});

const placeOf = (legSid: string) => {
  const { dc_code, nso_code } = grpc.one(legSid, 'leg_connecting').data;
  return { dc_code, nso_code };
};

describe('co-location: reference_leg_sid (seed 001)', () => {
  it('creates the leg where the reference leg is: its dc_code and nso_code', async () => {
    const first = await createLeg(sim, grpc, {
      requested_dc_code: '202',
      requested_nso_code: 'nso-of-first',
    });
    const second = await createLeg(sim, grpc, { reference_leg_sid: first });
    // The reference wins over requested_* codes.
    const third = await createLeg(sim, grpc, {
      reference_leg_sid: first,
      requested_dc_code: '303',
    });
    await sim.advance(200);
    expect(placeOf(first)).toEqual({ dc_code: '202', nso_code: 'nso-of-first' });
    expect(placeOf(second)).toEqual(placeOf(first));
    expect(placeOf(third)).toEqual(placeOf(first));
    // get-leg says so too.
    const view = await sim.api('GET', `${sim.v2}/legs/${second}`);
    expect(view.body.response.data).toMatchObject({ dc_code: '202', nso_code: 'nso-of-first' });
  });

  it("an agent dialled with the incoming caller's leg as reference lands on the caller's node", async () => {
    const call = await sim.api('POST', '/_sim/calls', {
      from: '09163816622',
      exophone: EXOPHONE,
      endpoint: grpc.endpoint,
    });
    expect(call.status).toBeLessThan(300);
    await sim.advance(0);
    const incoming = grpc.received
      .map(({ event }) => event)
      .find(
        (event) => event.event_name === 'incoming_leg' && event.data.contact_uri === '09163816622',
      )!;
    // The seed's incoming_leg table gives this node; its outbound sample another.
    expect(incoming.data.nso_code).toBe('a8140aaa-ce40-11ed-9a09-0242ac110003');
    expect(Object.keys(incoming.data).sort()).toEqual(Object.keys(LEG_INCOMING_EVENT.data).sort());
    const agent = await createLeg(sim, grpc, { reference_leg_sid: incoming.data.leg_sid });
    const loner = await createLeg(sim, grpc);
    await sim.advance(200);
    expect(placeOf(agent)).toEqual({ dc_code: '101', nso_code: incoming.data.nso_code });
    expect(placeOf(loner).nso_code).not.toBe(incoming.data.nso_code);
  });

  it('a reference to no leg is a 400 naming reference_leg_sid', async () => {
    const reply = await sim.createLeg(grpc.endpoint, { reference_leg_sid: 'NOSUCHLEG00000' });
    expect(reply.status).toBe(400);
    expect(reply.body.response.error_data.message).toMatch(/^reference_leg_sid: /);
  });
});

describe("priority and calls-per-second control (seed 001's `enqueued`)", () => {
  it('with the enqueue fault a normal leg is enqueued and dialled later; a high one goes at once', async () => {
    // Its own endpoint: this simulator has the same seed, hence the same sids, as the other.
    const [cps, events] = await Promise.all([
      startLegflowSim(['--faults', 'enqueue=1']),
      captureGrpc(),
    ]);
    try {
      const normal = await cps.createLeg(events.endpoint);
      const high = await cps.createLeg(events.endpoint, { priority: 'high' });
      expect(normal.body.response.data.status).toBe('enqueued');
      expect(high.body.response.data).not.toHaveProperty('status');
      const normalSid = normal.body.response.data.leg_sid as string;
      const highSid = high.body.response.data.leg_sid as string;
      await cps.advance(200);
      expect(events.ofLeg(highSid).map((event) => event.event_name)).toEqual(['leg_connecting']);
      expect(events.ofLeg(normalSid)).toEqual([]);
      await cps.advance(1_000);
      expect(events.ofLeg(normalSid).map((event) => event.event_name)).toEqual(['leg_connecting']);
    } finally {
      cps.close();
      await events.close();
    }
  });

  it('without the fault nothing is enqueued', async () => {
    const reply = await sim.createLeg(grpc.endpoint, { priority: 'normal' });
    expect(reply.body.response.data).not.toHaveProperty('status');
  });
});

describe('the seeds\' "should" rules', () => {
  it('refuses a sip: contact_uri on pstn with a 400 naming network_type', async () => {
    const reply = await sim.createLeg(grpc.endpoint, { contact_uri: 'sip:agent@example.com' });
    expect(reply.status).toBe(400);
    expect(reply.body.response.error_data.message).toMatch(/^network_type must be "voip"/);
  });

  it('accepts async_amd without amd_enable and ignores it: no detection, answered_by HUMAN', async () => {
    await sim.persona('09876500201', { behaviour: 'machine', answerAfter: 2 });
    const legSid = await createLeg(sim, grpc, { contact_uri: '09876500201', async_amd: true });
    await sim.advance(SEED_NUMBER_ANSWER_MS);
    expect(grpc.one(legSid, 'leg_answered').data.answered_by).toBe('HUMAN');
    expect(grpc.ofLeg(legSid).map((event) => event.event_name)).not.toContain('amd_result_success');
  });
});

describe('event endpoints: create-leg and Refer agree', () => {
  it('refuses grpcs:// in both, with the same words; grpc://host:443 is the TLS spelling', async () => {
    const create = await sim.createLeg('grpcs://events.example.com:443');
    expect(create.status).toBe(400);
    const legSid = await answeredLeg(sim, grpc);
    const refer = await act(
      sim,
      legSid,
      '<Flow><Refer legEventEndpoint="grpcs://events.example.com:443"/></Flow>',
    );
    expect(refer.status).toBe(400);
    const words = /must start with grpc:\/\/ \(for TLS, grpc:\/\/host:443\)/;
    expect(create.body.response.error_data.message).toMatch(words);
    expect(refer.body.response.error_data.message).toMatch(words);
    const tls = await act(
      sim,
      legSid,
      '<Flow><Refer legEventEndpoint="grpc://events.example.com:443"/></Flow>',
    );
    expect(tls.status).toBe(202);
  });
});

describe('bridges', () => {
  it('LeaveBridge then JoinBridge on a two-leg bridge works: leaving does not end it', async () => {
    const a = await answeredLeg(sim, grpc);
    const b = await answeredLeg(sim, grpc);
    const created = await sim.api('POST', `${sim.v2}/bridges`, {
      leg_sids: [a, b],
      bridge_event_endpoint: grpc.endpoint,
    });
    expect(created.status).toBe(202);
    const bridgeSid = created.body.response.data.bridge_sid as string;
    expect((await act(sim, a, '<Flow><LeaveBridge/></Flow>')).status).toBe(202);
    const rejoin = await act(sim, a, `<Flow><JoinBridge bridgeSid="${bridgeSid}"/></Flow>`);
    expect(rejoin.status).toBe(202);
    await grpc.arrived(a, 'leg_joined_bridge', 2);
    expect(
      grpc
        .ofLeg(a)
        .map((event) => event.event_name)
        .slice(-3),
    ).toEqual(['leg_joined_bridge', 'leg_left_bridge', 'leg_joined_bridge']);
    const view = await sim.api('GET', `${sim.v2}/bridges/${bridgeSid}`);
    expect(view.body.response.data.state).toBe('active');
    // One leg hangs up: fewer than two legs are left on the call, so the bridge ends.
    expect((await act(sim, b, '<Flow><Hangup/></Flow>')).status).toBe(202);
    await grpc.arrived(b, 'leg_terminated');
    const ended = await sim.api('GET', `${sim.v2}/bridges/${bridgeSid}`);
    expect(ended.body.response.data.state).toBe('terminal');
  });
});
