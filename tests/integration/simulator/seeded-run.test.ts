import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../electron/simulator';
import type { RunningSimulator, SimulatorOptions } from '../../../electron/simulator';
import { rawApi } from './helpers/raw-api';
import { EXOPHONE } from './helpers/sim-harness';

/** Starts one simulator per options object, runs `body` on them all, closes them after. */
async function withSims(
  all: SimulatorOptions[],
  body: (sims: RunningSimulator[]) => Promise<void>,
): Promise<void> {
  const sims = await Promise.all(
    all.map((options) => startSimulator({ speed: 100, rateLimitPerMinute: 0, ...options })),
  );
  try {
    await body(sims);
  } finally {
    await Promise.all(sims.map((sim) => sim.close()));
  }
}

/** Creates a leg to a number whose events go nowhere; returns the reply body. */
async function dial(sim: RunningSimulator) {
  const reply = await rawApi(sim.baseUrl, sim.account)(
    'POST',
    `/v2/accounts/${sim.account.sid}/legs`,
    {
      contact_uri: '09163816621',
      exophone: EXOPHONE,
      leg_event_endpoint: 'grpc://127.0.0.1:1',
    },
  );
  expect(reply.status).toBe(202);
  return reply.body as { request_id: string; response: { data: { leg_sid: string } } };
}

describe('a seeded run', () => {
  it('gives the same leg sid and request id for the same seed and request', async () => {
    await withSims([{ seed: 7 }, { seed: 7 }, { seed: 8 }], async ([a, b, other]) => {
      const [first, second, third] = [await dial(a!), await dial(b!), await dial(other!)];
      expect(second.response.data.leg_sid).toBe(first.response.data.leg_sid);
      expect(second.request_id).toBe(first.request_id);
      expect(third.response.data.leg_sid).not.toBe(first.response.data.leg_sid);
    });
  });

  it('repeats its faults from the same seed when the fault spec has none', async () => {
    const statuses = async (sim: RunningSimulator) => {
      const api = rawApi(sim.baseUrl, sim.account);
      const out: number[] = [];
      for (let i = 0; i < 16; i += 1) {
        out.push((await api('GET', `/v2/accounts/${sim.account.sid}/legs/x`)).status);
      }
      return out;
    };
    await withSims(
      [
        { seed: 7, faults: '500=0.5' },
        { seed: 7, faults: '500=0.5' },
      ],
      async ([a, b]) => {
        const first = await statuses(a!);
        expect(first).toContain(500);
        expect(first).toContain(404);
        expect(await statuses(b!)).toEqual(first);
      },
    );
  });
});
