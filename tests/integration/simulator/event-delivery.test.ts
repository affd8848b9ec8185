import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import { startSimulator } from '../../../electron/simulator';
import { legEventSchema } from '../../../shared/events';
import { rawApi } from './helpers/raw-api';
import { startRawGrpcServer } from './helpers/raw-grpc-server';
import { EXOPHONE } from './helpers/sim-harness';
import { waitUntil } from './helpers/wait-until';

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;

beforeAll(async () => {
  sim = await startSimulator({ speed: 100, rateLimitPerMinute: 0 });
});

afterAll(async () => {
  await sim.close();
});

async function dial(target: Sim, endpoint: string, contactUri = '09163816621') {
  const api = rawApi(target.baseUrl, target.account);
  const reply = await api('POST', `/v2/accounts/${target.account.sid}/legs`, {
    contact_uri: contactUri,
    exophone: EXOPHONE,
    leg_event_endpoint: endpoint,
  });
  expect(reply.status).toBe(202);
  return reply.body.response.data.leg_sid as string;
}

describe('over gRPC', () => {
  it("keeps each leg's order when many legs run at once", async () => {
    const server = await startRawGrpcServer();
    try {
      const legs = await Promise.all(Array.from({ length: 20 }, () => dial(sim, server.endpoint)));
      await waitUntil('every leg answered', () =>
        legs.every((leg) => server.namesOf(leg).includes('leg_answered')),
      );
      for (const leg of legs) {
        expect(server.namesOf(leg)).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered']);
      }
    } finally {
      await server.close();
    }
  });

  it('retries an event the receiver could not take, and gives up on one it refuses', async () => {
    const server = await startRawGrpcServer((event, index) =>
      index === 0
        ? status.UNAVAILABLE
        : event.event_name === 'leg_ringing'
          ? status.INVALID_ARGUMENT
          : status.OK,
    );
    try {
      const before = { ...sim.control.stats().delivery };
      const leg = await dial(sim, server.endpoint);
      await waitUntil('leg_answered', () => server.namesOf(leg).includes('leg_answered'));
      // The first attempt was refused as unavailable and repeated; leg_ringing was refused
      // as malformed, which no repeat can fix, so it was given up after one attempt.
      expect(server.namesOf(leg)).toEqual(['leg_connecting', 'leg_answered']);
      const after = sim.control.stats().delivery;
      expect(after.retries - before.retries).toBe(1);
      expect(after.failed - before.failed).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('over HTTP', () => {
  it('POSTs JSON with the documented headers, Basic auth from the URL, retrying a 503', async () => {
    const requests: { headers: IncomingHttpHeaders; body: Record<string, unknown> }[] = [];
    let calls = 0;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        calls++;
        if (calls === 1) {
          response.writeHead(503).end();
          return;
        }
        requests.push({
          headers: request.headers,
          body: JSON.parse(Buffer.concat(chunks).toString()),
        });
        response.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const leg = await dial(sim, `http://exotel:s3cret@127.0.0.1:${port}/events`);
      await waitUntil('three events', () => requests.length === 3, 10_000);
      const [first] = requests;
      const sid = String(first!.body.event_sid);
      expect(first!.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': expect.stringMatching(/^Exotel-Hermix\//),
        'x-exotel-event-sid': sid,
        'x-exotel-request-id': `${sid}-2`,
        authorization: `Basic ${Buffer.from('exotel:s3cret').toString('base64')}`,
      });
      expect(first!.body).toMatchObject({ event_name: 'leg_connecting' });
      expect(first!.body.event_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
      expect(legEventSchema.safeParse(first!.body).success).toBe(true);
      expect(requests.map((r) => r.body.event_name)).toEqual([
        'leg_connecting',
        'leg_ringing',
        'leg_answered',
      ]);
      // The leg's fields in the top-level data, as seed 001's samples have them.
      expect(requests.every((r) => (r.body.data as { leg_sid: string }).leg_sid === leg)).toBe(
        true,
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("is taken by the app's listener on its HTTPS alternative (here in the clear)", async () => {
    const listener = await startListener(
      { port: 0, http: { port: 0, basicAuth: { username: 'u', password: 'p' } } },
      { logger: silentListenerLogger },
    );
    const vias: string[] = [];
    listener.subscribe('all', (event, info) => {
      vias.push(`${info.via}:${event.event_name}`);
    });
    try {
      const url = new URL(listener.http!.url);
      url.username = 'u';
      url.password = 'p';
      await dial(sim, url.toString());
      await waitUntil('leg_answered', () => vias.includes('http:leg_answered'));
      expect(vias).toEqual(['http:leg_connecting', 'http:leg_ringing', 'http:leg_answered']);
    } finally {
      await listener.close();
    }
  });
});
