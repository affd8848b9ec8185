import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from '../../../shared/events';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';

let h: SimHarness;

beforeAll(async () => {
  h = await startSimHarness();
});

afterAll(async () => {
  await h.close();
});

const LEG_FIELDS = [
  'account_sid',
  'caller_id',
  'contact_uri',
  'date_created',
  'date_updated',
  'dc_code',
  'direction',
  'exophone',
  'leg_sid',
  'network_type',
  'nso_code',
  'start_time',
  'state',
  'time_limit',
];

describe("the seed's own example request", () => {
  it("gives the seed's reply shape and the documented events at the endpoint", async () => {
    // reference/seeds/001, with the listener's real port for 9001.
    const body = {
      contact_uri: '09163816621',
      exophone: '08030752400',
      leg_event_endpoint: h.endpoint,
      network_type: 'pstn',
      timeout: 200,
      time_limit: 200,
    };
    const reply = await h.api('POST', `${h.v2}/legs`, body);

    expect(reply.status).toBe(202);
    expect(Object.keys(reply.body)).toEqual(['request_id', 'method', 'http_code', 'response']);
    expect(reply.body.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(reply.body.method).toBe('POST');
    expect(reply.body.http_code).toBe(202);
    expect(reply.body.response.error_data).toBeNull();
    const data = reply.body.response.data;
    expect(Object.keys(data).sort()).toEqual(
      [
        'leg_sid',
        'created_at',
        'account_sid',
        'contact_uri',
        'network_type',
        'exophone',
        'custom_param',
        'leg_event_endpoint',
      ].sort(),
    );
    expect(data).toMatchObject({
      account_sid: h.sim.account.sid,
      contact_uri: '09163816621',
      network_type: 'pstn',
      exophone: '08030752400',
      custom_param: null,
      leg_event_endpoint: h.endpoint.replace('grpc://', ''),
    });
    expect(data.leg_sid).toMatch(/^[A-Za-z0-9]{27}00000$/);
    expect(data.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000 UTC$/);

    const legSid = data.leg_sid as string;
    await h.waitForEvent(legSid, 'leg_answered');
    expect(h.namesOf(legSid)).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered']);
    const [connecting, ringing, answered] = h.eventsOf(legSid);
    for (const event of h.eventsOf(legSid)) {
      expect(event.event_sid).toMatch(/^[A-Za-z0-9]{27}00000$/);
      expect(event.event_type).toBe('leg_lifecycle_event');
      expect(event.event_timestamp.seconds).toBeGreaterThan(1_600_000_000);
      expect(Object.keys(eventData(event))).toEqual(expect.arrayContaining(LEG_FIELDS));
      expect(eventData(event)).toMatchObject({
        leg_sid: legSid,
        contact_uri: '09163816621',
        exophone: '08030752400',
        caller_id: '8030752400',
        direction: 'outbound',
        network_type: 'pstn',
        time_limit: 200,
      });
    }
    expect(eventData(connecting!).state).toBe('connecting');
    expect(eventData(ringing!).state).toBe('ringing');
    expect(eventData(answered!)).toMatchObject({ state: 'connected', answered_by: 'HUMAN' });

    const hangup = await h.act(legSid, '<Flow><Hangup/></Flow>');
    expect(hangup.status).toBe(202);
    const terminated = await h.waitForEvent(legSid, 'leg_terminated');
    expect(eventData(terminated)).toMatchObject({
      state: 'terminal',
      terminal_status: 'completed',
      hangup_cause_code: 16,
    });
    expect(terminated.action_sid).toBe(hangup.body.response.data.action_sid);
  });
});
