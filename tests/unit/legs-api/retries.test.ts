import { createServer } from 'node:net';
import { describe, it, expect } from 'vitest';
import { errors } from 'undici';
import { createLegsApiClient } from '../../../electron/legs-api';
import {
  ACCOUNT,
  API_KEY,
  API_TOKEN,
  CREATED_LEG,
  CREATE_PARAMS,
  LEG_SID,
  LEGS_PATH,
  RATE_LIMITED,
  envelope,
  fakeClock,
  rejectionOf,
  useHarness,
} from './legs-api-fixture';

const h = useHarness();
const LEG_PATH = `${LEGS_PATH}/${LEG_SID}`;

function connectionRefused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' });
}

/** A port on which nothing listens: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('Legs API client retries', () => {
  it('429 then 202: waits with back-off and succeeds', async () => {
    const pool = h.v2();
    pool.intercept({ path: LEGS_PATH, method: 'POST' }).reply(429, RATE_LIMITED);
    pool
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .reply(202, envelope(CREATED_LEG, 'POST', 202));

    const leg = await h.client().createLeg(CREATE_PARAMS);

    expect(leg.leg_sid).toBe(LEG_SID);
    // Back-off of the first retry: 500 ms base, half fixed and half jitter (the clock gives 0.5).
    expect(h.clock.sleeps).toEqual([375]);
    expect(h.calls()).toHaveLength(2);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const pool = h.v2();
    const inFiveSeconds = new Date(h.clock.now() + 5000).toUTCString();
    pool
      .intercept({ path: LEG_PATH, method: 'GET' })
      .reply(429, RATE_LIMITED, { headers: { 'retry-after': '7' } });
    pool
      .intercept({ path: LEG_PATH, method: 'GET' })
      .reply(429, RATE_LIMITED, { headers: { 'retry-after': inFiveSeconds } });
    pool
      .intercept({ path: LEG_PATH, method: 'GET' })
      .reply(200, envelope({ leg_sid: LEG_SID, state: 'ringing' }));

    const leg = await h.client().getLeg(LEG_SID);

    expect(leg.state).toBe('ringing');
    expect(h.clock.sleeps).toEqual([7000, 5000]);
  });

  it('429 every time: waits its turn past maxAttempts, then gives up after maxThrottledMs and says how often it retried', async () => {
    h.v2().intercept({ path: LEGS_PATH, method: 'POST' }).reply(429, RATE_LIMITED).times(3);

    // Throttling delays a call rather than failing it: two attempts would be the limit for other
    // failures, but the time budget (1 s) is what ends a run of 429s.
    const error = await rejectionOf(
      h.client({ retry: { maxAttempts: 2, maxThrottledMs: 1_000 } }).createLeg(CREATE_PARAMS),
    );

    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      code: '10724',
      platformMessage: 'Rate limit exceeded. Please retry after some time.',
      requestId: 'req-429',
      retries: 2,
      message:
        "Too many requests (429): the platform's limit is about 100 a minute. Retried 2 times.",
    });
    expect(h.clock.sleeps).toEqual([375, 750]);
  });

  it('a GET is repeated after a 503', async () => {
    const pool = h.v2();
    pool.intercept({ path: LEG_PATH, method: 'GET' }).reply(503, 'unavailable');
    pool
      .intercept({ path: LEG_PATH, method: 'GET' })
      .reply(200, envelope({ leg_sid: LEG_SID, state: 'connected' }));

    await expect(h.client().getLeg(LEG_SID)).resolves.toMatchObject({ state: 'connected' });
  });

  it('a POST is not repeated after a failure that may have reached the platform', async () => {
    h.v2()
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .replyWithError(new errors.SocketError('other side closed'));

    const error = await rejectionOf(h.client().createLeg(CREATE_PARAMS));

    expect(h.calls()).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'network', status: 0, outcomeUnknown: true });
    expect((error as Error).message).toBe(
      'The connection to https://cpaas-api.exotel.com broke: the connection closed. ' +
        'The action may or may not have happened; check before trying again.',
    );
  });

  it('the same failure on a GET is repeated, since a GET changes nothing', async () => {
    const pool = h.v2();
    pool
      .intercept({ path: LEG_PATH, method: 'GET' })
      .replyWithError(new errors.SocketError('other side closed'));
    pool
      .intercept({ path: LEG_PATH, method: 'GET' })
      .reply(200, envelope({ leg_sid: LEG_SID, state: 'terminal' }));

    await expect(h.client().getLeg(LEG_SID)).resolves.toMatchObject({ state: 'terminal' });
  });

  it('a POST whose connection was refused is repeated: nothing was sent', async () => {
    const pool = h.v2();
    pool.intercept({ path: LEGS_PATH, method: 'POST' }).replyWithError(connectionRefused());
    pool
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .reply(202, envelope(CREATED_LEG, 'POST', 202));

    await expect(h.client().createLeg(CREATE_PARAMS)).resolves.toMatchObject({ leg_sid: LEG_SID });
    expect(h.calls()).toHaveLength(2);
  });

  it('a real closed port: retried, then "Cannot reach"', async () => {
    const port = await closedPort();
    const clock = fakeClock();
    const client = createLegsApiClient({
      baseUrl: `http://127.0.0.1:${port}`,
      accountSid: ACCOUNT,
      apiKey: API_KEY,
      apiToken: API_TOKEN,
      retry: { maxAttempts: 3 },
      clock,
    });

    try {
      const error = await rejectionOf(client.createLeg(CREATE_PARAMS));
      expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', outcomeUnknown: false });
      expect((error as Error).message).toBe(
        `Cannot reach http://127.0.0.1:${port}: connection refused. Retried 2 times.`,
      );
      expect(clock.sleeps).toHaveLength(2);
    } finally {
      await client.close();
    }
  });

  it('a time-out: the message gives the limit; a POST is not repeated', async () => {
    h.v2()
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .reply(202, envelope(CREATED_LEG, 'POST', 202))
      .delay(10_000);

    const error = await rejectionOf(h.client({ timeoutMs: 30 }).createLeg(CREATE_PARAMS));

    expect(error).toMatchObject({ kind: 'timeout', status: 0, outcomeUnknown: true });
    expect((error as Error).message).toBe(
      'The platform did not answer within 30 ms. ' +
        'The action may or may not have happened; check before trying again.',
    );
    expect(h.calls()).toHaveLength(1);
  });

  it('a GET that times out says so plainly', async () => {
    h.v2()
      .intercept({ path: LEG_PATH, method: 'GET' })
      .reply(200, envelope({ leg_sid: LEG_SID, state: 'ringing' }))
      .delay(10_000);

    const error = await rejectionOf(h.client({ timeoutMs: 30 }).getLeg(LEG_SID));

    expect(error).toMatchObject({ kind: 'timeout', outcomeUnknown: false });
    expect((error as Error).message).toBe('The platform did not answer within 30 ms.');
  });
});
