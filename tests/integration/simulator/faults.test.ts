import { describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import { startSimulator } from '../../../electron/simulator';
import type { SimulatorOptions } from '../../../electron/simulator';
import { eventData, eventTimeMs } from '../../../shared/events';
import type { LegEvent } from '../../../shared/events';
import { rawApi } from './helpers/raw-api';
import { startRawGrpcServer } from './helpers/raw-grpc-server';
import { EXOPHONE } from './helpers/sim-harness';
import { waitUntil } from './helpers/wait-until';

/** Runs `body` against a simulator with `faults`, closing it after. */
async function withSim(
  faults: string,
  body: (sim: Awaited<ReturnType<typeof startSimulator>>) => Promise<void>,
  options: SimulatorOptions = {},
) {
  const sim = await startSimulator({ speed: 100, rateLimitPerMinute: 0, faults, ...options });
  try {
    await body(sim);
  } finally {
    await sim.close();
  }
}

function dialBody(endpoint: string) {
  return { contact_uri: '09163816621', exophone: EXOPHONE, leg_event_endpoint: endpoint };
}

describe('API faults', () => {
  it('500=1 answers every request 500 in the envelope, and does not carry it out', async () => {
    await withSim('500=1', async (sim) => {
      const api = rawApi(sim.baseUrl, sim.account);
      const reply = await api(
        'POST',
        `/v2/accounts/${sim.account.sid}/legs`,
        dialBody('grpc://127.0.0.1:1'),
      );
      expect(reply.status).toBe(500);
      expect(reply.body).toMatchObject({
        method: 'POST',
        http_code: 500,
        response: { data: null, error_data: { code: 500, description: 'Simulated by --faults.' } },
      });
      expect(sim.control.listLegs()).toEqual([]);
    });
  });

  it('429=100% answers with the documented rate-limit body', async () => {
    await withSim('429=100%', async (sim) => {
      const reply = await rawApi(sim.baseUrl, sim.account)(
        'GET',
        `/v2/accounts/${sim.account.sid}/legs/x`,
      );
      expect(reply.status).toBe(429);
      expect(reply.body.response.error.message).toBe(
        'Rate limit exceeded. Please retry after some time.',
      );
    });
  });

  it('a seed repeats the same faults; latency slows replies but changes nothing else', async () => {
    const statuses: number[][] = [];
    for (let run = 0; run < 2; run++) {
      await withSim('500=0.5,latency=1-5ms,seed=7', async (sim) => {
        const api = rawApi(sim.baseUrl, sim.account);
        const seen: number[] = [];
        for (let i = 0; i < 12; i++) {
          seen.push((await api('GET', `/v2/accounts/${sim.account.sid}/legs/x`)).status);
        }
        statuses.push(seen);
      });
    }
    expect(statuses[0]).toEqual(statuses[1]);
    expect(new Set(statuses[0])).toEqual(new Set([404, 500]));
  });
});

describe('event faults', () => {
  it('dup=1 delivers every event twice, with the same event_sid', async () => {
    const server = await startRawGrpcServer();
    try {
      await withSim('dup=1', async (sim) => {
        await rawApi(sim.baseUrl, sim.account)(
          'POST',
          `/v2/accounts/${sim.account.sid}/legs`,
          dialBody(server.endpoint),
        );
        await waitUntil('six deliveries', () => server.deliveries.length === 6);
        const names = server.deliveries.map((d) => String(d.event.event_name));
        expect(names).toEqual([
          'leg_connecting',
          'leg_connecting',
          'leg_ringing',
          'leg_ringing',
          'leg_answered',
          'leg_answered',
        ]);
        const sids = server.deliveries.map((d) => String(d.event.event_sid));
        expect(new Set(sids).size).toBe(3);
        expect(sim.control.stats().delivery.duplicated).toBe(3);
      });
    } finally {
      await server.close();
    }
  });

  it('drop=1 delivers nothing and says so in the stats', async () => {
    const server = await startRawGrpcServer();
    try {
      await withSim('drop=1', async (sim) => {
        const api = rawApi(sim.baseUrl, sim.account);
        const reply = await api(
          'POST',
          `/v2/accounts/${sim.account.sid}/legs`,
          dialBody(server.endpoint),
        );
        const legSid = reply.body.response.data.leg_sid as string;
        await waitUntil('answered', () => sim.control.getLeg(legSid).state === 'connected');
        await sim.control.whenDelivered();
        expect(server.calls()).toBe(0);
        expect(sim.control.stats().delivery.dropped).toBe(3);
      });
    } finally {
      await server.close();
    }
  });

  it('reorder=1 swaps neighbours on the wire', async () => {
    const server = await startRawGrpcServer();
    try {
      await withSim('reorder=1', async (sim) => {
        await rawApi(sim.baseUrl, sim.account)(
          'POST',
          `/v2/accounts/${sim.account.sid}/legs`,
          dialBody(server.endpoint),
        );
        await waitUntil('three deliveries', () => server.deliveries.length === 3);
        // The first is held until the second has gone; the third, with nothing after it, waits
        // a moment and goes anyway.
        expect(server.deliveries.map((d) => d.event.event_name)).toEqual([
          'leg_ringing',
          'leg_connecting',
          'leg_answered',
        ]);
      });
    } finally {
      await server.close();
    }
  });

  it("the app's listener survives duplicated and reordered events: each once, in order", async () => {
    const listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
    const received: LegEvent[] = [];
    listener.subscribe('all', (event) => {
      received.push(event);
    });
    try {
      await withSim('dup=0.3,reorder=0.3,seed=3', async (sim) => {
        const api = rawApi(sim.baseUrl, sim.account);
        const reply = await api('POST', `/v2/accounts/${sim.account.sid}/legs`, {
          ...dialBody(`grpc://${listener.grpc.address}`),
          contact_uri: '09876500006',
        });
        const legSid = reply.body.response.data.leg_sid as string;
        await waitUntil('answered', () => sim.control.getLeg(legSid).state === 'connected');
        for (let i = 0; i < 3; i++) {
          await api('POST', `/v2/accounts/${sim.account.sid}/legs/${legSid}/actions`, {
            exoml: '<Flow><Say>Hello</Say></Flow>',
          });
        }
        await api('POST', `/v2/accounts/${sim.account.sid}/legs/${legSid}/actions`, {
          exoml: '<Flow><Hangup/></Flow>',
        });
        await waitUntil('leg_terminated', () =>
          received.some((e) => e.event_name === 'leg_terminated'),
        );
        await sim.control.whenDelivered();
        const mine = received.filter((event) => eventData(event).leg_sid === legSid);
        const stats = sim.control.stats().delivery;
        expect(stats.duplicated + stats.reordered).toBeGreaterThan(0);
        expect(new Set(mine.map((e) => e.event_sid)).size).toBe(mine.length);
        expect(mine).toHaveLength(stats.sent);
        const times = mine.map(eventTimeMs);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      });
    } finally {
      await listener.close();
    }
  });
});
