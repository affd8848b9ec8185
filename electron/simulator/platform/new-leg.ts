import type { Persona } from '../personas/persona';
import { nationalDigits } from '../../../shared/phone-number';
import { MediaQueue } from './media-queue';
import type { SimLeg, LegTimeouts } from './sim-leg';
import type { SimPlatform } from './sim-platform';

/** What a new leg is made of: the create-leg fields, or an incoming call's. */
export interface NewLegFields {
  direction: 'inbound' | 'outbound';
  contactUri: string;
  exophone: string;
  endpoint: string;
  networkType: 'pstn' | 'voip';
  customParam: string | null;
  timeouts: LegTimeouts;
  amdEnable: boolean;
  asyncAmd: boolean;
  priority: 'normal' | 'high';
  dcCode?: string;
  nsoCode?: string;
  referenceLegSid?: string;
  persona: Persona;
  partyName?: string;
}

// ASSUMPTION(caller-id): outbound caller_id is the exophone without its leading 0.
/**
 * Registers a new leg in state `created` and puts it in its call. The seed's samples show the
 * outbound `caller_id` as the exophone without its leading 0, and the inbound one as the exophone.
 */
export function newLeg(platform: SimPlatform, fields: NewLegFields): SimLeg {
  const now = platform.clock.now();
  const leg: SimLeg = {
    sid: platform.ids.sid(),
    accountSid: platform.deps.accountSid,
    direction: fields.direction,
    contactUri: fields.contactUri,
    exophone: fields.exophone,
    callerId:
      fields.direction === 'outbound'
        ? (nationalDigits(fields.exophone) ?? fields.exophone)
        : fields.exophone,
    networkType: fields.networkType,
    customParam: fields.customParam,
    endpoint: fields.endpoint,
    timeouts: fields.timeouts,
    amdEnable: fields.amdEnable,
    asyncAmd: fields.asyncAmd,
    priority: fields.priority,
    dcCode: fields.dcCode ?? platform.dcCode,
    nsoCode:
      fields.nsoCode ??
      (fields.direction === 'inbound' ? platform.incomingNsoCode : platform.nsoCode),
    persona: fields.persona,
    state: 'created',
    createdAt: now,
    updatedAt: now,
    lastStamp: now,
    timers: new Set(),
    media: new MediaQueue(),
    gathersSeen: 0,
    held: false,
    muted: { in: false, out: false },
    events: [],
  };
  if (fields.referenceLegSid !== undefined) leg.referenceLegSid = fields.referenceLegSid;
  if (fields.partyName !== undefined) leg.partyName = fields.partyName;
  platform.addLeg(leg);
  platform.calls.add(leg.sid, fields.referenceLegSid);
  return leg;
}
