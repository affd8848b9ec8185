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

/**
 * Builds one event. Only names from shared/events/event-names.ts are allowed: that table is
 * where the app's assumptions about event names live, and the simulator must not invent others.
 */
export function buildEvent(
  ids: SimIds,
  name: string,
  data: Record<string, unknown>,
  stampMs: number,
  action?: ActionContext,
  error?: WireEventError,
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
    event_data: error ? { data, error } : { data },
  };
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
