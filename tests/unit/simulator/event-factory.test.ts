import { describe, expect, it } from 'vitest';
import { findProtoFile, loadCallbackService, CALLBACK_METHOD } from '../../../electron/listener';
import { buildEvent, nextStamp } from '../../../electron/simulator/platform/event-factory';
import { createSimIds } from '../../../electron/simulator/sim-ids';
import { EVENT_NAMES, legEventSchema } from '../../../shared/events';

const ids = createSimIds();

const data = {
  account_sid: 'exotel60',
  leg_sid: '2QmI6PngBZ7gc3VXJnOzCVBLsNP00000',
  state: 'terminal',
  terminal_status: 'completed',
  hangup_cause_code: 16,
  time_limit: 14400,
};

describe('buildEvent', () => {
  it("builds the seed's envelope, which the app's event schema accepts", () => {
    const event = buildEvent(ids, 'leg_terminated', data, 1_685_952_153_285.5, {
      sid: 'ACTION00000',
      customParam: 'acp',
    });
    expect(event).toEqual({
      event_sid: expect.stringMatching(/^[A-Za-z0-9]{27}00000$/),
      event_type: 'leg_lifecycle_event',
      event_name: 'leg_terminated',
      event_timestamp: { seconds: 1_685_952_153, nanos: 285_500_000 },
      event_data: { data },
      action_sid: 'ACTION00000',
      action_custom_parameter: 'acp',
    });
    expect(legEventSchema.safeParse(event).success).toBe(true);
  });

  it('survives the trip through the event .proto unchanged', () => {
    const method = loadCallbackService(findProtoFile()).definition[CALLBACK_METHOD]!;
    const event = buildEvent(ids, 'leg_terminated', data, 1_685_952_153_000, undefined, {
      error_code: 1,
      message: 'm',
      description: 'd',
    });
    const decoded = method.requestDeserialize(method.requestSerialize(event));
    expect(decoded).toEqual(event);
  });

  it('refuses names that are not in the one event-name table, and its aliases', () => {
    expect(() => buildEvent(ids, 'leg_exploded', data, 0)).toThrow(/not in EVENT_NAMES/);
    expect(() => buildEvent(ids, 'leg_incoming', data, 0)).toThrow(/not in EVENT_NAMES/);
    expect(EVENT_NAMES.leg_incoming?.aliasOf).toBe('incoming_leg');
  });
});

describe('nextStamp', () => {
  it("never lets an owner's events go back in time or share a time", () => {
    const owner = { lastStamp: 1000 };
    expect(nextStamp(owner, 2000)).toBe(2000);
    expect(nextStamp(owner, 1500)).toBeGreaterThan(2000);
    expect(nextStamp(owner, 2000)).toBeGreaterThan(owner.lastStamp - 0.0011);
  });
});
