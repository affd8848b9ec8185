import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legEvent, newEventSid } from './helpers/sample-events';
import { startTestListener } from './helpers/test-listener';
import type { TestListener } from './helpers/test-listener';
import { waitFor } from './helpers/wait-for';

const AUTH = { username: 'exotel', password: 's3cret' };
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let t: TestListener;
let url: string;

beforeAll(async () => {
  t = await startTestListener({ http: { port: 0, basicAuth: AUTH } });
  url = t.listener.http?.url ?? '';
});

afterAll(async () => {
  await t.close();
});

/** An event as the HTTPS delivery sends it: the timestamp is an ISO string there. */
function httpEvent(legSid: string, eventName: string, iso: string): Record<string, unknown> {
  return { ...legEvent(legSid, eventName, 0), event_timestamp: iso };
}

/** POSTs like the platform: its headers, Basic auth, JSON. */
function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const sid = typeof body === 'object' && body ? (body as { event_sid?: string }).event_sid : '';
  return fetch(new URL('/exotel/events', url), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Exotel-Hermix/1.0',
      Authorization: basic(AUTH.username, AUTH.password),
      ...(sid ? { 'X-Exotel-Event-Sid': sid, 'X-Exotel-Request-Id': `${sid}-1` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The reason given in a 4xx answer's JSON body. */
async function errorOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

describe('the HTTP JSON delivery', () => {
  it('listens on its own port', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(t.listener.http?.port).not.toBe(t.listener.grpc.port);
  });

  it('acknowledges with a 2xx and delivers the event with its ISO timestamp converted', async () => {
    const event = httpEvent('LEG-H1', 'leg_answered', '2023-06-05T12:08:45.250Z');
    const response = await post(event);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      received: true,
      event_sid: event.event_sid,
      duplicate: false,
    });

    await waitFor('the event', () => t.sids().includes(event.event_sid as string));
    const got = t.received.find(({ event: e }) => e.event_sid === event.event_sid);
    expect(got?.event.event_timestamp).toEqual({ seconds: 1_685_966_925, nanos: 250_000_000 });
    expect(got?.info).toMatchObject({ via: 'http', requestId: `${event.event_sid}-1` });
  });

  it('drops a retry of the same event, across gRPC and HTTP alike', async () => {
    const event = legEvent('LEG-H2', 'leg_ringing', 0);
    await t.client.send(event);
    const retry = await post({ ...event, event_timestamp: '2023-06-05T12:08:45Z' });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ duplicate: true });
    const marker = legEvent('LEG-H2', 'leg_answered', 500);
    await t.client.send(marker);
    await waitFor('the marker', () => t.sids().includes(marker.event_sid as string));
    expect(t.sids().filter((sid) => sid === event.event_sid)).toHaveLength(1);
  });

  it('takes the event sid from X-Exotel-Event-Sid when the body has none', async () => {
    const { event_sid: _sid, ...body } = httpEvent('LEG-H3', 'leg_ringing', '2023-06-05T12:00:00Z');
    const sid = newEventSid();
    const response = await post(body, { 'X-Exotel-Event-Sid': sid });
    expect(response.status).toBe(200);
    await waitFor('the event', () => t.sids().includes(sid));
  });

  it('answers 400 with the reason to a body that is not JSON or not an event', async () => {
    const notJson = await post('{"event_sid": ');
    expect(notJson.status).toBe(400);
    expect(await errorOf(notJson)).toMatch(/^Malformed event: the body is not JSON/);

    const badTime = await post(httpEvent('LEG-H4', 'leg_ringing', 'yesterday-ish'));
    expect(badTime.status).toBe(400);
    expect(await errorOf(badTime)).toContain('event_timestamp');

    const event = httpEvent('LEG-H4', 'leg_ringing', '2023-06-05T12:00:00Z');
    const mismatch = await post(event, { 'X-Exotel-Event-Sid': 'SOMETHING-ELSE' });
    expect(mismatch.status).toBe(400);
    expect(await errorOf(mismatch)).toContain('X-Exotel-Event-Sid');

    // And it keeps serving.
    expect((await post(event)).status).toBe(200);
  });

  it('answers 401 without the right Basic auth, 405 to anything but POST', async () => {
    const event = httpEvent('LEG-H5', 'leg_ringing', '2023-06-05T12:00:00Z');
    const wrong = await post(event, { Authorization: basic(AUTH.username, 'guess') });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);
    const anonymous = await fetch(url, { method: 'POST', body: JSON.stringify(event) });
    expect(anonymous.status).toBe(401);
    expect(t.sids()).not.toContain(event.event_sid);

    const get = await fetch(url, {
      headers: { Authorization: basic(AUTH.username, AUTH.password) },
    });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('answers 413 to a body over the limit', async () => {
    const big = {
      ...httpEvent('LEG-H6', 'leg_ringing', '2023-06-05T12:00:00Z'),
      pad: 'x'.repeat(2_000_000),
    };
    const response = await post(big);
    expect(response.status).toBe(413);
  });
});

describe('the HTTPS delivery', () => {
  it('serves the same over TLS with the listener certificate', async () => {
    const certFile = fileURLToPath(
      new URL('../../fixtures/tls/localhost-cert.pem', import.meta.url),
    );
    const keyFile = fileURLToPath(new URL('../../fixtures/tls/localhost-key.pem', import.meta.url));
    const secure = await startTestListener({ tls: { certFile, keyFile }, http: { port: 0 } });
    try {
      expect(secure.listener.http?.url).toMatch(/^https:\/\//);
      const event = httpEvent('LEG-HS', 'leg_ringing', '2023-06-05T12:00:00Z');
      const status = await new Promise<number>((resolve, reject) => {
        const body = JSON.stringify(event);
        request(
          secure.listener.http?.url ?? '',
          {
            method: 'POST',
            ca: readFileSync(certFile),
            headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        )
          .on('error', reject)
          .end(body);
      });
      expect(status).toBe(200);
      await waitFor('the event', () => secure.sids().includes(event.event_sid as string));
    } finally {
      await secure.close();
    }
  });
});
