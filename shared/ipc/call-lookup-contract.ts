import { z } from 'zod';
import { command } from './define-contract';

/**
 * A call sid as typed by a person: the `Call Sid` Exotel's Click to Call API returned (on the
 * simulator, any leg sid of the call). Letters, digits, `-` and `_` only, so it can only ever be
 * one path segment of `/v3/accounts/{sid}/calls/{call_sid}/legs`.
 */
export const callSidSchema = z
  .string()
  .trim()
  .min(1, 'enter a call sid')
  .max(128, 'a call sid is at most 128 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'a call sid has only letters, digits, - and _');

/**
 * One leg of a call as the lookup shows it (reference/legs-api.md, "v3 call legs"): the
 * platform's `sid, name, contact_uri, date_created, date_updated, status, group_id, group_name`,
 * renamed for people. Times are as the platform wrote them (`2020-09-15 11:01:20+05:30`).
 */
export const callLegViewSchema = z.object({
  sid: z.string(),
  name: z.string().nullable(),
  /** `contact_uri`: a phone number or a `sip:` address. */
  number: z.string().nullable(),
  /** `completed`, `no-answer`, `busy`... as the platform says it. */
  status: z.string().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Only `to` legs carry a group; a number on the platform, kept as text. */
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
});
export type CallLegView = z.infer<typeof callLegViewSchema>;

/**
 * A call's legs by side. On an outgoing call `from` holds the agents' (user) legs and `to` the
 * customer's; on an incoming call it is the other way round.
 */
export const callLegsViewSchema = z.object({
  callSid: z.string(),
  accountSid: z.string().nullable(),
  from: z.array(callLegViewSchema),
  to: z.array(callLegViewSchema),
});
export type CallLegsView = z.infer<typeof callLegsViewSchema>;

/**
 * Why a lookup found nothing, one reason per documented outcome of the v3 endpoint (401/1010,
 * 403, 404/1017, 404/10744, 500/10743, 500/10715, 429/10724) and what can fail before or around
 * it. The `message` beside it says the same in plain words.
 */
export const CALL_LOOKUP_FAILURES = [
  'needs-live-profile',
  'no-token',
  'auth',
  'forbidden',
  'tenant-not-found',
  'call-not-found',
  'legs-not-found',
  'legs-unavailable',
  'rate-limited',
  'server',
  'timeout',
  'network',
  'bad-reply',
  'bad-request',
] as const;
export type CallLookupFailure = (typeof CALL_LOOKUP_FAILURES)[number];

/**
 * What a lookup came to. Not finding a call is an answer, not a fault of the app, so it is a
 * reply: `found: false` with the reason and a message written for the person who asked.
 */
export const callLookupReplySchema = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), call: callLegsViewSchema }),
  z.object({
    found: z.literal(false),
    reason: z.enum(CALL_LOOKUP_FAILURES),
    message: z.string(),
    /** The platform's `request_id`, which Exotel support asks for, when a reply came. */
    requestId: z.string().optional(),
  }),
]);
export type CallLookupReply = z.infer<typeof callLookupReplySchema>;

/** Looking up a call's legs on a live account (v3 `GET /calls/{call_sid}/legs`). */
export const CALL_LOOKUP_COMMANDS = {
  'calls.lookUpLegs': command(
    z.object({ profile: z.string().min(1).max(60), callSid: callSidSchema }),
    callLookupReplySchema,
  ),
};
