import { z } from 'zod';

/**
 * A field we show but do not rely on: any surprise in its type is dropped rather than failing a
 * reply whose important part is fine.
 */
export const lenientText = z.string().nullable().optional().catch(undefined);

/** A platform error code; seen as numbers (`10743`) and strings. Kept as a string. */
const platformCode = z
  .union([z.string(), z.number()])
  .transform(String)
  .nullable()
  .optional()
  .catch(undefined);

/** `error_data` of the envelope, or `error` of a 429 reply. */
export const errorDetailsSchema = z.looseObject({
  code: platformCode,
  message: lenientText,
  description: lenientText,
});

/**
 * The envelope every reply shares (reference/legs-api.md, "Every reply has one envelope"):
 * `{request_id, method, http_code, response: {error_data, data}}`. A 429 carries
 * `response.error` instead of `error_data`, and v3 puts `leg_details` beside them. Only
 * `response` is required; what each endpoint needs from it is checked by its own schema.
 */
export const replyEnvelopeSchema = z.looseObject({
  request_id: lenientText,
  method: lenientText,
  http_code: z.number().optional().catch(undefined),
  response: z.looseObject({
    error_data: errorDetailsSchema.nullable().optional().catch(undefined),
    error: errorDetailsSchema.nullable().optional().catch(undefined),
  }),
});

export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

/** Picks `response.data` of a v2 reply and checks it with `data`. */
export function v2Data<T>(data: z.ZodType<T>): z.ZodType<T> {
  // Built once per schema: zod compiles a schema on its first use, and a new one per request
  // showed up in profiles under load.
  let built = v2Envelopes.get(data) as z.ZodType<T> | undefined;
  if (!built) {
    built = z.object({ data }).transform((response) => response.data as T);
    v2Envelopes.set(data, built);
  }
  return built;
}

const v2Envelopes = new WeakMap<z.ZodType, z.ZodType>();

/** Describes a zod failure in one line, with the path from the top of the reply. */
export function describeIssues(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  if (!issue) return 'its shape is not what was expected';
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return `${path || 'the reply'}: ${issue.message}`;
}
