import type { DeliveryStats } from '../delivery/event-dispatcher';
import type { Persona } from '../personas/persona';
import type { PhonebookEntry } from '../personas/phonebook';
import type { PlatformNotice } from '../platform/sim-platform';

/** A leg as the virtual phone and tests see it; the far party is who was dialled or who called. */
export interface LegSummary {
  legSid: string;
  direction: 'inbound' | 'outbound';
  /** The far party's number (the leg's `contact_uri`). */
  number: string;
  exophone: string;
  partyName: string | null;
  persona: Persona;
  state: string;
  terminalStatus: string | null;
  answeredBy: string | null;
  /** An outbound leg waiting for its party to pick up: the virtual phone rings. */
  ringing: boolean;
  /** A Gather is waiting for keys. */
  gathering: boolean;
  playing: 'play' | 'say' | null;
  bridgeSid: string | null;
  onHold: boolean;
  recording: boolean;
  callSid: string | null;
  createdAt: string;
}

/** What pressing keys did. */
export interface KeysPressed {
  legSid: string;
  pressed: string;
  /** How many of them a Gather took; keys pressed when none listens are lost, as on a phone. */
  heard: number;
}

/** A call placed to an exophone from the virtual phone or a test. */
export interface IncomingCallRequest {
  /** The caller's number or SIP URI. */
  from: string;
  /** The exophone called. */
  exophone: string;
  /** Overrides the caller's phonebook persona; an unknown caller is interactive. */
  persona?: Persona;
  name?: string;
  /** Overrides the exophone's registered endpoint. */
  endpoint?: string;
}

/** An overview, for `GET /_sim/` and the benchmark. */
export interface SimulatorStats {
  accountSid: string;
  /** How the clock moves (see {@link ClockStatus.mode}). */
  clock: ClockStatus['mode'];
  /** Virtual ms per real ms when paced; 1 otherwise. */
  speed: number;
  /** Virtual time, ISO. */
  now: string;
  faults: string;
  legs: { total: number; live: number };
  bridges: { total: number; active: number };
  delivery: DeliveryStats;
  /** Timers waiting on the virtual clock. */
  pendingTimers: number;
}

/** Where the virtual clock stands, for `GET /_sim/clock` and the replies of the moves. */
export interface ClockStatus {
  /** `paced` (real time × speed), `skipping` (jumps when idle) or `manual` (moved by hand). */
  mode: 'paced' | 'skipping' | 'manual';
  /** Virtual ms per real ms when paced; 1 otherwise. */
  speed: number;
  /** Virtual time, ISO with nanoseconds, as events and legs show it. */
  now: string;
  /** The same in ms since the epoch, for arithmetic in tests. */
  nowMs: number;
  /** When the next timer is due (ISO), or null when none is waiting. */
  nextDue: string | null;
  /** Timers waiting on the clock. */
  pendingTimers: number;
}

/**
 * The simulator's control API, in process. `/_sim/` serves the same over HTTP. It drives the
 * far parties of legs (the virtual phone): answer, reject, press keys, hang up, call in.
 */
export interface SimulatorControl {
  listLegs(filter?: { live?: boolean }): LegSummary[];
  getLeg(legSid: string): LegSummary;
  /** The far parties of live legs. */
  listParties(): LegSummary[];
  phonebook(): PhonebookEntry[];
  setPersona(number: string, persona: Persona, name?: string): PhonebookEntry;
  /** The dialled party picks up a ringing outbound leg (any persona). */
  answer(legSid: string): LegSummary;
  /** The dialled party declines a ringing outbound leg: `busy`, cause 21. */
  reject(legSid: string): LegSummary;
  pressDigits(legSid: string, digits: string): KeysPressed;
  /** The far party hangs up. */
  hangUp(legSid: string): LegSummary;
  placeIncomingCall(request: IncomingCallRequest): LegSummary;
  /** Where the events of incoming calls to `exophone` go. */
  registerExophone(exophone: string, endpoint: string): { exophone: string; endpoint: string };
  exophones(): { exophone: string; endpoint: string }[];
  /** Hears of every event the simulator sends; returns the function that stops it. */
  subscribe(observer: (notice: PlatformNotice) => void): () => void;
  stats(): SimulatorStats;
  clock(): ClockStatus;
  /**
   * Manual clock only: fires, in order and each at its own time, every timer due within `ms`,
   * then stands at now + `ms`. Resolves once the events those timers sent are delivered, so a
   * test sees them as soon as the move returns. 409 on a paced or skipping clock; 400 unless
   * `ms` is from 0 to {@link MAX_ADVANCE_MS}.
   */
  advanceClock(ms: number): Promise<ClockStatus>;
  /** Manual clock only: fires the next due timer (if any) and delivers its events. */
  advanceClockToNext(): Promise<ClockStatus>;
  /** Resolves once every event sent so far has been delivered or given up. */
  whenDelivered(): Promise<void>;
}

/** The longest one move of a manual clock: 31 days, beyond any call, short of a slip of a unit. */
export const MAX_ADVANCE_MS = 31 * 24 * 60 * 60 * 1000;

/** A control request that cannot be carried out: 404 unknown leg, 409 wrong state, 400 bad input. */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}
