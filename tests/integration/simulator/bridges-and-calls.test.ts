import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from '../../../shared/events';
import { answeredLeg } from './helpers/answered-leg';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';
import { waitUntil } from './helpers/wait-until';

let h: SimHarness;

beforeAll(async () => {
  h = await startSimHarness();
});

afterAll(async () => {
  await h.close();
});

async function bridge(legSids: string[]) {
  return h.api('POST', `${h.v2}/bridges`, {
    leg_sids: legSids,
    bridge_event_endpoint: h.endpoint,
    absorb_dtmf: true,
  });
}

describe('bridges', () => {
  it('creates a bridge: bridge_created to its endpoint, leg_joined_bridge to each leg', async () => {
    const customer = await answeredLeg(h);
    const agent = await answeredLeg(h);
    const reply = await bridge([customer, agent]);
    expect(reply.status).toBe(202);
    const data = reply.body.response.data;
    expect(data).toEqual({
      bridge_sid: expect.stringMatching(/^[A-Za-z0-9]{27}00000$/),
      created_at: expect.stringMatching(/ \+0000 UTC$/),
      account_sid: h.sim.account.sid,
      leg_sids: [customer, agent],
      bridge_event_endpoint: h.endpoint.replace('grpc://', ''),
    });
    const created = await h.waitForEvent(data.bridge_sid, 'bridge_created');
    expect(created.event_type).toBe('bridge_lifecycle_event');
    expect(eventData(created)).toMatchObject({ bridge_sid: data.bridge_sid });
    for (const leg of [customer, agent]) {
      const joined = await h.waitForEvent(leg, 'leg_joined_bridge');
      expect(eventData(joined).bridge_sid).toBe(data.bridge_sid);
    }
    const got = await h.api('GET', `${h.v2}/bridges/${data.bridge_sid}`);
    expect(got.status).toBe(200);
    expect(got.body.response.data).toMatchObject({
      sid: data.bridge_sid,
      account_sid: h.sim.account.sid,
      state: 'active',
      terminal_status: null,
      active_legs: 2,
      leg_sids: [customer, agent],
      end_time: null,
    });
    const info = await h.api('GET', `${h.v2}/legs/${agent}?fields=additional_info`);
    expect(info.body.response.data.additional_info.bridge_status).toBe('joined');
  });

  it('plays and records on a bridge, with the events at the bridge endpoint', async () => {
    const legs = [await answeredLeg(h), await answeredLeg(h)];
    const bridgeSid = (await bridge(legs)).body.response.data.bridge_sid as string;
    const path = `${h.v2}/bridges/${bridgeSid}/actions`;
    const play = await h.api('POST', path, {
      exoml: '<Flow><Say>You are now connected</Say></Flow>',
    });
    expect(play.status).toBe(202);
    expect(play.body.response.data).toEqual({
      bridge_sid: bridgeSid,
      action_sid: expect.any(String),
    });
    await h.api('POST', path, { exoml: '<Flow><StartRecording/></Flow>' });
    await h.api('POST', path, { exoml: '<Flow><StopRecording/></Flow>' });
    await h.waitForEvent(bridgeSid, 'say_completed');
    await h.waitForEvent(bridgeSid, 'recording_available');
    const refused = await h.api('POST', path, { exoml: '<Flow><Hold/></Flow>' });
    expect(refused.status).toBe(400);
    expect(refused.body.response.error_data.message).toMatch(/A bridge does not take hold/);
  });

  it('stops a bridge: every leg leaves, then bridge_terminated; stopping again is refused', async () => {
    const legs = [await answeredLeg(h), await answeredLeg(h)];
    const bridgeSid = (await bridge(legs)).body.response.data.bridge_sid as string;
    const stop = await h.api('PUT', `${h.v2}/bridges/${bridgeSid}`, { action: 'stop' });
    expect(stop.status).toBe(202);
    const terminated = await h.waitForEvent(bridgeSid, 'bridge_terminated');
    expect(eventData(terminated)).toMatchObject({
      state: 'terminal',
      terminal_status: 'completed',
    });
    for (const leg of legs) await h.waitForEvent(leg, 'leg_left_bridge');
    const again = await h.api('PUT', `${h.v2}/bridges/${bridgeSid}`, { action: 'stop' });
    expect(again.status).toBe(400);
    expect(again.body.response.error_data.message).toMatch(/already ended/);
    const wrong = await h.api('PUT', `${h.v2}/bridges/${bridgeSid}`, { action: 'pause' });
    expect(wrong.body.response.error_data.message).toBe('action must be "stop"');
  });

  it('ends a two-leg bridge when one leg hangs up', async () => {
    const [a, b] = [await answeredLeg(h), await answeredLeg(h)];
    const bridgeSid = (await bridge([a!, b!])).body.response.data.bridge_sid as string;
    await h.waitForEvent(b!, 'leg_joined_bridge');
    h.sim.control.hangUp(b!);
    await h.waitForEvent(bridgeSid, 'bridge_terminated');
    await h.waitForEvent(b!, 'leg_terminated');
    expect(h.namesOf(b!).slice(-2)).toEqual(['leg_left_bridge', 'leg_terminated']);
    await h.waitForEvent(a!, 'leg_left_bridge');
  });

  it('LeaveBridge then JoinBridge on a two-leg bridge: leaving does not end it', async () => {
    const [a, b] = [await answeredLeg(h), await answeredLeg(h)];
    const bridgeSid = (await bridge([a!, b!])).body.response.data.bridge_sid as string;
    await h.waitForEvent(a!, 'leg_joined_bridge');
    expect((await h.act(a!, '<Flow><LeaveBridge/></Flow>')).status).toBe(202);
    await h.waitForEvent(a!, 'leg_left_bridge');
    const rejoin = await h.act(a!, `<Flow><JoinBridge bridgeSid="${bridgeSid}"/></Flow>`);
    expect(rejoin.status).toBe(202);
    await waitUntil('a to join again', () =>
      h.namesOf(a!).filter((name) => name === 'leg_joined_bridge').length === 2 ? true : undefined,
    );
    expect(h.namesOf(bridgeSid)).not.toContain('bridge_terminated');
    const view = await h.api('GET', `${h.v2}/bridges/${bridgeSid}`);
    expect(view.body.response.data).toMatchObject({ state: 'active' });
  });

  it('a bridge ends when fewer than two of its legs are still on the call, not when one leaves', async () => {
    const [a, b, c] = [await answeredLeg(h), await answeredLeg(h), await answeredLeg(h)];
    const bridgeSid = (await bridge([a!, b!])).body.response.data.bridge_sid as string;
    expect((await h.act(c!, `<Flow><JoinBridge bridgeSid="${bridgeSid}"/></Flow>`)).status).toBe(
      202,
    );
    await h.waitForEvent(c!, 'leg_joined_bridge');
    expect((await h.act(a!, '<Flow><LeaveBridge/></Flow>')).status).toBe(202);
    await h.waitForEvent(a!, 'leg_left_bridge');
    // b hangs up: a (out of the bridge, still on the call) and c remain, so the bridge stays.
    h.sim.control.hangUp(b!);
    await h.waitForEvent(b!, 'leg_terminated');
    expect(h.namesOf(b!).slice(-2)).toEqual(['leg_left_bridge', 'leg_terminated']);
    expect(h.namesOf(bridgeSid)).not.toContain('bridge_terminated');
    // c hangs up too: only a is left on the call, and the bridge ends.
    h.sim.control.hangUp(c!);
    await h.waitForEvent(bridgeSid, 'bridge_terminated');
    await h.waitForEvent(c!, 'leg_terminated');
  });

  it('refuses bridges of unknown, unanswered, ended or already bridged legs, naming leg_sids', async () => {
    const live = await answeredLeg(h);
    // Rings for an hour of virtual time: at speed 100 the default 30 s would be over in 0.3 s,
    // before a busy machine has made the legs below.
    const ringing = await h.dial('09876500003', { timeout: 3600, ring_timeout: 3600 });
    await h.waitForEvent(ringing, 'leg_ringing');
    const ended = await answeredLeg(h);
    h.sim.control.hangUp(ended);
    await h.waitForEvent(ended, 'leg_terminated');
    const busy = [await answeredLeg(h), await answeredLeg(h)];
    await bridge(busy);
    const cases: [unknown, RegExp][] = [
      [[live, 'NOLEG'], /leg_sids: there is no leg NOLEG/],
      [[live, ringing], /leg_sids: leg \w+ is not answered yet/],
      [[live, ended], /leg_sids: leg \w+ has ended/],
      [[live, busy[0]], /leg_sids: leg \w+ is already in bridge/],
      [[live, live], /leg_sids names a leg twice/],
      [[], /leg_sids must name at least one leg/],
      ['x', /leg_sids must be a list/],
    ];
    for (const [legSids, says] of cases) {
      const reply = await bridge(legSids as string[]);
      expect(reply.status).toBe(400);
      expect(reply.body.response.error_data.message).toMatch(says);
    }
    const noEndpoint = await h.api('POST', `${h.v2}/bridges`, { leg_sids: [live] });
    expect(noEndpoint.body.response.error_data.message).toBe('bridge_event_endpoint is required');
    const badEndpoint = await h.api('POST', `${h.v2}/bridges`, {
      leg_sids: [live],
      bridge_event_endpoint: 'tcp://x:1',
    });
    expect(badEndpoint.body.response.error_data.message).toMatch(
      /^bridge_event_endpoint must start with grpc:\/\//,
    );
  });
});

describe('v3 call legs', () => {
  it("groups legs by reference_leg_sid; the call's sid is its first leg's", async () => {
    const agent = await h.dial('09163816621');
    const customer = await h.dial('09876500001', { reference_leg_sid: agent });
    const reply = await h.api('GET', `/v3/accounts/${h.sim.account.sid}/calls/${agent}/legs`);
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body)).toEqual([
      'request_id',
      'method',
      'http_code',
      'metadata',
      'response',
    ]);
    expect(reply.body).toMatchObject({
      method: 'GET',
      http_code: 200,
      metadata: null,
      response: { code: 200, error_data: null, status: 'success' },
    });
    const details = reply.body.response.leg_details;
    expect(details.call_sid).toBe(agent);
    expect(details.account_sid).toBe(h.sim.account.sid);
    expect(details.from).toEqual([
      {
        sid: agent,
        name: 'Asha Rao',
        contact_uri: '09163816621',
        date_created: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+05:30$/),
        date_updated: expect.any(String),
        status: expect.any(String),
      },
    ]);
    expect(details.to).toHaveLength(1);
    expect(details.to[0]).toMatchObject({
      sid: customer,
      name: 'Quick Kiran',
      group_id: null,
      group_name: null,
    });
    // Any leg of the call finds it, through the app's own client too.
    const viaClient = await h.client.getCallLegs(customer);
    expect(viaClient.call_sid).toBe(agent);
  });

  it('joins two calls into one when their legs are bridged', async () => {
    const first = await answeredLeg(h);
    const second = await answeredLeg(h);
    const path = (sid: string) => `/v3/accounts/${h.sim.account.sid}/calls/${sid}/legs`;
    expect((await h.api('GET', path(second))).body.response.leg_details.call_sid).toBe(second);
    await bridge([first, second]);
    await waitUntil('the bridge', () => h.sim.control.getLeg(second).bridgeSid !== null);
    const joined = (await h.api('GET', path(second))).body.response.leg_details;
    expect(joined.call_sid).toBe(first);
    expect(joined.to.map((leg: { sid: string }) => leg.sid)).toEqual([second]);
  });
});
