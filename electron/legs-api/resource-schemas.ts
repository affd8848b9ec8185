import { z } from 'zod';
import { lenientText } from './reply-envelope';

// Each schema is strict about the few fields the app relies on (a sid, a state) and lenient about
// the rest: the platform adds fields, and an odd value in a field we only display must not turn
// an accepted request into a failure.

const sid = z.string().min(1);
const lenientNumber = z.union([z.number(), z.string()]).nullable().optional().catch(undefined);
const lenientSids = z.array(z.string()).optional().catch(undefined);

/** `data` of a created leg (`POST /legs`, 202). */
export const createdLegSchema = z.looseObject({
  leg_sid: sid,
  account_sid: lenientText,
  contact_uri: lenientText,
  exophone: lenientText,
  network_type: lenientText,
  custom_param: lenientText,
  leg_event_endpoint: lenientText,
  created_at: lenientText,
});

/** `data` of `GET /legs/{leg_sid}`; `additional_info` comes with `?fields=`. */
export const legSchema = z.looseObject({
  leg_sid: sid,
  /** `created`, `ringing`, `connected` or `terminal`, as far as is known; kept open. */
  state: z.string(),
  account_sid: lenientText,
  contact_uri: lenientText,
  exophone: lenientText,
  caller_id: lenientText,
  direction: lenientText,
  network_type: lenientText,
  time_limit: lenientNumber,
  terminal_status: lenientText,
  date_created: lenientText,
  date_updated: lenientText,
  start_time: lenientText,
  end_time: lenientText,
  on_call_duration_ms: lenientNumber,
  additional_info: z.looseObject({}).nullable().optional().catch(undefined),
});

/**
 * `data` of an accepted leg or bridge action (202). The seed shows `leg_sid`; an action sid may
 * also come back. Neither is required: the 202 itself is the acceptance.
 */
export const actionAcceptedSchema = z
  .looseObject({ leg_sid: lenientText, bridge_sid: lenientText, action_sid: lenientText })
  .nullish()
  .transform((data) => data ?? {});

/** `data` of a created bridge. */
export const createdBridgeSchema = z.looseObject({
  bridge_sid: sid,
  account_sid: lenientText,
  leg_sids: lenientSids,
  bridge_event_endpoint: lenientText,
  created_at: lenientText,
});

/** `data` of `GET /bridges/{bridge_sid}`. */
export const bridgeSchema = z.looseObject({
  sid,
  state: z.string(),
  account_sid: lenientText,
  terminal_status: lenientText,
  date_created: lenientText,
  date_updated: lenientText,
  start_time: lenientText,
  end_time: lenientText,
  /** A count or a list; the reference does not say which. */
  active_legs: z.unknown().optional(),
  leg_sids: lenientSids,
});

/** One leg of a call, from v3's `leg_details.from` or `.to`. */
export const callLegSchema = z.looseObject({
  sid,
  name: lenientText,
  contact_uri: lenientText,
  date_created: lenientText,
  date_updated: lenientText,
  status: lenientText,
  group_id: lenientNumber,
  group_name: lenientText,
});

/** v3 `response`: the legs of a call, keyed by side. */
export const callLegsResponseSchema = z
  .object({
    leg_details: z.looseObject({
      call_sid: lenientText,
      account_sid: lenientText,
      from: z.array(callLegSchema).default([]),
      to: z.array(callLegSchema).default([]),
    }),
  })
  .transform((response) => response.leg_details);

/** A stored event; its exact shape is not documented, so only the usual names are typed. */
export const storedEventSchema = z.looseObject({
  event_sid: lenientText,
  event_type: lenientText,
  event_name: lenientText,
});

/** `data` of the stored-events endpoint: a list, or an object holding `events`. */
export const storedEventsSchema = z
  .union([z.array(storedEventSchema), z.looseObject({ events: z.array(storedEventSchema) })])
  .nullish()
  .transform((data) => (data == null ? [] : Array.isArray(data) ? data : data.events));

export type CreatedLeg = z.output<typeof createdLegSchema>;
export type Leg = z.output<typeof legSchema>;
export type ActionAccepted = z.output<typeof actionAcceptedSchema>;
export type CreatedBridge = z.output<typeof createdBridgeSchema>;
export type Bridge = z.output<typeof bridgeSchema>;
export type CallLeg = z.output<typeof callLegSchema>;
export type CallLegs = z.output<typeof callLegsResponseSchema>;
export type StoredEvent = z.output<typeof storedEventSchema>;
