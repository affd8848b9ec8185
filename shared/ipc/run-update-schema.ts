import { z } from 'zod';

/** Platform milliseconds: when the update happened on the (possibly sped-up) platform clock. */
const at = z.number();

/** Why a paused run is paused: a breakpoint, the end of a step, or someone pressed Pause. */
export const pauseReasonSchema = z.enum(['breakpoint', 'step', 'pause']);

/** How a run ended; `stopped` means a person or the app stopped it. */
export const runStatusSchema = z.enum(['completed', 'failed', 'stopped']);

/** What a run can be seen to wait for: a Wait node, a Gather's time-out, or a leg ringing. */
export const waitKindSchema = z.enum(['wait', 'gather', 'ringing']);

/** A leg as a finished run reports it. */
export const legOutcomeSchema = z.object({
  sid: z.string(),
  state: z.string(),
  terminal_status: z.string().optional(),
});

/** A leg a finished run could not hang up: someone must end it by hand. */
export const legLeftUpSchema = z.object({
  role: z.string(),
  number: z.string(),
  sid: z.string(),
  reason: z.string(),
});

/**
 * One thing that happened in a run, in order: the runner's `RunUpdate` (electron/runner/
 * run-types.ts) as it crosses to the UI. It is parsed there because the UI animates from it and
 * folds it into panels; a malformed update must be dropped, not crash the canvas.
 */
export const runUpdateSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), runId: z.string(), flow: z.string(), at }),
  z.object({
    type: z.literal('node-entered'),
    nodeId: z.string(),
    leg: z.string().nullable(),
    step: z.number().int(),
    at,
  }),
  z.object({
    type: z.literal('node-left'),
    nodeId: z.string(),
    port: z.string(),
    to: z.string().nullable(),
    at,
  }),
  z.object({
    type: z.literal('api'),
    method: z.string(),
    target: z.string(),
    request: z.unknown(),
    ok: z.boolean(),
    reply: z.unknown(),
    at,
  }),
  z.object({
    type: z.literal('event'),
    leg: z.string().nullable(),
    name: z.string(),
    eventSid: z.string(),
    data: z.record(z.string(), z.unknown()),
    at,
  }),
  z.object({ type: z.literal('variables'), variables: z.record(z.string(), z.string()), at }),
  z.object({ type: z.literal('paused'), nodeId: z.string(), reason: pauseReasonSchema, at }),
  z.object({ type: z.literal('resumed'), at }),
  /**
   * The run waits on the node until `until` (platform ms) unless the wait ends sooner; over once
   * the run leaves or enters a node, or finishes. The app's runs only, for the countdown.
   */
  z.object({
    type: z.literal('waiting'),
    nodeId: z.string(),
    leg: z.string().nullable(),
    kind: waitKindSchema,
    until: z.number(),
    at,
  }),
  z.object({
    type: z.literal('finished'),
    status: runStatusSchema,
    reason: z.string(),
    path: z.array(z.string()),
    legs: z.record(z.string(), legOutcomeSchema),
    /** Present only when some leg could not be hung up. */
    legsLeftUp: z.array(legLeftUpSchema).optional(),
    at,
  }),
]);

export type RunUpdateMessage = z.infer<typeof runUpdateSchema>;
export type PauseReason = z.infer<typeof pauseReasonSchema>;
export type RunStatus = z.infer<typeof runStatusSchema>;
export type WaitKind = z.infer<typeof waitKindSchema>;
