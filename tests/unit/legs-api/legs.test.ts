import { describe, it, expect } from 'vitest';
import {
  BASIC,
  CREATED_LEG,
  CREATE_PARAMS,
  LEG_SID,
  LEGS_PATH,
  envelope,
  useHarness,
} from './legs-api-fixture';

const h = useHarness();
const LEG_PATH = `${LEGS_PATH}/${LEG_SID}`;

describe('Legs API client: legs', () => {
  it('creates a leg with every create-leg field, Basic auth and JSON', async () => {
    const params = {
      ...CREATE_PARAMS,
      network_type: 'pstn' as const,
      custom_param: 'order-42',
      timeout: 25,
      setup_timeout: 20,
      ring_timeout: 15,
      time_limit: 600,
      requested_dc_code: 'dc1',
      requested_nso_code: 'nso1',
      reference_leg_sid: 'ref-leg',
      amd_enable: true,
      async_amd: true,
      priority: 'high' as const,
    };
    h.v2()
      .intercept({ path: LEGS_PATH, method: 'POST', headers: { authorization: BASIC } })
      .reply(202, envelope(CREATED_LEG, 'POST', 202));

    const leg = await h.client().createLeg(params);

    expect(leg.leg_sid).toBe(LEG_SID);
    expect(leg.leg_event_endpoint).toBe('grpc://127.0.0.1:9001');
    const [call] = h.calls();
    expect(call?.body).toEqual(params);
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.headers.authorization).toBe(BASIC);
  });

  it('gets a leg, with additional_info when fields are asked for', async () => {
    const data = {
      leg_sid: LEG_SID,
      state: 'connected',
      direction: 'outbound',
      on_call_duration_ms: 5120,
      additional_info: { play_status: 'playing' },
    };
    h.v2()
      .intercept({ path: LEG_PATH, method: 'GET', query: { fields: 'additional_info' } })
      .reply(200, envelope(data));

    const leg = await h.client().getLeg(LEG_SID, { fields: ['additional_info'] });

    expect(leg.state).toBe('connected');
    expect(leg.on_call_duration_ms).toBe(5120);
    expect(leg.additional_info).toEqual({ play_status: 'playing' });
    expect(h.calls()[0]?.body).toBeUndefined();
  });

  it('posts a leg action with its custom param and returns what came back', async () => {
    h.v2()
      .intercept({ path: `${LEG_PATH}/actions`, method: 'POST' })
      .reply(202, envelope({ leg_sid: LEG_SID, action_sid: 'act-1' }, 'POST', 202));

    const accepted = await h.client().legAction(LEG_SID, {
      exoml: '<Flow><Answer/></Flow>',
      action_custom_param: 'step-3',
    });

    expect(accepted).toEqual({ leg_sid: LEG_SID, action_sid: 'act-1' });
    expect(h.calls()[0]?.body).toEqual({
      exoml: '<Flow><Answer/></Flow>',
      action_custom_param: 'step-3',
    });
  });

  it('accepts an action reply whose data is null: the 202 is the acceptance', async () => {
    h.v2()
      .intercept({ path: `${LEG_PATH}/actions`, method: 'POST' })
      .reply(202, envelope(null, 'POST', 202));

    await expect(
      h.client().legAction(LEG_SID, { exoml: '<Flow><Hangup/></Flow>' }),
    ).resolves.toEqual({});
  });

  it('encodes a sid so it cannot change the path', async () => {
    h.v2()
      .intercept({ path: `${LEGS_PATH}/a%2F..%3Fx/actions`, method: 'POST' })
      .reply(202, envelope(null, 'POST', 202));

    await h.client().legAction('a/..?x', { exoml: '<Flow><Hangup/></Flow>' });
    expect(h.calls()).toHaveLength(1);
  });

  it('lists the stored events of a leg, filtered by name', async () => {
    h.v2()
      .intercept({
        path: `${LEG_PATH}/external_events`,
        method: 'GET',
        query: { event_name: 'leg_answered' },
      })
      .reply(200, envelope([{ event_sid: 'ev-1', event_name: 'leg_answered' }]));

    const events = await h.client().getLegEvents(LEG_SID, { event_name: 'leg_answered' });

    expect(events).toEqual([{ event_sid: 'ev-1', event_name: 'leg_answered' }]);
  });

  it('keeps fields the platform added', async () => {
    h.v2()
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .reply(202, { ...envelope({ ...CREATED_LEG, enqueued: true }, 'POST', 202), metadata: {} });

    const leg = await h.client().createLeg(CREATE_PARAMS);

    expect(leg).toMatchObject({ leg_sid: LEG_SID, enqueued: true });
  });
});
