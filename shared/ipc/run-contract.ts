import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { command } from './define-contract';
import { runUpdateSchema } from './run-update-schema';

const runIdSchema = z.string().min(1).max(200);
const nodeIdsSchema = z.array(z.string().min(1)).max(10_000);
const legSidSchema = z.string().min(1).max(200);
/** What a control command that only acts answers with: nothing to say. */
const doneSchema = z.object({});
const runRequest = z.object({ runId: runIdSchema });

/** A leg of the simulator as the virtual phone shows it: its far party, state and media. */
export const phoneLegSchema = z.object({
  legSid: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  /** The far party's number. */
  number: z.string(),
  exophone: z.string(),
  partyName: z.string().nullable(),
  state: z.string(),
  terminalStatus: z.string().nullable(),
  answeredBy: z.string().nullable(),
  /** Waiting for the far party to pick up: the phone rings. */
  ringing: z.boolean(),
  /** A Gather waits for keys. */
  gathering: z.boolean(),
  playing: z.enum(['play', 'say']).nullable(),
  bridgeSid: z.string().nullable(),
  createdAt: z.string(),
});
export type PhoneLeg = z.infer<typeof phoneLegSchema>;

export const runSummarySchema = z.object({
  runId: z.string(),
  flow: z.string(),
  profile: z.string(),
  status: z.string(),
  reason: z.string(),
  /** ISO time the run started. */
  startedAt: z.string(),
  durationMs: z.number(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

/** Commands that start and steer runs (DESIGN.md, "How a flow runs": debugging). */
export const RUN_COMMANDS = {
  /** Starts a run of the flow on the Simulator profile; its updates arrive as `run.update`. */
  'run.start': command(
    z.object({
      flow: flowDocumentSchema,
      breakpoints: nodeIdsSchema.optional(),
      startPaused: z.boolean().optional(),
    }),
    z.object({ runId: runIdSchema, profile: z.string() }),
  ),
  'run.pause': command(runRequest, doneSchema),
  /** Runs one node of a paused run, then pauses again. */
  'run.step': command(runRequest, doneSchema),
  /** Runs on to the next breakpoint. */
  'run.continue': command(runRequest, doneSchema),
  /** Stops the run and hangs up every leg it created. */
  'run.stop': command(runRequest, doneSchema),
  'run.setBreakpoints': command(
    z.object({ runId: runIdSchema, nodeIds: nodeIdsSchema }),
    doneSchema,
  ),
};

/** The virtual phone: the far end of the simulator's legs. */
export const PHONE_COMMANDS = {
  'phone.listLegs': command(
    z.object({ live: z.boolean().default(true) }),
    z.object({ legs: z.array(phoneLegSchema) }),
  ),
  'phone.answer': command(z.object({ legSid: legSidSchema }), z.object({ leg: phoneLegSchema })),
  'phone.reject': command(z.object({ legSid: legSidSchema }), z.object({ leg: phoneLegSchema })),
  'phone.hangUp': command(z.object({ legSid: legSidSchema }), z.object({ leg: phoneLegSchema })),
  'phone.pressDigits': command(
    z.object({ legSid: legSidSchema, digits: z.string().regex(/^[0-9*#]{1,32}$/) }),
    z.object({ pressed: z.string(), heard: z.number().int() }),
  ),
  /** Places a call from `from` to an ExoPhone, as a caller would. */
  'phone.callIn': command(
    z.object({ from: z.string().min(1).max(200), exophone: z.string().min(1).max(200) }),
    z.object({ leg: phoneLegSchema }),
  ),
  'phone.phonebook': command(
    z.undefined(),
    z.object({
      entries: z.array(
        z.object({ number: z.string(), name: z.string().optional(), behaviour: z.string() }),
      ),
    }),
  ),
};

/** Past runs, kept as JSON lines, for the History panel and replay. */
export const HISTORY_COMMANDS = {
  /** Every kept run, newest first. */
  'history.list': command(z.undefined(), z.object({ runs: z.array(runSummarySchema) })),
  /** One run's summary, flow and updates; the flow is as it was run and may be of an old format. */
  'history.read': command(
    z.object({ runId: runIdSchema }),
    z.object({ summary: runSummarySchema, flow: z.unknown(), updates: z.array(runUpdateSchema) }),
  ),
};

/** What a run pushes to the UI. */
export const RUN_NOTIFICATIONS = {
  /** One update of one run, in order. */
  'run.update': z.object({ runId: runIdSchema, update: runUpdateSchema }),
};
