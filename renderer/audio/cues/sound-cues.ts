import type { RunUpdateMessage } from '../../../shared/ipc';
import { EVENT } from '../../../shared/events';
import { exomlToActions } from '../../../shared/exoml';
import { sayDurationMs } from '../../../shared/media/audio-timing';
import type { SoundCue } from './sound-cue';

/** Audio an action asked for, waiting for the platform's `<kind>_started` on its leg. */
type Pending =
  | { kind: 'say'; text: string; language: unknown; loop: unknown }
  | { kind: 'play'; url: string; loop: unknown };

/**
 * What the mapping remembers between updates. Audio is paired with its start event in order,
 * per leg: the simulator plays a leg's audio one item at a time, in the order it was asked for.
 */
export interface CueState {
  /** Audio asked for by an action, not started yet, by leg role. */
  pending: Readonly<Record<string, readonly Pending[]>>;
  /** `<kind>_started` events that came before their action's update, by leg role. */
  early: Readonly<Record<string, readonly ('say' | 'play')[]>>;
  /** A Hold's music file by leg role (null: a Hold without music), until `hold_success`. */
  hold: Readonly<Record<string, string | null>>;
  /** Legs ringing now. */
  ringing: readonly string[];
  /** Leg sid → role, learnt from events, so a key pressed on the phone (by sid) finds its leg. */
  roles: Readonly<Record<string, string>>;
  /** Legs whose keys were pressed on this window's keypad since their Gather began: heard already. */
  keyedHere: readonly string[];
}

export const NO_CUES: CueState = {
  pending: {},
  early: {},
  hold: {},
  ringing: [],
  roles: {},
  keyedHere: [],
};

/** The new state and what to do with sound now. */
export interface CueStep {
  state: CueState;
  cues: SoundCue[];
}

const RING_EVENTS = new Set<string>([EVENT.legRinging, EVENT.incomingLeg, EVENT.legIncoming]);
const RING_ENDS = new Set<string>([EVENT.legAnswered, EVENT.legFailedToCreate]);
const SAY_ENDS = new Set<string>([
  EVENT.sayCompleted,
  EVENT.sayInterrupted,
  EVENT.sayFailedToStart,
]);
const PLAY_ENDS = new Set<string>([
  EVENT.playCompleted,
  EVENT.playInterrupted,
  EVENT.playFailedToStart,
]);

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The audio one action request asks for, in the order its leg will play it. */
function audioOf(exoml: string): { media: Pending[]; hold?: string | null } {
  let actions;
  try {
    actions = exomlToActions(exoml);
  } catch {
    return { media: [] };
  }
  const media: Pending[] = [];
  let hold: string | null | undefined;
  for (const { kind, params } of actions) {
    if (kind === 'say') {
      media.push({
        kind: 'say',
        text: str(params.text),
        language: params.language,
        loop: params.loop,
      });
    } else if (kind === 'play') {
      media.push({ kind: 'play', url: str(params.url), loop: params.loop });
    } else if (kind === 'gather') {
      // A Gather's prompt: its Say, then its Play, each with its own start event.
      if (str(params.text))
        media.push({ kind: 'say', text: str(params.text), language: 'en', loop: 0 });
      if (str(params.url)) media.push({ kind: 'play', url: str(params.url), loop: 0 });
    } else if (kind === 'hold') {
      hold = str(params.url) || null;
    }
  }
  return { media, ...(hold !== undefined && { hold }) };
}

function cueFor(leg: string, item: Pending): SoundCue {
  if (item.kind === 'say') {
    return {
      kind: 'speak',
      leg,
      text: item.text,
      language: item.language,
      loop: item.loop,
      durationMs: sayDurationMs(item.text, item.loop),
    };
  }
  const plays = typeof item.loop === 'number' && item.loop > 0 ? Math.floor(item.loop) + 1 : 1;
  return { kind: 'play-url', leg, url: item.url, plays };
}

const without = (list: readonly string[], item: string) => list.filter((entry) => entry !== item);

/** An `api` update: an action's audio waits for its start event (or meets one that came first). */
function onAction(state: CueState, leg: string, exoml: string): CueStep {
  const { media, hold } = audioOf(exoml);
  const cues: SoundCue[] = [];
  let early = [...(state.early[leg] ?? [])];
  const waiting: Pending[] = [...(state.pending[leg] ?? [])];
  for (const item of media) {
    const started = early.indexOf(item.kind);
    if (started >= 0 && waiting.every((other) => other.kind !== item.kind)) {
      early = early.filter((_, index) => index !== started);
      cues.push(cueFor(leg, item));
    } else {
      waiting.push(item);
    }
  }
  return {
    state: {
      ...state,
      pending: { ...state.pending, [leg]: waiting },
      early: { ...state.early, [leg]: early },
      ...(hold !== undefined && { hold: { ...state.hold, [leg]: hold } }),
    },
    cues,
  };
}

/** `<kind>_started`: the first waiting audio of that kind on the leg begins. */
function onStarted(state: CueState, leg: string, kind: 'say' | 'play'): CueStep {
  const waiting = state.pending[leg] ?? [];
  const index = waiting.findIndex((item) => item.kind === kind);
  if (index < 0) {
    return {
      state: { ...state, early: { ...state.early, [leg]: [...(state.early[leg] ?? []), kind] } },
      cues: [],
    };
  }
  return {
    state: {
      ...state,
      pending: { ...state.pending, [leg]: waiting.filter((_, at) => at !== index) },
    },
    cues: [cueFor(leg, waiting[index]!)],
  };
}

function onEvent(state: CueState, update: Extract<RunUpdateMessage, { type: 'event' }>): CueStep {
  const sid = str(update.data.leg_sid);
  const leg = update.leg ?? sid;
  if (!leg) return { state, cues: [] };
  const next: CueState =
    sid && state.roles[sid] !== leg ? { ...state, roles: { ...state.roles, [sid]: leg } } : state;
  const name = update.name;
  if (name === EVENT.sayStarted) return onStarted(next, leg, 'say');
  if (name === EVENT.playStarted) return onStarted(next, leg, 'play');
  if (SAY_ENDS.has(name)) return { state: next, cues: [{ kind: 'stop', leg, what: 'say' }] };
  if (PLAY_ENDS.has(name)) return { state: next, cues: [{ kind: 'stop', leg, what: 'play' }] };
  if (RING_EVENTS.has(name)) {
    if (next.ringing.includes(leg)) return { state: next, cues: [] };
    return { state: { ...next, ringing: [...next.ringing, leg] }, cues: [{ kind: 'ring', leg }] };
  }
  if (RING_ENDS.has(name)) {
    const wasRinging = next.ringing.includes(leg);
    return {
      state: { ...next, ringing: without(next.ringing, leg) },
      cues: wasRinging ? [{ kind: 'ring-stop', leg }] : [],
    };
  }
  if (name === EVENT.legTerminated) {
    return {
      state: {
        ...next,
        ringing: without(next.ringing, leg),
        pending: { ...next.pending, [leg]: [] },
        early: { ...next.early, [leg]: [] },
      },
      cues: [{ kind: 'hang-up', leg }],
    };
  }
  if (name === EVENT.holdSuccess) {
    return { state: next, cues: [{ kind: 'hold-music', leg, url: next.hold[leg] ?? null }] };
  }
  if (name === EVENT.unholdSuccess)
    return { state: next, cues: [{ kind: 'stop', leg, what: 'hold' }] };
  if (name === EVENT.gatherInitiated) {
    return { state: { ...next, keyedHere: without(next.keyedHere, leg) }, cues: [] };
  }
  if (name === EVENT.gatherSuccess || name === EVENT.digitsSent) {
    const digits = str(update.data.digits);
    // Keys pressed on this window's keypad were heard as they were pressed.
    const heard = name === EVENT.gatherSuccess && next.keyedHere.includes(leg);
    return { state: next, cues: digits && !heard ? [{ kind: 'dtmf', leg, digits }] : [] };
  }
  return { state: next, cues: [] };
}

/**
 * The event-to-sound mapping: what one run update means for what the caller hears. `api`
 * updates carry each action's ExoML (a Say's text, language and loop; a Play's URL); `event`
 * updates say when the platform starts and ends them, rings, answers and hangs up.
 */
export function cuesOf(state: CueState, update: RunUpdateMessage): CueStep {
  switch (update.type) {
    case 'api': {
      const request = update.request as { exoml?: unknown } | null;
      if (!update.ok || typeof request?.exoml !== 'string') return { state, cues: [] };
      // Bridges are targeted as `agent+caller`; their audio plays to the first leg.
      const leg = update.target.split('+')[0] ?? update.target;
      return onAction(state, leg, request.exoml);
    }
    case 'event':
      return onEvent(state, update);
    case 'finished':
      return { state: NO_CUES, cues: [{ kind: 'stop-all' }] };
    default:
      return { state, cues: [] };
  }
}

/**
 * A key pressed on this window's keypad for the leg with `legSid`: its tone was heard as it was
 * pressed, so the Gather's result does not repeat it.
 */
export function keyPressedHere(state: CueState, legSid: string): CueState {
  const leg = state.roles[legSid] ?? legSid;
  return state.keyedHere.includes(leg) ? state : { ...state, keyedHere: [...state.keyedHere, leg] };
}
