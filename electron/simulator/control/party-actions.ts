import { HANGUP_CAUSE } from '../platform/call-timing';
import { endLeg, isRinging, partyAnswers } from '../platform/leg-lifecycle';
import type { SimLeg } from '../platform/sim-leg';
import type { SimPlatform } from '../platform/sim-platform';
import { ControlError } from './control-types';

function requireLive(leg: SimLeg): void {
  if (leg.state === 'terminal') {
    throw new ControlError(409, `Leg ${leg.sid} has ended (${leg.terminalStatus ?? 'terminal'}).`);
  }
}

/** The dialled party picks up. */
export function answerAsParty(platform: SimPlatform, leg: SimLeg): void {
  requireLive(leg);
  if (!isRinging(leg)) {
    const why =
      leg.direction === 'inbound'
        ? 'it is an incoming call: the app answers it'
        : `it is ${leg.state}`;
    throw new ControlError(409, `Leg ${leg.sid} is not ringing a party: ${why}.`);
  }
  partyAnswers(platform, leg);
}

/** The dialled party declines: busy, cause 21 (call rejected). */
export function rejectAsParty(platform: SimPlatform, leg: SimLeg): void {
  requireLive(leg);
  if (leg.direction !== 'outbound' || leg.answeredAt !== undefined) {
    throw new ControlError(409, `Leg ${leg.sid} is not an unanswered outbound call.`);
  }
  endLeg(platform, leg, { status: 'busy', cause: HANGUP_CAUSE.rejected });
}

/**
 * The far party hangs up: an answered leg completes; an outbound one not yet answered counts as
 * rejected (busy); a caller who gives up before the app answers leaves a `no-answer`.
 */
export function hangUpAsParty(platform: SimPlatform, leg: SimLeg): void {
  requireLive(leg);
  if (leg.answeredAt !== undefined) {
    endLeg(platform, leg, { status: 'completed', cause: HANGUP_CAUSE.normal });
  } else if (leg.direction === 'outbound') {
    endLeg(platform, leg, { status: 'busy', cause: HANGUP_CAUSE.rejected });
  } else {
    endLeg(platform, leg, { status: 'no-answer', cause: HANGUP_CAUSE.normal });
  }
}

/**
 * Keys pressed on the party's phone. A Gather listening takes them; one still playing its prompt
 * stops the prompt first (barge-in). With no Gather the keys are lost, as on a real call.
 */
export function pressAsParty(platform: SimPlatform, leg: SimLeg, digits: string): number {
  requireLive(leg);
  if (leg.state !== 'connected') {
    throw new ControlError(409, `Leg ${leg.sid} is not answered (state ${leg.state}).`);
  }
  let heard = 0;
  for (const key of digits) {
    const gather = leg.gather;
    if (!gather?.active) break;
    const now = platform.clock.now();
    // While a Gather runs, the only audio playing on the leg is its prompt.
    leg.media.playback?.interrupt(now);
    gather.press(key, now);
    heard++;
  }
  return heard;
}
