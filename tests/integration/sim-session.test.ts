import { describe, expect, it } from 'vitest';
import { startSimSession } from '../../electron/session/sim-session';

describe('the simulator session', () => {
  it.each([1, 3, 7.5])(
    'works at speed %s (back-off delays stay whole milliseconds)',
    async (speed) => {
      const session = await startSimSession({ speed });
      try {
        const leg = await session.platform.api.createLeg({
          contact_uri: '09163816621',
          exophone: '08030752400',
          leg_event_endpoint: session.platform.eventEndpoint,
        });
        expect(leg.leg_sid).toMatch(/00000$/);
      } finally {
        await session.close();
      }
    },
  );
});

describe('the simulator session on a fast clock', () => {
  it("keeps under the simulator's limit in the platform's minute, not in a real one", async () => {
    // Twelve requests at six a minute: the client must wait one platform minute for the second
    // six. At ×50 that is 1.2 s of real time; waited in real time it would be a whole minute,
    // fifty platform minutes by the clock.
    const session = await startSimSession({ speed: 50, rateLimitPerMinute: 6 });
    try {
      const startedAt = session.clock.now();
      const legs = await Promise.all(
        Array.from({ length: 12 }, () =>
          session.platform.api.createLeg({
            contact_uri: '09163816621',
            exophone: '08030752400',
            leg_event_endpoint: session.platform.eventEndpoint,
          }),
        ),
      );
      const platformMs = session.clock.now() - startedAt;
      expect(legs).toHaveLength(12);
      expect(platformMs).toBeGreaterThanOrEqual(60_000);
      expect(platformMs).toBeLessThan(5 * 60_000);
    } finally {
      await session.close();
    }
  }, 30_000);
});
