import type { SimLeg } from '../platform/sim-leg';
import type { SimPlatform } from '../platform/sim-platform';
import { isoNanos } from '../time-format';
import type { LegSummary } from './control-types';
import { isRinging } from '../platform/leg-lifecycle';

/** A leg as the control API shows it. */
export function summarizeLeg(platform: SimPlatform, leg: SimLeg): LegSummary {
  return {
    legSid: leg.sid,
    direction: leg.direction,
    number: leg.contactUri,
    exophone: leg.exophone,
    partyName: leg.partyName ?? null,
    persona: leg.persona,
    state: leg.state,
    terminalStatus: leg.terminalStatus ?? null,
    answeredBy: leg.answeredBy ?? null,
    ringing: isRinging(leg),
    gathering: leg.gather?.active ?? false,
    playing: leg.media.playback?.kind ?? null,
    bridgeSid: leg.bridgeSid ?? null,
    onHold: leg.held,
    recording: leg.recording !== undefined,
    callSid: platform.calls.callOf(leg.sid) ?? null,
    createdAt: isoNanos(leg.createdAt),
  };
}
