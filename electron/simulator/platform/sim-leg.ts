import type { LegState, TerminalStatus } from '../../../shared/events';
import type { SimTimer } from '../clock/sim-clock';
import type { AnsweredBy, Persona } from '../personas/persona';
import type { MediaQueue } from './media-queue';
import type { GatherSession } from './gather-session';
import type { WireEvent } from './wire-event';

/** Create-leg options that shape the leg's life, in seconds as the API takes them. */
export interface LegTimeouts {
  timeout: number;
  setupTimeout: number;
  ringTimeout: number;
  timeLimit: number;
}

/** A recording in progress on a leg or a bridge. */
export interface ActiveRecording {
  sid: string;
  startedAt: number;
  format: string;
  direction: string;
  actionSid: string;
}

/** Everything the simulator knows about one leg. Times are virtual ms since the epoch. */
export interface SimLeg {
  sid: string;
  accountSid: string;
  direction: 'inbound' | 'outbound';
  contactUri: string;
  exophone: string;
  callerId: string;
  networkType: 'pstn' | 'voip';
  customParam: string | null;
  /** Where its events go; `<Refer>` changes it. */
  endpoint: string;
  timeouts: LegTimeouts;
  amdEnable: boolean;
  asyncAmd: boolean;
  priority: 'normal' | 'high';
  dcCode: string;
  nsoCode: string;
  referenceLegSid?: string;
  /** The far party: who was dialled, or who called in. */
  persona: Persona;
  partyName?: string;

  state: LegState;
  terminalStatus?: TerminalStatus;
  hangupCauseCode?: number;
  answeredBy?: AnsweredBy;
  createdAt: number;
  updatedAt: number;
  startTime?: number;
  answeredAt?: number;
  endTime?: number;
  /** The newest event timestamp, so the leg's events never go back in time. */
  lastStamp: number;

  /** Lifecycle timers (ringing, time-outs, the party hanging up); all cancelled when it ends. */
  timers: Set<SimTimer>;
  media: MediaQueue;
  gather?: GatherSession;
  /** How many Gathers the party has met, to pick its next entry of `persona.digits`. */
  gathersSeen: number;
  recording?: ActiveRecording;
  held: boolean;
  muted: { in: boolean; out: boolean };
  stream?: { sid: string; type: string; url: string };
  monitoring?: { legSid: string; rxAudio: string };
  bridgeSid?: string;
  /** What `GET .../external_events` returns; the newest few hundred. */
  events: WireEvent[];
}

/** Whether the leg is still alive (anything but terminal). */
export function isLive(leg: SimLeg): boolean {
  return leg.state !== 'terminal';
}
