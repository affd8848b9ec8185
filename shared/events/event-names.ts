/**
 * The one place that owns our assumptions about event names (see reference/legs-api.md).
 * `EVENT` spells each name once; everything else (the simulator, the catalog, the runner, the
 * renderer) imports it, so a user with a real account who sees other names corrects them here,
 * in one edit, and the compiler finds every use. `EVENT_NAMES` says which kind of event each is
 * and, for lifecycle events, the leg state it means.
 */
export type LegState = 'created' | 'connecting' | 'ringing' | 'connected' | 'terminal';

export type EventType = 'leg_lifecycle_event' | 'leg_action_event' | 'bridge_lifecycle_event';

// ASSUMPTION(event-names): the event names, their types and sources.
/** Every event name the app knows, by a name our code can spell without quotes. */
export const EVENT = {
  incomingLeg: 'incoming_leg',
  legIncoming: 'leg_incoming',
  legConnecting: 'leg_connecting',
  legRinging: 'leg_ringing',
  legAnswered: 'leg_answered',
  legTerminated: 'leg_terminated',
  legFailedToCreate: 'leg_failed_to_create',
  amdResultSuccess: 'amd_result_success',
  bridgeCreated: 'bridge_created',
  bridgeFailedToCreate: 'bridge_failed_to_create',
  bridgeTerminated: 'bridge_terminated',
  bridgeTerminal: 'bridge_terminal',
  bridgeFailedToStop: 'bridge_failed_to_stop',
  legJoinedBridge: 'leg_joined_bridge',
  legLeftBridge: 'leg_left_bridge',
  playStarted: 'play_started',
  playCompleted: 'play_completed',
  playInterrupted: 'play_interrupted',
  playFailedToStart: 'play_failed_to_start',
  sayStarted: 'say_started',
  sayCompleted: 'say_completed',
  sayInterrupted: 'say_interrupted',
  sayFailedToStart: 'say_failed_to_start',
  gatherInitiated: 'gather_initiated',
  gatherSuccess: 'gather_success',
  gatherFailed: 'gather_failed',
  recordingStarted: 'recording_started',
  recordingStopped: 'recording_stopped',
  recordingAvailable: 'recording_available',
  holdSuccess: 'hold_success',
  unholdSuccess: 'unhold_success',
  muteSuccess: 'mute_success',
  unmuteSuccess: 'unmute_success',
  streamInitiated: 'stream_initiated',
  streamStarted: 'stream_started',
  streamStopped: 'stream_stopped',
  digitsSent: 'digits_sent',
} as const;

/** An event name the app knows; a misspelt one does not compile. */
export type EventName = (typeof EVENT)[keyof typeof EVENT];

export interface EventNameInfo {
  type: EventType;
  /** The leg state the event puts the leg in, for lifecycle events. */
  state?: LegState;
  /** How sure we are of the name: seed, doc, new-doc or guess (reference/legs-api.md). */
  source: 'seed' | 'doc' | 'new-doc' | 'guess';
  /** Another spelling seen in samples, mapped onto this one. */
  aliasOf?: EventName;
}

const EVENT_TABLE = {
  [EVENT.incomingLeg]: { type: 'leg_lifecycle_event', state: 'ringing', source: 'seed' },
  [EVENT.legIncoming]: {
    type: 'leg_lifecycle_event',
    state: 'ringing',
    source: 'seed',
    aliasOf: EVENT.incomingLeg,
  },
  [EVENT.legConnecting]: { type: 'leg_lifecycle_event', state: 'connecting', source: 'seed' },
  [EVENT.legRinging]: { type: 'leg_lifecycle_event', state: 'ringing', source: 'seed' },
  [EVENT.legAnswered]: { type: 'leg_lifecycle_event', state: 'connected', source: 'seed' },
  [EVENT.legTerminated]: { type: 'leg_lifecycle_event', state: 'terminal', source: 'seed' },
  [EVENT.legFailedToCreate]: { type: 'leg_lifecycle_event', state: 'terminal', source: 'seed' },
  [EVENT.amdResultSuccess]: { type: 'leg_action_event', source: 'seed' },
  [EVENT.bridgeCreated]: { type: 'bridge_lifecycle_event', source: 'doc' },
  [EVENT.bridgeFailedToCreate]: { type: 'bridge_lifecycle_event', source: 'doc' },
  [EVENT.bridgeTerminated]: { type: 'bridge_lifecycle_event', source: 'doc' },
  [EVENT.bridgeTerminal]: {
    type: 'bridge_lifecycle_event',
    source: 'doc',
    aliasOf: EVENT.bridgeTerminated,
  },
  [EVENT.bridgeFailedToStop]: { type: 'bridge_lifecycle_event', source: 'doc' },
  [EVENT.legJoinedBridge]: { type: 'leg_action_event', source: 'doc' },
  [EVENT.legLeftBridge]: { type: 'leg_action_event', source: 'doc' },
  [EVENT.playStarted]: { type: 'leg_action_event', source: 'new-doc' },
  [EVENT.playCompleted]: { type: 'leg_action_event', source: 'new-doc' },
  [EVENT.playInterrupted]: { type: 'leg_action_event', source: 'new-doc' },
  [EVENT.playFailedToStart]: { type: 'leg_action_event', source: 'new-doc' },
  [EVENT.sayStarted]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.sayCompleted]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.sayInterrupted]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.sayFailedToStart]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.gatherInitiated]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.gatherSuccess]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.gatherFailed]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.recordingStarted]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.recordingStopped]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.recordingAvailable]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.holdSuccess]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.unholdSuccess]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.muteSuccess]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.unmuteSuccess]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.streamInitiated]: { type: 'leg_action_event', source: 'guess' },
  [EVENT.streamStarted]: { type: 'leg_action_event', source: 'doc' },
  [EVENT.streamStopped]: { type: 'leg_action_event', source: 'doc' },
  [EVENT.digitsSent]: { type: 'leg_action_event', source: 'guess' },
} as const satisfies Record<EventName, EventNameInfo>;

/**
 * What each name means, looked up by whatever name arrived: names on the wire are data, so the
 * table is indexed by any string and answers undefined for names it does not know.
 */
export const EVENT_NAMES: Readonly<Record<string, EventNameInfo>> = EVENT_TABLE;

/** The events a Play or a Say sends, by what happened to the audio. */
export const AUDIO_EVENTS = {
  play: {
    started: EVENT.playStarted,
    completed: EVENT.playCompleted,
    interrupted: EVENT.playInterrupted,
    failedToStart: EVENT.playFailedToStart,
  },
  say: {
    started: EVENT.sayStarted,
    completed: EVENT.sayCompleted,
    interrupted: EVENT.sayInterrupted,
    failedToStart: EVENT.sayFailedToStart,
  },
} as const satisfies Record<
  'play' | 'say',
  Record<'started' | 'completed' | 'interrupted' | 'failedToStart', EventName>
>;

/** The spelling our code uses for an event name, folding the aliases seen in samples. */
export function canonicalEventName(name: string): string {
  return EVENT_NAMES[name]?.aliasOf ?? name;
}

/** Whether the name is one we know; unknown names are logged, never fatal. */
export function isKnownEventName(name: string): name is EventName {
  return Object.hasOwn(EVENT_NAMES, name);
}
