import { z } from 'zod';

/**
 * The last second a protobuf Timestamp may hold (9999-12-31T23:59:59Z). Later values are not
 * times at all, and a JavaScript Date cannot show them: `legflow listen` would crash printing one.
 */
const LAST_TIMESTAMP_SECONDS = 253_402_300_799;

const timestampPair = z.object({
  seconds: z.coerce
    .number()
    .int()
    .nonnegative()
    .max(LAST_TIMESTAMP_SECONDS, 'must be no later than the year 9999'),
  nanos: z.number().int().min(0).max(999_999_999).default(0),
});

/** `{seconds, nanos}` over gRPC; an ISO string over the HTTPS delivery. Both become a Date-free pair. */
const timestamp = z.union([
  timestampPair,
  z
    .string()
    .refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO date and time')
    .refine((text) => {
      const ms = Date.parse(text);
      return ms >= 0 && ms < (LAST_TIMESTAMP_SECONDS + 1) * 1000;
    }, 'must be between 1970 and the year 9999')
    .transform((text) => {
      const ms = Date.parse(text);
      const seconds = Math.floor(ms / 1000);
      return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
    }),
]);

export const eventErrorSchema = z.object({
  error_code: z.union([z.string(), z.number()]).optional(),
  message: z.string().optional(),
  description: z.string().optional(),
});

/** The leg fields events carry; others pass through untouched, since the platform may add some. */
export const legEventDataSchema = z.looseObject({
  leg_sid: z.string().optional(),
  account_sid: z.string().optional(),
  contact_uri: z.string().optional(),
  exophone: z.string().optional(),
  caller_id: z.string().optional(),
  custom_param: z.string().nullable().optional(),
  direction: z.string().optional(),
  network_type: z.string().optional(),
  state: z.string().optional(),
  terminal_status: z.string().optional(),
  hangup_cause_code: z.union([z.string(), z.number()]).optional(),
  answered_by: z.string().optional(),
  digits: z.string().optional(),
  bridge_sid: z.string().optional(),
});

/** One leg event as the platform sends it (reference/legs-api.md, "Events"). */
export const legEventSchema = z.object({
  event_sid: z.string().min(1),
  event_type: z.string().min(1),
  event_name: z.string().min(1),
  event_timestamp: timestamp,
  action_sid: z.string().optional(),
  action_custom_parameter: z.string().optional(),
  event_data: z
    .object({
      data: legEventDataSchema.nullable().optional(),
      error: eventErrorSchema.nullable().optional(),
    })
    .optional(),
  /** The leg's own fields, where seed 001's samples put them (an older layout used event_data.data). */
  data: legEventDataSchema.nullable().optional(),
});

export type LegEvent = z.infer<typeof legEventSchema>;
export type LegEventData = z.infer<typeof legEventDataSchema>;

/**
 * An event's fields from both places, as one object: the leg's from the top-level `data` (seed
 * 001's layout) and the action's from `event_data.data` (`hangup_cause_code`, `digits`…), which
 * is also where an older layout put the leg's fields. Where both hold a field, `event_data.data`
 * wins, as the more specific of the two.
 */
export function eventData(event: LegEvent): LegEventData {
  return { ...(event.data ?? {}), ...(event.event_data?.data ?? {}) };
}

/** `event_data.error` of a failed leg or action, if the event carries one. */
export function eventError(event: LegEvent): z.infer<typeof eventErrorSchema> | undefined {
  return event.event_data?.error ?? undefined;
}

/** Milliseconds since the epoch, for ordering a leg's events. */
export function eventTimeMs(event: LegEvent): number {
  return event.event_timestamp.seconds * 1000 + Math.floor(event.event_timestamp.nanos / 1_000_000);
}
