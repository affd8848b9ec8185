import { describe, expect, it } from 'vitest';
import { findProtoFile, loadCallbackService, CALLBACK_METHOD } from '../../../electron/listener';
import {
  BRIDGE_STATE_FIELDS,
  buildEvent,
  nextStamp,
  splitLegExtra,
} from '../../../electron/simulator/platform/event-factory';
import { createSimIds } from '../../../electron/simulator/sim-ids';
import { EVENT_NAMES, eventData, legEventSchema } from '../../../shared/events';

const ids = createSimIds();

/** The leg's own fields, as seed 001's `data` holds them. */
const data = {
  account_sid: 'exotel60',
  leg_sid: '2QmI6PngBZ7gc3VXJnOzCVBLsNP00000',
  state: 'terminal',
  terminal_status: 'completed',
  time_limit: 14400,
};

describe('buildEvent', () => {
  it("lays the event out as seed 001 does: the leg's fields in data, the action's in event_data.data", () => {
    const event = buildEvent(
      ids,
      'leg_terminated',
      { data, actionData: { hangup_cause_code: 16 } },
      1_685_952_153_285.5,
      { sid: 'ACTION00000', customParam: 'acp' },
    );
    expect(event).toEqual({
      event_sid: expect.stringMatching(/^[A-Za-z0-9]{27}00000$/),
      event_type: 'leg_lifecycle_event',
      event_name: 'leg_terminated',
      event_timestamp: { seconds: 1_685_952_153, nanos: 285_500_000 },
      data,
      event_data: { data: { hangup_cause_code: 16 } },
      action_sid: 'ACTION00000',
      action_custom_parameter: 'acp',
    });
    expect(legEventSchema.safeParse(event).success).toBe(true);
    expect(eventData(legEventSchema.parse(event))).toMatchObject({
      leg_sid: data.leg_sid,
      hangup_cause_code: 16,
    });
  });

  it('leaves event_data out when there is neither action data nor an error, as the samples do', () => {
    const event = buildEvent(ids, 'leg_connecting', { data, actionData: {} }, 0);
    expect(event).not.toHaveProperty('event_data');
    expect(event.data).toBe(data);
  });

  it('survives the trip through the event .proto unchanged, data (field 6) included', () => {
    const method = loadCallbackService(findProtoFile()).definition[CALLBACK_METHOD]!;
    const event = buildEvent(
      ids,
      'leg_terminated',
      {
        data: { ...data, terminal_status: 'busy' },
        actionData: { hangup_cause_code: 17 },
        error: { error_code: 17, message: 'User busy', description: 'd' },
      },
      1_685_952_153_000,
    );
    const decoded = method.requestDeserialize(method.requestSerialize(event));
    expect(decoded).toEqual(event);
  });

  it('refuses names that are not in the one event-name table, and its aliases', () => {
    expect(() => buildEvent(ids, 'leg_exploded', { data }, 0)).toThrow(/not in EVENT_NAMES/);
    expect(() => buildEvent(ids, 'leg_incoming', { data }, 0)).toThrow(/not in EVENT_NAMES/);
    expect(EVENT_NAMES.leg_incoming?.aliasOf).toBe('incoming_leg');
  });
});

describe('splitLegExtra', () => {
  it('puts state, terminal_status and answered_by with the leg, the rest with the action', () => {
    expect(
      splitLegExtra({
        terminal_status: 'busy',
        answered_by: 'BEEP',
        end_time: 't',
        on_call_duration_ms: 0,
        hangup_cause_code: 17,
        digits: '12',
        bridge_sid: 'B1',
      }),
    ).toEqual({
      leg: { terminal_status: 'busy', answered_by: 'BEEP', end_time: 't', on_call_duration_ms: 0 },
      action: { hangup_cause_code: 17, digits: '12', bridge_sid: 'B1' },
    });
  });
});

describe('splitLegExtra for a bridge', () => {
  it("keeps the bridge's state and legs in data, a recording's sid with the action", () => {
    expect(
      splitLegExtra(
        { terminal_status: 'completed', leg_sids: ['A', 'B'], recording_sid: 'R1', url: 'u' },
        BRIDGE_STATE_FIELDS,
      ),
    ).toEqual({
      leg: { terminal_status: 'completed', leg_sids: ['A', 'B'] },
      action: { recording_sid: 'R1', url: 'u' },
    });
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
