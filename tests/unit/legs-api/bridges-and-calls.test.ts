import { describe, it, expect } from 'vitest';
import {
  ACCOUNT,
  BASIC,
  CREATED_LEG,
  CREATE_PARAMS,
  LEGS_PATH,
  V3_ORIGIN,
  envelope,
  useHarness,
} from './legs-api-fixture';

const h = useHarness();
const BRIDGES_PATH = `/v2/accounts/${ACCOUNT}/bridges`;
const BRIDGE_SID = 'br-7c1d';

describe('Legs API client: bridges, call legs and base URLs', () => {
  it('creates a bridge', async () => {
    const data = { bridge_sid: BRIDGE_SID, account_sid: ACCOUNT, leg_sids: ['a', 'b'] };
    h.v2()
      .intercept({ path: BRIDGES_PATH, method: 'POST' })
      .reply(202, envelope(data, 'POST', 202));

    const bridge = await h.client().createBridge({
      leg_sids: ['a', 'b'],
      bridge_event_endpoint: 'grpc://127.0.0.1:9001',
      absorb_dtmf: true,
    });

    expect(bridge.bridge_sid).toBe(BRIDGE_SID);
    expect(h.calls()[0]?.body).toEqual({
      leg_sids: ['a', 'b'],
      bridge_event_endpoint: 'grpc://127.0.0.1:9001',
      absorb_dtmf: true,
    });
  });

  it('gets, stops and acts on a bridge', async () => {
    const pool = h.v2();
    pool
      .intercept({ path: `${BRIDGES_PATH}/${BRIDGE_SID}`, method: 'GET' })
      .reply(200, envelope({ sid: BRIDGE_SID, state: 'active', active_legs: 2 }));
    pool
      .intercept({ path: `${BRIDGES_PATH}/${BRIDGE_SID}`, method: 'PUT' })
      .reply(202, envelope(null, 'PUT', 202));
    pool
      .intercept({ path: `${BRIDGES_PATH}/${BRIDGE_SID}/actions`, method: 'POST' })
      .reply(202, envelope({ bridge_sid: BRIDGE_SID }, 'POST', 202));
    const client = h.client();

    expect((await client.getBridge(BRIDGE_SID)).state).toBe('active');
    await client.stopBridge(BRIDGE_SID);
    const accepted = await client.bridgeAction(BRIDGE_SID, { exoml: '<Flow><StopPlay/></Flow>' });

    expect(accepted.bridge_sid).toBe(BRIDGE_SID);
    const bodies = h.calls().map((call) => [call.method, call.body]);
    expect(bodies).toEqual([
      ['GET', undefined],
      ['PUT', { action: 'stop' }],
      ['POST', { exoml: '<Flow><StopPlay/></Flow>' }],
    ]);
  });

  it("gets a call's legs from the region's v3 host", async () => {
    const legDetails = {
      call_sid: 'call-1',
      account_sid: ACCOUNT,
      from: [{ sid: 'leg-a', name: null, contact_uri: '0987', status: 'completed' }],
      to: [{ sid: 'leg-b', contact_uri: 'sip:x', status: 'no-answer', group_id: 123456 }],
    };
    h.agent
      .get(V3_ORIGIN)
      .intercept({
        path: `/v3/accounts/${ACCOUNT}/calls/call-1/legs`,
        method: 'GET',
        headers: { authorization: BASIC },
      })
      .reply(200, {
        request_id: 'r',
        method: 'GET',
        http_code: 200,
        metadata: null,
        response: { code: 200, error_data: null, status: 'success', leg_details: legDetails },
      });

    const legs = await h.client().getCallLegs('call-1');

    expect(legs.from.map((leg) => leg.sid)).toEqual(['leg-a']);
    expect(legs.to[0]?.group_id).toBe(123456);
  });

  it('sends everything to a custom base URL, v3 included, with its path prefix', async () => {
    const origin = 'http://127.0.0.1:4010';
    const pool = h.agent.get(origin);
    pool
      .intercept({ path: `/sim${LEGS_PATH}`, method: 'POST' })
      .reply(202, envelope(CREATED_LEG, 'POST', 202));
    pool
      .intercept({ path: `/sim/v3/accounts/${ACCOUNT}/calls/c/legs`, method: 'GET' })
      .reply(200, callLegsReply());
    const client = h.client({ baseUrl: `${origin}/sim/` });

    await client.createLeg(CREATE_PARAMS);
    await client.getCallLegs('c');

    expect(client.baseUrl).toBe(`${origin}/sim`);
    expect(client.v3BaseUrl).toBe(`${origin}/sim`);
  });

  it('accepts an empty 204 when stopping a bridge', async () => {
    h.v2()
      .intercept({ path: `${BRIDGES_PATH}/${BRIDGE_SID}`, method: 'PUT' })
      .reply(204, '');

    await expect(h.client().stopBridge(BRIDGE_SID)).resolves.toBeUndefined();
  });
});

function callLegsReply() {
  return { request_id: 'r', response: { leg_details: { from: [], to: [] } } };
}
