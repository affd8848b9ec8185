import { describe, expect, it } from 'vitest';
import {
  canonicalEventName,
  canMove,
  eventData,
  eventError,
  eventTimeMs,
  isKnownEventName,
  legEventSchema,
  nextLegState,
} from '../../../../shared/events';

describe('the leg state machine', () => {
  it('walks connecting → ringing → connected → terminal', () => {
    let state = nextLegState('created', 'leg_connecting');
    expect(state).toBe('connecting');
    state = nextLegState(state, 'leg_ringing');
    expect(state).toBe('ringing');
    state = nextLegState(state, 'leg_answered');
    expect(state).toBe('connected');
    expect(nextLegState(state, 'leg_terminated')).toBe('terminal');
  });

  it('never goes back, and nothing leaves terminal', () => {
    expect(nextLegState('connected', 'leg_ringing')).toBe('connected');
    expect(nextLegState('terminal', 'leg_answered')).toBe('terminal');
    expect(canMove('terminal', 'terminal')).toBe(false);
  });

  it('may skip states: a failed leg ends at once, an incoming leg starts ringing', () => {
    expect(nextLegState('created', 'leg_failed_to_create')).toBe('terminal');
    expect(nextLegState('created', 'leg_incoming')).toBe('ringing');
  });

  it('ignores action events and unknown names', () => {
    expect(nextLegState('connected', 'play_completed')).toBe('connected');
    expect(nextLegState('connected', 'something_new')).toBe('connected');
  });
});

describe('event names', () => {
  it('folds the spellings seen in samples', () => {
    expect(canonicalEventName('leg_incoming')).toBe('incoming_leg');
    expect(canonicalEventName('bridge_terminal')).toBe('bridge_terminated');
    expect(canonicalEventName('leg_answered')).toBe('leg_answered');
    expect(isKnownEventName('gather_success')).toBe(true);
    expect(isKnownEventName('made_up')).toBe(false);
  });
});

describe('the event envelope', () => {
  const grpcEvent = {
    event_sid: 'ev1',
    event_type: 'leg_lifecycle_event',
    event_name: 'leg_answered',
    event_timestamp: { seconds: 1700000000, nanos: 250_000_000 },
    event_data: { data: { leg_sid: 'L1', answered_by: 'HUMAN', extra_field: 'kept' }, error: null },
  };

  it('parses the gRPC shape and keeps fields it does not know', () => {
    const event = legEventSchema.parse(grpcEvent);
    expect(eventTimeMs(event)).toBe(1700000000250);
    expect(eventData(event)).toMatchObject({
      leg_sid: 'L1',
      answered_by: 'HUMAN',
      extra_field: 'kept',
    });
  });

  it('accepts the ISO timestamp of the HTTPS delivery and the top-level data of some samples', () => {
    const event = legEventSchema.parse({
      ...grpcEvent,
      event_timestamp: '2023-11-14T22:13:20.500Z',
      event_data: undefined,
      data: { leg_sid: 'L2' },
    });
    expect(eventTimeMs(event)).toBe(1700000000500);
    expect(eventData(event).leg_sid).toBe('L2');
  });

  it("reads seed 001's layout: the leg's fields in data, the cause in event_data.data, the error", () => {
    const event = legEventSchema.parse({
      event_sid: 'ev3',
      event_type: 'leg_lifecycle_event',
      event_name: 'leg_terminated',
      event_timestamp: { seconds: 1700000000, nanos: 0 },
      data: { leg_sid: 'L3', state: 'terminal', terminal_status: 'busy', dc_code: '101' },
      event_data: {
        data: { hangup_cause_code: 17 },
        error: { error_code: 17, message: 'User busy', description: 'd' },
      },
    });
    expect(eventData(event)).toEqual({
      leg_sid: 'L3',
      state: 'terminal',
      terminal_status: 'busy',
      dc_code: '101',
      hangup_cause_code: 17,
    });
    expect(eventError(event)).toEqual({ error_code: 17, message: 'User busy', description: 'd' });
    expect(eventError(legEventSchema.parse(grpcEvent))).toBeUndefined();
  });

  it('lets event_data.data win where both places hold a field', () => {
    const event = legEventSchema.parse({
      ...grpcEvent,
      data: { leg_sid: 'L1', answered_by: 'MACHINE' },
    });
    expect(eventData(event).answered_by).toBe('HUMAN');
  });

  it('rejects an event without a sid or with a bad timestamp', () => {
    expect(legEventSchema.safeParse({ ...grpcEvent, event_sid: '' }).success).toBe(false);
    expect(legEventSchema.safeParse({ ...grpcEvent, event_timestamp: 'yesterday' }).success).toBe(
      false,
    );
  });

  it('rejects a timestamp a protobuf Timestamp cannot hold, which no Date could print', () => {
    const farFuture = { ...grpcEvent, event_timestamp: { seconds: 8.64e12, nanos: 0 } };
    const beforeEpoch = { ...grpcEvent, event_timestamp: '1969-12-31T23:59:59.500Z' };
    expect(legEventSchema.safeParse(farFuture).success).toBe(false);
    expect(legEventSchema.safeParse(beforeEpoch).success).toBe(false);
    const extendedYear = { ...grpcEvent, event_timestamp: '+020000-01-01T00:00:00Z' };
    expect(legEventSchema.safeParse(extendedYear).success).toBe(false);
    const lastSecond = { ...grpcEvent, event_timestamp: '9999-12-31T23:59:59.999Z' };
    expect(legEventSchema.parse(lastSecond).event_timestamp).toEqual({
      seconds: 253_402_300_799,
      nanos: 999_000_000,
    });
  });
});
