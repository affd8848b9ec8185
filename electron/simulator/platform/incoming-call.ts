import type { Persona } from '../personas/persona';
import { isSipUri } from '../../../shared/phone-number';
import { HANGUP_CAUSE } from './call-timing';
import { endLeg } from './leg-lifecycle';
import { newLeg } from './new-leg';
import type { SimLeg } from './sim-leg';
import type { SimPlatform } from './sim-platform';
import { EVENT } from '../../../shared/events';

/** The platform's defaults for the time-outs of a leg (reference/legs-api.md, "Create a leg"). */
export const DEFAULT_TIMEOUTS = {
  timeout: 30,
  setupTimeout: 30,
  ringTimeout: 30,
  timeLimit: 14_400,
};

/** A call to one of the account's exophones. */
export interface IncomingCall {
  /** Who calls: a number or SIP URI; becomes the leg's `contact_uri`. */
  from: string;
  /** The exophone called. */
  exophone: string;
  /** Where the leg's events go (the exophone's registered endpoint). */
  endpoint: string;
  /** What the caller does once answered: presses digits, hangs up after N s. */
  persona: Persona;
  partyName?: string;
}

/**
 * Someone calls an exophone: an inbound leg, ringing at once, announced with `incoming_leg`
 * (the seed's name; `leg_incoming` was also seen). The app answers it with `<Answer/>`; if it has
 * not within the default 30 s `timeout`, the caller gives up (`no-answer`).
 */
export function receiveIncomingCall(platform: SimPlatform, call: IncomingCall): SimLeg {
  const leg = newLeg(platform, {
    direction: 'inbound',
    contactUri: call.from,
    exophone: call.exophone,
    endpoint: call.endpoint,
    networkType: isSipUri(call.from) ? 'voip' : 'pstn',
    customParam: null,
    timeouts: { ...DEFAULT_TIMEOUTS },
    amdEnable: false,
    asyncAmd: false,
    priority: 'normal',
    persona: call.persona,
    ...(call.partyName === undefined ? {} : { partyName: call.partyName }),
  });
  const now = platform.clock.now();
  leg.state = 'ringing';
  leg.startTime = now;
  platform.emitLeg(leg, EVENT.incomingLeg, {}, { at: now });
  platform.legTimer(leg, leg.timeouts.timeout * 1000, (due) => {
    if (leg.state === 'ringing') {
      endLeg(platform, leg, { status: 'no-answer', cause: HANGUP_CAUSE.noAnswer, at: due });
    }
  });
  platform.legTimer(leg, leg.timeouts.timeLimit * 1000, (due) =>
    endLeg(platform, leg, { status: 'completed', cause: HANGUP_CAUSE.normal, at: due }),
  );
  return leg;
}
