import { describe, it, expect } from 'vitest';
import { LegsApiError } from '../../../electron/legs-api';
import {
  CREATED_LEG,
  CREATE_PARAMS,
  LEG_SID,
  LEGS_PATH,
  V3_ORIGIN,
  ACCOUNT,
  envelope,
  errorEnvelope,
  rejectionOf,
  useHarness,
} from './legs-api-fixture';

const h = useHarness();

/** Creates a leg against a mock that answers `status` with `body`, and returns the error. */
async function createLegFailure(status: number, body: unknown): Promise<LegsApiError> {
  h.v2()
    .intercept({ path: LEGS_PATH, method: 'POST' })
    .reply(status, body as object);
  const error = await rejectionOf(h.client().createLeg(CREATE_PARAMS));
  expect(error).toBeInstanceOf(LegsApiError);
  return error as LegsApiError;
}

describe('Legs API client errors', () => {
  it('400: the platform message, code and description, in words a designer reads', async () => {
    const body = errorEnvelope(400, 1001, 'contact_uri is invalid', 'Use 0 or a country prefix');
    const error = await createLegFailure(400, body);

    expect(error).toMatchObject({
      kind: 'bad-request',
      status: 400,
      code: '1001',
      platformMessage: 'contact_uri is invalid',
      description: 'Use 0 or a country prefix',
      requestId: 'req-err-400',
      outcomeUnknown: false,
      retries: 0,
    });
    expect(error.message).toBe(
      'The platform rejected the request (400): contact_uri is invalid — Use 0 or a country prefix.',
    );
    expect(h.calls()).toHaveLength(1);
  });

  it('401: says the token was refused', async () => {
    const error = await createLegFailure(401, errorEnvelope(401, 1010, 'Authentication failed'));

    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      "The API token was refused (401). Check the profile's key and token.",
    );
  });

  it('403: not allowed for this account', async () => {
    const error = await createLegFailure(403, errorEnvelope(403, 1003, 'Not permitted'));

    expect(error.kind).toBe('forbidden');
    expect(error.message).toBe('The account is not allowed to do this (403): Not permitted.');
  });

  it('404: names what was not found', async () => {
    h.v2()
      .intercept({ path: `${LEGS_PATH}/${LEG_SID}/actions`, method: 'POST' })
      .reply(404, errorEnvelope(404, 1004, 'Leg not found'));

    const error = await rejectionOf(h.client().legAction(LEG_SID, { exoml: '<Flow/>' }));

    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect((error as Error).message).toBe(
      `The platform has no leg ${LEG_SID} (404): Leg not found.`,
    );
  });

  it('500 on a POST: not repeated, and the outcome is called unknown', async () => {
    const error = await createLegFailure(500, errorEnvelope(500, 1500, 'Internal error'));

    expect(error).toMatchObject({ kind: 'server', status: 500, outcomeUnknown: true });
    expect(error.message).toBe(
      'The platform had an internal error (500): Internal error. ' +
        'The action may or may not have happened; check before trying again.',
    );
    expect(h.calls()).toHaveLength(1);
  });

  it('a 502 with an HTML body is still a server failure with its status', async () => {
    const error = await createLegFailure(502, '<html>Bad Gateway</html>');

    expect(error).toMatchObject({ kind: 'server', status: 502, platformMessage: undefined });
    expect(error.message).toMatch(/^The platform is not available right now \(502\)\./);
    expect(h.calls()).toHaveLength(1);
  });

  it('v3 "legs not found" (500, 10743) is a not-found', async () => {
    h.agent
      .get(V3_ORIGIN)
      .intercept({ path: `/v3/accounts/${ACCOUNT}/calls/c9/legs`, method: 'GET' })
      .reply(500, {
        request_id: 'r3',
        response: { error_data: { code: 10743, message: 'Legs not found' } },
      });

    const error = await rejectionOf(h.client().getCallLegs('c9'));

    expect(error).toMatchObject({ kind: 'not-found', status: 500, code: '10743' });
  });

  it('a 2xx that is not JSON is a bad reply saying so', async () => {
    const error = await createLegFailure(202, '<html>Welcome to nginx</html>');

    expect(error.kind).toBe('bad-reply');
    expect(error.message).toContain(
      'it is not JSON (it starts with "<html>Welcome to nginx</html>")',
    );
    expect(error.message).toContain('The platform accepted the request');
  });

  it('a 2xx outside the envelope is a bad reply naming the missing part', async () => {
    const error = await createLegFailure(200, { ok: true });

    expect(error.kind).toBe('bad-reply');
    expect(error.message).toContain("it is not the platform's envelope (response:");
  });

  it('a created leg without leg_sid is a bad reply: the app relies on it', async () => {
    const { leg_sid: _omitted, ...withoutSid } = CREATED_LEG;
    const error = await createLegFailure(202, envelope(withoutSid, 'POST', 202));

    expect(error).toMatchObject({ kind: 'bad-reply', status: 202, requestId: 'req-ok-1' });
    expect(error.message).toContain('response.data.leg_sid');
  });

  it('an odd value in a field we only display does not fail the call', async () => {
    h.v2()
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .reply(202, envelope({ ...CREATED_LEG, created_at: 12, network_type: ['?'] }, 'POST', 202));

    const leg = await h.client().createLeg(CREATE_PARAMS);

    expect(leg.leg_sid).toBe(LEG_SID);
    expect(leg.created_at).toBeUndefined();
  });

  it('an empty sid is refused before anything is sent', async () => {
    const error = await rejectionOf(h.client().getLeg(' '));

    expect(error).toMatchObject({ kind: 'bad-request', status: 0 });
    expect(h.calls()).toHaveLength(0);
  });

  it('a closed client refuses calls with a LegsApiError', async () => {
    const client = h.client();
    await client.close();

    const error = await rejectionOf(client.createLeg(CREATE_PARAMS));

    expect(error).toBeInstanceOf(LegsApiError);
    expect(h.calls()).toHaveLength(0);
  });

  it('a base URL that is not http(s) is refused when the client is made', () => {
    expect(() => h.client({ baseUrl: 'grpc://127.0.0.1:9001' })).toThrow(
      'The base URL "grpc://127.0.0.1:9001" is not an http:// or https:// address.',
    );
  });
});
