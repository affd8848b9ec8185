import type { EventType } from '../../../shared/events';

/** `event_data.error` of a failed leg or action (reference/legs-api.md, "Events"). */
export interface WireEventError {
  error_code: number;
  message: string;
  description: string;
}

/**
 * One event as the simulator sends it, laid out as seed 001's samples and table have it: the
 * leg's (or bridge's) own fields in the top-level `data`; `event_data.data` only what the action
 * or the ending adds (`hangup_cause_code`, `digits`, `bridge_sid`…) and `event_data.error` the
 * error. `event_data` is left out when it would be empty, as in the seed's JSON samples. Over
 * gRPC it is encoded with `proto/legflow_events.proto`; over HTTP it is JSON with
 * `event_timestamp` as an ISO string.
 */
export interface WireEvent {
  event_sid: string;
  event_type: EventType;
  event_name: string;
  event_timestamp: { seconds: number; nanos: number };
  event_data?: { data?: Record<string, unknown>; error?: WireEventError };
  data: Record<string, unknown>;
  /** The action that caused it, for events that follow a leg or bridge action. */
  action_sid?: string;
  /** Echo of that action's `action_custom_param`. */
  action_custom_parameter?: string;
}

/** The action an event follows from: its sid and the caller's `action_custom_param`. */
export interface ActionContext {
  sid: string;
  customParam?: string;
}
