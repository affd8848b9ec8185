import { inspect } from 'node:util';
import { describe, it, expect } from 'vitest';
import { errors } from 'undici';
import { redact, REDACTED, type LegsApiClient } from '../../../electron/legs-api';
import {
  API_KEY,
  API_TOKEN,
  BASIC,
  CREATE_PARAMS,
  LEG_SID,
  LEGS_PATH,
  RATE_LIMITED,
  errorEnvelope,
  rejectionOf,
  useHarness,
} from './legs-api-fixture';

const h = useHarness();
const ENCODED = Buffer.from(`${API_KEY}:${API_TOKEN}`).toString('base64');

/** Every text in which a secret could leak. */
function exposures(error: unknown, client: LegsApiClient): string[] {
  const fields = Object.values(error as Record<string, unknown>).map(String);
  return [
    (error as Error).message,
    JSON.stringify(error),
    inspect(error, { depth: 5 }),
    ...fields,
    inspect(client, { depth: 5, showHidden: true }),
    JSON.stringify(client),
    ...h.logs,
  ];
}

function expectNoSecret(texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(API_TOKEN);
    expect(text).not.toContain(ENCODED);
    expect(text).not.toContain(encodeURIComponent(API_TOKEN));
  }
}

describe('the API token stays secret', () => {
  it('even when the platform echoes the token and the auth header in its error', async () => {
    h.v2()
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .reply(400, errorEnvelope(400, 1, `bad token ${API_TOKEN}`, `header was ${BASIC}`));
    const client = h.client();

    const error = await rejectionOf(client.createLeg(CREATE_PARAMS));

    expect((error as Error).message).toContain(`bad token ${REDACTED}`);
    expect(h.logs.length).toBeGreaterThan(0);
    expectNoSecret(exposures(error, client));
  });

  it('through 401, 429 retries, network failures and bad replies', async () => {
    const pool = h.v2();
    pool.intercept({ path: LEGS_PATH, method: 'POST' }).reply(401, errorEnvelope(401, 1010, 'no'));
    pool.intercept({ path: LEGS_PATH, method: 'POST' }).reply(429, RATE_LIMITED).times(2);
    pool
      .intercept({ path: LEGS_PATH, method: 'POST' })
      .replyWithError(new errors.SocketError(`closed while sending ${BASIC}`));
    pool.intercept({ path: `${LEGS_PATH}/${LEG_SID}`, method: 'GET' }).reply(200, API_TOKEN);
    // A budget of 100 ms of throttling: the second 429 (after 375 ms of back-off) ends the call.
    const client = h.client({ retry: { maxAttempts: 2, maxThrottledMs: 100 } });

    const failures = [
      await rejectionOf(client.createLeg(CREATE_PARAMS)),
      await rejectionOf(client.createLeg(CREATE_PARAMS)),
      await rejectionOf(client.createLeg(CREATE_PARAMS)),
      await rejectionOf(client.getLeg(LEG_SID)),
    ];

    expect(failures.map((error) => (error as { kind: string }).kind)).toEqual([
      'auth',
      'rate-limited',
      'network',
      'bad-reply',
    ]);
    for (const error of failures) expectNoSecret(exposures(error, client));
  });

  it('even when the token is pasted where a sid belongs (logged path, 404 message)', async () => {
    h.v2()
      .intercept({ path: `${LEGS_PATH}/${API_TOKEN}`, method: 'GET' })
      .reply(404, errorEnvelope(404, 1004, 'Leg not found'));
    const client = h.client();

    const error = await rejectionOf(client.getLeg(API_TOKEN));

    expect((error as Error).message).toContain(`leg ${REDACTED} (404)`);
    expect(h.logs.some((line) => line.includes(`${LEGS_PATH}/${REDACTED}`))).toBe(true);
    expectNoSecret(exposures(error, client));
  });

  it('when the token was written into the base URL', () => {
    const baseUrl = `https://${API_KEY}:${API_TOKEN}@cpaas-api.exotel.com`;
    const client = h.client({ baseUrl });

    expect(client.baseUrl).toBe('https://cpaas-api.exotel.com');
    expectNoSecret([inspect(client), JSON.stringify(client)]);
    const error = rejectionOfSync(() => h.client({ baseUrl: `ftp://u:${API_TOKEN}@host` }));
    expectNoSecret([(error as Error).message, JSON.stringify(error)]);
  });
});

describe('redact', () => {
  it('replaces every occurrence, longest secret first', () => {
    expect(redact('a SECRET b SECRETX', ['SECRET', 'SECRETX'])).toBe(`a ${REDACTED} b ${REDACTED}`);
  });

  it('ignores empty secrets', () => {
    expect(redact('unchanged', [''])).toBe('unchanged');
  });
});

function rejectionOfSync(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error.');
}
