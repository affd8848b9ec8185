import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../electron/simulator';
import { rawApi } from './helpers/raw-api';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';

let h: SimHarness;

beforeAll(async () => {
  h = await startSimHarness();
});

afterAll(async () => {
  await h.close();
});

/** The error envelope of reference/legs-api.md: error_data filled, data null. */
function expectError(body: Record<string, unknown>, method: string, status: number, code?: number) {
  expect(Object.keys(body)).toEqual(['request_id', 'method', 'http_code', 'response']);
  expect(body).toMatchObject({ method, http_code: status, response: { data: null } });
  expect(body.request_id).toMatch(/^[0-9a-f]{32}$/);
  const errorData = (body.response as { error_data: Record<string, unknown> }).error_data;
  expect(Object.keys(errorData).sort()).toEqual(['code', 'description', 'message']);
  if (code !== undefined) expect(errorData.code).toBe(code);
  return errorData as { code: number; message: string; description: string };
}

describe('authentication', () => {
  it('answers 401 without credentials, with a Basic challenge', async () => {
    const reply = await h.api('GET', `${h.v2}/legs/x`, undefined, { credentials: null });
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toMatch(/^Basic /);
    expectError(reply.body, 'GET', 401, 1010);
  });

  it('answers 401 for a wrong token and for a wrong key', async () => {
    const { key, token } = h.sim.account;
    for (const credentials of [
      { key, token: `${token}x` },
      { key: 'nobody', token },
    ]) {
      const reply = await h.api('POST', `${h.v2}/legs`, {}, { credentials });
      expect(reply.status).toBe(401);
      expectError(reply.body, 'POST', 401, 1010);
    }
  });

  it("answers 403 for the right credentials on another account's sid", async () => {
    const reply = await h.api('GET', '/v2/accounts/someoneelse/legs/x');
    expect(reply.status).toBe(403);
    const error = expectError(reply.body, 'GET', 403);
    expect(error.description).toContain('someoneelse');
  });
});

describe('unknown things', () => {
  it('answers 404 for an unknown leg on every leg endpoint', async () => {
    for (const [method, path, body] of [
      ['GET', '/legs/NOSUCHLEG00000', undefined],
      ['POST', '/legs/NOSUCHLEG00000/actions', { exoml: '<Flow><Hangup/></Flow>' }],
      ['GET', '/legs/NOSUCHLEG00000/external_events', undefined],
    ] as const) {
      const reply = await h.api(method, h.v2 + path, body);
      expect(reply.status).toBe(404);
      expect(expectError(reply.body, method, 404).message).toContain('NOSUCHLEG00000');
    }
  });

  it('answers 404 for an unknown bridge on every bridge endpoint', async () => {
    for (const [method, path, body] of [
      ['GET', '/bridges/NOBRIDGE', undefined],
      ['PUT', '/bridges/NOBRIDGE', { action: 'stop' }],
      ['POST', '/bridges/NOBRIDGE/actions', { exoml: '<Flow><StopPlay/></Flow>' }],
    ] as const) {
      const reply = await h.api(method, h.v2 + path, body);
      expect(reply.status).toBe(404);
      expect(expectError(reply.body, method, 404).message).toContain('NOBRIDGE');
    }
  });

  it("answers an unknown call with v3's envelope, 404 and code 10744", async () => {
    const reply = await h.api('GET', `/v3/accounts/${h.sim.account.sid}/calls/NOCALL/legs`);
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({
      method: 'GET',
      http_code: 404,
      metadata: null,
      response: { code: 404, status: 'failure', leg_details: null, error_data: { code: 10744 } },
    });
  });

  it('answers 404 for a path that is no endpoint, 405 for a wrong method', async () => {
    const unknown = await h.api('GET', `${h.v2}/calls`);
    expect(unknown.status).toBe(404);
    expectError(unknown.body, 'GET', 404);
    const wrong = await h.api('DELETE', `${h.v2}/legs/x`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expectError(wrong.body, 'DELETE', 405);
  });

  it('answers 404 with the envelope for paths that begin with //, never 500', async () => {
    for (const path of ['//', `//${h.v2.slice(1)}/legs`, `//example.com${h.v2}/legs`]) {
      const reply = await h.api('GET', path);
      expect(reply.status, path).toBe(404);
      expectError(reply.body, 'GET', 404);
    }
  });

  it('answers 400 for a path with a broken %-escape', async () => {
    const reply = await h.api('GET', `${h.v2}/legs/%E0%A4%A`);
    expect(reply.status).toBe(400);
    expect(expectError(reply.body, 'GET', 400).message).toMatch(/broken %-escape/);
  });

  it('answers 400 for a body that is not JSON, or not an object', async () => {
    const broken = await h.api('POST', `${h.v2}/legs`, undefined, { rawBody: '{"contact_uri": ' });
    expect(broken.status).toBe(400);
    expect(expectError(broken.body, 'POST', 400).message).toMatch(/not valid JSON/);
    const list = await h.api('POST', `${h.v2}/legs`, ['09163816621']);
    expect(list.status).toBe(400);
    expect(expectError(list.body, 'POST', 400).message).toMatch(/JSON object/);
  });
});

describe('reading a leg', () => {
  it('gets a leg with the documented fields, and additional_info on request', async () => {
    const legSid = await h.dial('09163816621', { custom_param: 'order-42' });
    await h.waitForEvent(legSid, 'leg_answered');
    const plain = await h.api('GET', `${h.v2}/legs/${legSid}`);
    expect(plain.status).toBe(200);
    expect(plain.body).toMatchObject({
      method: 'GET',
      http_code: 200,
      response: { error_data: null },
    });
    const leg = plain.body.response.data;
    expect(leg).toMatchObject({
      leg_sid: legSid,
      account_sid: h.sim.account.sid,
      contact_uri: '09163816621',
      exophone: '08030752400',
      caller_id: '8030752400',
      direction: 'outbound',
      network_type: 'pstn',
      time_limit: 14400,
      state: 'connected',
      terminal_status: null,
      end_time: null,
      custom_param: 'order-42',
    });
    for (const field of ['date_created', 'date_updated', 'start_time']) {
      expect(leg[field]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    }
    expect(typeof leg.on_call_duration_ms).toBe('number');
    expect(leg.additional_info).toBeUndefined();

    const full = await h.api('GET', `${h.v2}/legs/${legSid}?fields=additional_info`);
    expect(full.body.response.data.additional_info).toMatchObject({
      bridge_status: 'not_joined',
      recording_status: 'not_recording',
      hold_status: 'not_on_hold',
      gather_status: 'idle',
      play_status: 'idle',
    });
  });

  it('lists the events sent for a leg, filtered by name on request', async () => {
    const legSid = await h.dial('09163816621');
    await h.waitForEvent(legSid, 'leg_answered');
    const all = await h.api('GET', `${h.v2}/legs/${legSid}/external_events`);
    expect(all.status).toBe(200);
    expect(all.body.response.data.map((event: { event_name: string }) => event.event_name)).toEqual(
      ['leg_connecting', 'leg_ringing', 'leg_answered'],
    );
    const one = await h.api('GET', `${h.v2}/legs/${legSid}/external_events?event_name=leg_ringing`);
    expect(one.body.response.data).toHaveLength(1);
    expect(one.body.response.data[0].event_sid).toBe(h.eventsOf(legSid)[1]?.event_sid);
  });
});

describe('the rate limit', () => {
  it('answers 429 with the documented body once the per-minute limit is used up', async () => {
    const sim = await startSimulator({ rateLimitPerMinute: 3 });
    try {
      const api = rawApi(sim.baseUrl, sim.account);
      const path = `/v2/accounts/${sim.account.sid}/legs/NOSUCHLEG00000`;
      for (let i = 0; i < 3; i++) expect((await api('GET', path)).status).toBe(404);
      const limited = await api('GET', path);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Object.keys(limited.body)).toEqual(['request_id', 'http_code', 'response']);
      expect(limited.body).toEqual({
        request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        http_code: 429,
        response: {
          error: { code: 429, message: 'Rate limit exceeded. Please retry after some time.' },
        },
      });
      // The limit is per account: bad credentials are refused before they count.
      const stranger = await api('GET', path, undefined, { credentials: { key: 'a', token: 'b' } });
      expect(stranger.status).toBe(401);
    } finally {
      await sim.close();
    }
  });
});
