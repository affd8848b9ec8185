import { EVENT } from '../../../shared/events';
import type { RunUpdateMessage } from '../../../shared/ipc';
import type { TimelineEntry } from '../../run/run-view';
import { describeApiCall, spokenOf } from './describe-api-call';
import type { Posted } from './describe-api-call';

/** One line of the report's timeline in words: a sentence and the facts worth a glance. */
export interface EntryWords {
  text: string;
  facts: readonly (readonly [string, string])[];
}

/**
 * The fields every leg event carries; the report lists only the others as facts. Written as
 * keys, as the events' own types write them (`date_created` is a field, not an event's name).
 */
const LEG_FIELDS: Readonly<Record<string, true>> = {
  leg_sid: true,
  account_sid: true,
  contact_uri: true,
  exophone: true,
  caller_id: true,
  direction: true,
  network_type: true,
  state: true,
  date_created: true,
  date_updated: true,
  dc_code: true,
  nso_code: true,
  start_time: true,
  time_limit: true,
};
const isLegField = (key: string) => Object.hasOwn(LEG_FIELDS, key);

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

/** An event name as words: `play_failed_to_start` → "Play failed to start". */
function eventWords(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type EventSentence = (leg: string, data: Record<string, unknown>, spoken: string) => string;

const quoted = (words: string) => (words ? `: “${words}”` : '');

/** How each event the platform sends reads, by name; others read as their name in words. */
const EVENT_SENTENCES: Partial<Record<string, EventSentence>> = {
  [EVENT.incomingLeg]: (_leg, data) =>
    `Incoming call from ${text(data.contact_uri) || 'an unknown number'} to ${
      text(data.exophone) || 'the ExoPhone'
    }`,
  [EVENT.legIncoming]: (_leg, data) =>
    `Incoming call from ${text(data.contact_uri) || 'an unknown number'}`,
  [EVENT.legConnecting]: (leg) => `Calling ${leg}`,
  [EVENT.legRinging]: (leg) => `${leg} is ringing`,
  [EVENT.legAnswered]: (leg, data) =>
    `${leg} answered${data.answered_by ? ` (${text(data.answered_by).toLowerCase()})` : ''}`,
  [EVENT.legTerminated]: (leg, data) =>
    `${leg}’s call ended${data.terminal_status ? ` (${text(data.terminal_status)})` : ''}`,
  [EVENT.legFailedToCreate]: (leg) => `${leg} could not be called`,
  [EVENT.amdResultSuccess]: (leg, data) =>
    `Answering-machine check on ${leg}: ${text(data.answered_by) || 'no result'}`,
  [EVENT.sayStarted]: (leg, _data, spoken) => `Say started on ${leg}${quoted(spoken)}`,
  [EVENT.sayCompleted]: (leg) => `Say finished on ${leg}`,
  [EVENT.sayInterrupted]: (leg) => `Say cut short on ${leg}`,
  [EVENT.sayFailedToStart]: (leg) => `Say could not start on ${leg}`,
  [EVENT.playStarted]: (leg, _data, spoken) => `Play started on ${leg}${quoted(spoken)}`,
  [EVENT.playCompleted]: (leg) => `Play finished on ${leg}`,
  [EVENT.playInterrupted]: (leg) => `Play cut short on ${leg}`,
  [EVENT.playFailedToStart]: (leg) => `Play could not start on ${leg}`,
  [EVENT.gatherInitiated]: (leg) => `Listening for keys on ${leg}`,
  [EVENT.gatherSuccess]: (leg, data) =>
    text(data.digits) ? `${leg} pressed ${text(data.digits)}` : `${leg} pressed no key in time`,
  [EVENT.gatherFailed]: (leg) => `Listening for keys failed on ${leg}`,
  [EVENT.holdSuccess]: (leg) => `${leg} put on hold`,
  [EVENT.unholdSuccess]: (leg) => `${leg} taken off hold`,
  [EVENT.muteSuccess]: (leg) => `${leg} muted`,
  [EVENT.unmuteSuccess]: (leg) => `${leg} unmuted`,
  [EVENT.legJoinedBridge]: (leg) => `${leg} joined the bridge`,
  [EVENT.legLeftBridge]: (leg) => `${leg} left the bridge`,
  [EVENT.recordingStarted]: (leg) => `Recording started on ${leg}`,
  [EVENT.recordingStopped]: (leg) => `Recording stopped on ${leg}`,
  [EVENT.recordingAvailable]: (leg) => `Recording of ${leg} is ready`,
};

/**
 * Puts a run's timeline into words, in order: each API call as what it asked for and how it
 * went, each event as what happened ("Caller pressed 2"), with the facts that matter. A Say's
 * or Play's start quotes what the last action on its leg asked to be said or played.
 */
export function describeTimeline(
  timeline: readonly TimelineEntry[],
  legLabel: (role: string) => string,
): EntryWords[] {
  const posted = new Map<string, Posted>();
  return timeline.map((entry) => {
    const leg = entry.leg ? legLabel(entry.leg) : 'the call';
    if (entry.kind === 'api') {
      const words = describeApiCall(entry, leg);
      if (entry.leg && words.posted) posted.set(entry.leg, words.posted);
      return words;
    }
    const data = (entry.detail ?? {}) as Record<string, unknown>;
    const sentence = EVENT_SENTENCES[entry.name];
    const spoken = spokenOf(entry.leg ? posted.get(entry.leg) : undefined, entry.name);
    const facts = Object.entries(data)
      .filter(([key, value]) => !isLegField(key) && text(value) !== '')
      .map(([key, value]) => [key, text(value)] as const);
    return {
      text: sentence ? sentence(leg, data, spoken) : `${eventWords(entry.name)} on ${leg}`,
      facts: [...facts, ...(text(data.state) ? [['leg state', text(data.state)] as const] : [])],
    };
  });
}

/** The nodes a run entered, in order (a node entered twice is in it twice). */
export function pathOf(updates: readonly RunUpdateMessage[]): string[] {
  return updates.flatMap((update) => (update.type === 'node-entered' ? [update.nodeId] : []));
}
