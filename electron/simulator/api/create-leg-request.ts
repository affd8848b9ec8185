import { z } from 'zod';
import { isDialable, isSipUri } from '../../../shared/phone-number';
import { endpointProblem } from '../delivery/event-endpoint';

const MAX_TIME_LIMIT_S = 14_400;

function text(field: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined ? `${field} is required` : `${field} must be a string`,
  });
}

function number(field: string) {
  return text(field).refine(isDialable, {
    message: `${field} must be an Indian number with a leading 0 or the country code (09163816621, +919163816621) or a sip:user@domain URI`,
  });
}

function seconds(field: string, max?: number) {
  const range =
    max === undefined
      ? 'a positive whole number of seconds'
      : `a whole number of seconds from 1 to ${max}`;
  return z
    .number({ error: `${field} must be ${range}` })
    .refine(
      (value) => Number.isInteger(value) && value >= 1 && (max === undefined || value <= max),
      {
        message: `${field} must be ${range}`,
      },
    );
}

function flag(field: string) {
  return z.boolean({ error: `${field} must be true or false` });
}

/**
 * The body of `POST /v2/accounts/{sid}/legs` and the platform's rules for it (reference/legs-api.md,
 * "Create a leg"; issue #4). Unknown fields are ignored, as the platform is assumed to.
 */
export const createLegRequestSchema = z
  .object({
    contact_uri: number('contact_uri'),
    exophone: number('exophone'),
    leg_event_endpoint: text('leg_event_endpoint').superRefine((value, context) => {
      const problem = endpointProblem('leg_event_endpoint', value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
    network_type: z
      .enum(['pstn', 'voip'], { error: 'network_type must be "pstn" or "voip"' })
      .default('pstn'),
    custom_param: z.string({ error: 'custom_param must be a string' }).nullish(),
    timeout: seconds('timeout').default(30),
    setup_timeout: seconds('setup_timeout').default(30),
    ring_timeout: seconds('ring_timeout').default(30),
    time_limit: seconds('time_limit', MAX_TIME_LIMIT_S).default(MAX_TIME_LIMIT_S),
    requested_dc_code: z.string({ error: 'requested_dc_code must be a string' }).optional(),
    requested_nso_code: z.string({ error: 'requested_nso_code must be a string' }).optional(),
    reference_leg_sid: z.string({ error: 'reference_leg_sid must be a string' }).optional(),
    amd_enable: flag('amd_enable').default(false),
    async_amd: flag('async_amd').default(false),
    priority: z
      .enum(['normal', 'high'], { error: 'priority must be "normal" or "high"' })
      .default('normal'),
  })
  .superRefine((body, context) => {
    const sip = isSipUri(body.contact_uri);
    if (sip && body.network_type !== 'voip') {
      context.addIssue({
        code: 'custom',
        path: ['network_type'],
        message: 'network_type must be "voip" for a sip: contact_uri (it defaults to "pstn")',
      });
    }
    if (!sip && body.network_type === 'voip') {
      context.addIssue({
        code: 'custom',
        path: ['network_type'],
        message: 'network_type must be "pstn" for a phone number; "voip" is for sip: URIs',
      });
    }
  });

// ASSUMPTION(should-rules): sip:+pstn is a 400; async_amd without amd_enable is ignored with a warning.
/**
 * The seeds' "should" rules, decided here. `network_type` that does not fit `contact_uri` stays a
 * 400 (above): a sip: URI cannot be dialled over the PSTN nor a number over VoIP, and a loud
 * refusal beats a call that silently goes nowhere. `async_amd` without `amd_enable` is accepted
 * and ignored, with a warning in the simulator's log: seed 001 calls it "applicable only when
 * amd_enable is true", which reads as ignored rather than refused.
 */
export function createLegWarnings(request: CreateLegRequest): string[] {
  return request.async_amd && !request.amd_enable
    ? ['async_amd is ignored: it applies only when amd_enable is true']
    : [];
}

export type CreateLegRequest = z.output<typeof createLegRequestSchema>;

/** The problems of a zod failure, one per field, first first: `message` and the whole list. */
export function describeProblems(error: z.ZodError): { message: string; description: string } {
  const lines = error.issues.map((issue) => issue.message);
  const message = lines[0] ?? 'The request is not valid';
  return { message, description: lines.join('; ') };
}
