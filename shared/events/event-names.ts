/**
 * The one place that owns our assumptions about event names (see reference/legs-api.md).
 * Each name says which kind of event it is and, for lifecycle events, the leg state it means.
 * A user with a real account who sees other names corrects them here, in one edit.
 */
export type LegState = 'created' | 'connecting' | 'ringing' | 'connected' | 'terminal';

export type EventType = 'leg_lifecycle_event' | 'leg_action_event' | 'bridge_lifecycle_event';

export interface EventNameInfo {
  type: EventType;
  /** The leg state the event puts the leg in, for lifecycle events. */
  state?: LegState;
  /** How sure we are of the name: seed, doc, new-doc or guess (reference/legs-api.md). */
  source: 'seed' | 'doc' | 'new-doc' | 'guess';
  /** Another spelling seen in samples, mapped onto this one. */
  aliasOf?: string;
}

// ASSUMPTION(event-names): the event names, their types and sources.
export const EVENT_NAMES: Readonly<Record<string, EventNameInfo>> = {
  incoming_leg: { type: 'leg_lifecycle_event', state: 'ringing', source: 'seed' },
  leg_incoming: {
    type: 'leg_lifecycle_event',
    state: 'ringing',
    source: 'seed',
    aliasOf: 'incoming_leg',
  },
  leg_connecting: { type: 'leg_lifecycle_event', state: 'connecting', source: 'seed' },
  leg_ringing: { type: 'leg_lifecycle_event', state: 'ringing', source: 'seed' },
  leg_answered: { type: 'leg_lifecycle_event', state: 'connected', source: 'seed' },
  leg_terminated: { type: 'leg_lifecycle_event', state: 'terminal', source: 'seed' },
  leg_failed_to_create: { type: 'leg_lifecycle_event', state: 'terminal', source: 'seed' },
  amd_result_success: { type: 'leg_action_event', source: 'seed' },
  bridge_created: { type: 'bridge_lifecycle_event', source: 'doc' },
  bridge_failed_to_create: { type: 'bridge_lifecycle_event', source: 'doc' },
  bridge_terminated: { type: 'bridge_lifecycle_event', source: 'doc' },
  bridge_terminal: { type: 'bridge_lifecycle_event', source: 'doc', aliasOf: 'bridge_terminated' },
  bridge_failed_to_stop: { type: 'bridge_lifecycle_event', source: 'doc' },
  leg_joined_bridge: { type: 'leg_action_event', source: 'doc' },
  leg_left_bridge: { type: 'leg_action_event', source: 'doc' },
  play_started: { type: 'leg_action_event', source: 'new-doc' },
  play_completed: { type: 'leg_action_event', source: 'new-doc' },
  play_interrupted: { type: 'leg_action_event', source: 'new-doc' },
  play_failed_to_start: { type: 'leg_action_event', source: 'new-doc' },
  say_started: { type: 'leg_action_event', source: 'guess' },
  say_completed: { type: 'leg_action_event', source: 'guess' },
  say_interrupted: { type: 'leg_action_event', source: 'guess' },
  say_failed_to_start: { type: 'leg_action_event', source: 'guess' },
  gather_initiated: { type: 'leg_action_event', source: 'guess' },
  gather_success: { type: 'leg_action_event', source: 'guess' },
  gather_failed: { type: 'leg_action_event', source: 'guess' },
  recording_started: { type: 'leg_action_event', source: 'guess' },
  recording_stopped: { type: 'leg_action_event', source: 'guess' },
  recording_available: { type: 'leg_action_event', source: 'guess' },
  hold_success: { type: 'leg_action_event', source: 'guess' },
  unhold_success: { type: 'leg_action_event', source: 'guess' },
  mute_success: { type: 'leg_action_event', source: 'guess' },
  unmute_success: { type: 'leg_action_event', source: 'guess' },
  stream_initiated: { type: 'leg_action_event', source: 'guess' },
  stream_started: { type: 'leg_action_event', source: 'doc' },
  stream_stopped: { type: 'leg_action_event', source: 'doc' },
  digits_sent: { type: 'leg_action_event', source: 'guess' },
};

/** The spelling our code uses for an event name, folding the aliases seen in samples. */
export function canonicalEventName(name: string): string {
  return EVENT_NAMES[name]?.aliasOf ?? name;
}

/** Whether the name is one we know; unknown names are logged, never fatal. */
export function isKnownEventName(name: string): boolean {
  return Object.hasOwn(EVENT_NAMES, name);
}
