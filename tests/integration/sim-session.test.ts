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
