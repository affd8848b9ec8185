import { EVENT_NAMES } from '../../../shared/events';
import type { SimIds } from '../sim-ids';
import { isoNanos, protoTimestamp } from '../time-format';
import type { SimBridge } from './sim-bridge';
import type { SimLeg } from './sim-leg';
import type { ActionContext, WireEvent, WireEventError } from './wire-event';

/** The leg fields every event of a leg carries, as in the seed's samples. */
export function legFields(leg: SimLeg): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    account_sid: leg.accountSid,
    caller_id: leg.callerId,
    contact_uri: leg.contactUri,
    date_created: isoNanos(leg.createdAt),
    date_updated: isoNanos(leg.updatedAt),
    dc_code: leg.dcCode,
    direction: leg.direction,
    exophone: leg.exophone,
    leg_sid: leg.sid,
    network_type: leg.networkType,
    nso_code: leg.nsoCode,
    state: leg.state,
    time_limit: leg.timeouts.timeLimit,
  };
  if (leg.customParam !== null) fields.custom_param = leg.customParam;
  if (leg.startTime !== undefined) fields.start_time = isoNanos(leg.startTime);
  return fields;
}

/** The fields every event of a bridge carries. */
export function bridgeFields(bridge: SimBridge): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    account_sid: bridge.accountSid,
    bridge_sid: bridge.sid,
    leg_sids: [...bridge.active],
    state: bridge.state,
    date_created: isoNanos(bridge.createdAt),
    date_updated: isoNanos(bridge.updatedAt),
    start_time: isoNanos(bridge.createdAt),
  };
  if (bridge.endTime !== undefined) fields.end_time = isoNanos(bridge.endTime);
  return fields;
}

// ASSUMPTION(event-layout): which fields are the leg's (`data`) and which the action's.
/**
 * The fields that belong to the leg itself and so travel in the event's top-level `data`, with
 * the leg fields of {@link legFields}: seed 001's table puts `state`, `terminal_status` and
 * `answered_by` there; `end_time` and `on_call_duration_ms` are get-leg's leg fields. Anything
 * else an event adds (`hangup_cause_code`, `digits`, `bridge_sid`, `recording_sid`…) is the
 * action's and goes in `event_data.data`.
 */
export const LEG_STATE_FIELDS: ReadonlySet<string> = new Set([
  'state',
  'terminal_status',
  'answered_by',
  'end_time',
  'on_call_duration_ms',
]);

/** An event's fields, by where they go on the wire. */
export interface EventFields {
  /** The leg's (or bridge's) own fields: the top-level `data`. */
  data: Record<string, unknown>;
  /** What the action or the ending adds: `event_data.data`. */
  actionData?: Record<string, unknown>;
  /** What went wrong: `event_data.error`. */
  error?: WireEventError;
}

/** The same for a bridge: its own fields in `data`, what its actions add in `event_data.data`. */
export const BRIDGE_STATE_FIELDS: ReadonlySet<string> = new Set([
  'state',
  'terminal_status',
  'leg_sids',
  'end_time',
]);

/**
 * Splits an event's extra fields into the owner's (`LEG_STATE_FIELDS`, or `BRIDGE_STATE_FIELDS`
 * for a bridge) and the action's.
 */
export function splitLegExtra(
  extra: Record<string, unknown>,
  ownFields: ReadonlySet<string> = LEG_STATE_FIELDS,
): {
  leg: Record<string, unknown>;
  action: Record<string, unknown>;
} {
  const leg: Record<string, unknown> = {};
  const action: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(extra)) {
    (ownFields.has(name) ? leg : action)[name] = value;
  }
  return { leg, action };
}

/**
 * Builds one event. Only names from shared/events/event-names.ts are allowed: that table is
 * where the app's assumptions about event names live, and the simulator must not invent others.
 * Callers pass an `EventName`; `name` is a string here because this is the run-time check too.
 */
export function buildEvent(
  ids: SimIds,
  name: string,
  fields: EventFields,
  stampMs: number,
  action?: ActionContext,
): WireEvent {
  const info = EVENT_NAMES[name];
  if (!info || info.aliasOf !== undefined) {
    throw new Error(`The simulator tried to send "${name}", which is not in EVENT_NAMES.`);
  }
  const event: WireEvent = {
    event_sid: ids.sid(),
    event_type: info.type,
    event_name: name,
    event_timestamp: protoTimestamp(stampMs),
    data: fields.data,
  };
  const hasActionData = fields.actionData !== undefined && Object.keys(fields.actionData).length;
  if (hasActionData || fields.error) {
    event.event_data = {
      ...(hasActionData ? { data: fields.actionData } : {}),
      ...(fields.error ? { error: fields.error } : {}),
    };
  }
  if (action) {
    event.action_sid = action.sid;
    if (action.customParam !== undefined) event.action_custom_parameter = action.customParam;
  }
  return event;
}

/**
 * The time to stamp an owner's next event with: `at` (a timer's due time, or now), but never at
 * or before its previous event, so each leg's events keep their order when sorted by time.
 */
export function nextStamp(owner: { lastStamp: number }, at: number): number {
  const stamp = Math.max(at, owner.lastStamp + 0.001);
  owner.lastStamp = stamp;
  return stamp;
}
