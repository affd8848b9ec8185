import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureHttp } from './helpers/capture';
import { createLeg } from './helpers/calls';
import { startLegflowSim } from './helpers/legflow-sim';
import type { LegflowSim } from './helpers/legflow-sim';

/**
 * Issue 16, point 6: the 2026 HTTPS event delivery — up to 3 attempts on 408, 429, 5xx and
 * time-outs, about 1 s apart (on the simulator's clock), `X-Exotel-Request-Id:
 * <event_sid>-<attempt>`, and `event_timestamp` an ISO string.
 */
let sim: LegflowSim;

beforeAll(async () => {
  sim = await startLegflowSim();
});

afterAll(() => {
  sim.close();
});

/** The first event's attempts as the receiver saw them: request id, event sid, status. */
function attempts(capture: Awaited<ReturnType<typeof captureHttp>>) {
  return capture.received.map(({ event, headers }, index) => ({
    requestId: headers['x-exotel-request-id'],
    eventSid: headers['x-exotel-event-sid'],
    name: event.event_name,
    status: capture.statuses[index],
  }));
}

describe('HTTPS delivery retries', () => {
  it('retries a 503 and a 429, 1 s apart on the clock, numbering the attempts', async () => {
    const answers = [503, 429];
    const capture = await captureHttp((index) => answers[index] ?? 200);
    try {
      await createLeg(sim, capture);
      await sim.advance(200); // leg_connecting: attempt 1 (503)
      expect(capture.received).toHaveLength(1);
      await sim.advance(999); // the back-off is not over yet
      expect(capture.received).toHaveLength(1);
      await sim.advance(1); // attempt 2 (429)
      await sim.advance(1_000); // attempt 3 (200)
      await capture.arrived(capture.received[0]!.event.data.leg_sid, 'leg_connecting', 3);
      const sid = capture.received[0]!.event.event_sid as string;
      expect(attempts(capture).slice(0, 3)).toEqual([
        { requestId: `${sid}-1`, eventSid: sid, name: 'leg_connecting', status: 503 },
        { requestId: `${sid}-2`, eventSid: sid, name: 'leg_connecting', status: 429 },
        { requestId: `${sid}-3`, eventSid: sid, name: 'leg_connecting', status: 200 },
      ]);
      expect(capture.received[0]!.headers['user-agent']).toMatch(/^Exotel-Hermix\//);
      expect(capture.received[0]!.event.event_timestamp).toMatch(/Z$/);
    } finally {
      await capture.close();
    }
  });

  it('retries a 408 too', async () => {
    const capture = await captureHttp((index) => (index === 0 ? 408 : 200));
    try {
      await createLeg(sim, capture);
      await sim.advance(200);
      await sim.advance(1_000);
      expect(
        attempts(capture)
          .slice(0, 2)
          .map((attempt) => attempt.status),
      ).toEqual([408, 200]);
    } finally {
      await capture.close();
    }
  });

  it('gives up after 3 attempts, and goes on with the next event', async () => {
    const capture = await captureHttp((index) => (index < 3 ? 500 : 200));
    try {
      const legSid = await createLeg(sim, capture);
      await sim.advance(200);
      await sim.advance(1_000);
      await sim.advance(1_000);
      await sim.advance(1_000); // leg_ringing is due by now (+1.7 s)
      await capture.arrived(legSid, 'leg_ringing');
      expect(attempts(capture).map((attempt) => [attempt.name, attempt.status])).toEqual([
        ['leg_connecting', 500],
        ['leg_connecting', 500],
        ['leg_connecting', 500],
        ['leg_ringing', 200],
      ]);
    } finally {
      await capture.close();
    }
  });

  it('does not retry a refusal the receiver means (400)', async () => {
    const capture = await captureHttp((index) => (index === 0 ? 400 : 200));
    try {
      const legSid = await createLeg(sim, capture);
      await sim.advance(200);
      await sim.advance(1_500);
      await capture.arrived(legSid, 'leg_ringing');
      expect(attempts(capture).map((attempt) => [attempt.name, attempt.status])).toEqual([
        ['leg_connecting', 400],
        ['leg_ringing', 200],
      ]);
    } finally {
      await capture.close();
    }
  });
});
