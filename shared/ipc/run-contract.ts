import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { command } from './define-contract';
import { runUpdateSchema } from './run-update-schema';

const runIdSchema = z.string().min(1).max(200);
/**
 * A kept run's id as the runner makes it: `run-`, its start as ISO time with `:` and `.` made
 * `-`, and 8 hex digits. It names the run's log file, so nothing else may reach the disk.
 */
export const RUN_ID_PATTERN = /^run-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{8}$/;
const keptRunIdSchema = z
  .string()
  .regex(RUN_ID_PATTERN, 'is not a run id (they look like run-2026-01-01T03-30-00-000Z-e575f9bb)');
const nodeIdsSchema = z.array(z.string().min(1)).max(10_000);
/** What a control command that only acts answers with: nothing to say. */
const doneSchema = z.object({});
const runRequest = z.object({ runId: runIdSchema });

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

/** A profile by name: `Simulator` (the default) or a live profile from Settings. */
const profileSchema = z.string().min(1).max(60);
/** A number a run may dial, as a person confirms it. */
const numberSchema = z.string().max(200);
/** Where a flow is saved, as the files commands name it. */
const flowPathSchema = z.string().min(1).max(4_096);

/**
 * A run going on, as a window that opens finds it: its flow (and where that is saved), its
 * breakpoints and every update so far. A window folds `updates`, then the `run.update`
 * notices whose `seq` is `updates.length` or more.
 */
export const activeRunSchema = z.object({
  runId: runIdSchema,
  profile: z.string(),
  flow: flowDocumentSchema,
  path: z.string().nullable(),
  /** ISO time the run started. */
  startedAt: z.string(),
  breakpoints: z.array(z.string()),
  updates: z.array(runUpdateSchema),
});
export type ActiveRun = z.infer<typeof activeRunSchema>;

/** What a run would do, so a person can agree before a live run rings real phones. */
export const runPlanSchema = z.object({
  profile: z.string(),
  /** A live account: real phones ring. */
  live: z.boolean(),
  /** Every number the run may dial, the node that dials it and that node's leg. */
  numbers: z.array(
    z.object({ nodeId: z.string(), leg: z.string().nullable(), number: z.string() }),
  ),
  /**
   * Whether the platform could send its events to us: an endpoint on a loopback or private
   * address cannot be reached from the platform. Null on the Simulator, or when not checked.
   */
  listener: z.object({ ok: z.boolean(), message: z.string() }).nullable(),
  /**
   * Why the run cannot start (no token, a listener port in use, a number only known once the run
   * is going); absent when it can.
   */
  problem: z.string().optional(),
});
export type RunPlan = z.infer<typeof runPlanSchema>;

/** Commands that start and steer runs (DESIGN.md, "How a flow runs": debugging). */
export const RUN_COMMANDS = {
  /**
   * What a run of the flow on the profile would dial, and whether it can start. For a live
   * profile the app opens its listener (dialling nobody) to check the event endpoint.
   */
  'run.plan': command(
    z.object({ flow: flowDocumentSchema, profile: profileSchema.optional() }),
    runPlanSchema,
  ),
  /**
   * Starts a run of the flow on the profile (the Simulator by default); its updates arrive as
   * `run.update`. On a live profile every number the run may dial must be in `confirmedNumbers`,
   * or the run is refused; the run then dials no number outside them.
   */
  'run.start': command(
    z.object({
      flow: flowDocumentSchema,
      breakpoints: nodeIdsSchema.optional(),
      startPaused: z.boolean().optional(),
      profile: profileSchema.optional(),
      confirmedNumbers: z.array(numberSchema).max(1_000).optional(),
      /** Where the flow is saved, so a window that attaches to the run can open that file. */
      path: flowPathSchema.optional(),
    }),
    z.object({ runId: runIdSchema, profile: z.string() }),
  ),
  /**
   * The runs going on, oldest first, whichever window started them: a run belongs to the
   * backend, so a window that opens attaches to them and can pause or stop them.
   */
  'run.active': command(z.undefined(), z.object({ runs: z.array(activeRunSchema) })),
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

/** Past runs, kept as JSON lines, for the History panel and replay. */
export const HISTORY_COMMANDS = {
  /** Every kept run, newest first. */
  'history.list': command(z.undefined(), z.object({ runs: z.array(runSummarySchema) })),
  /** One run's summary, flow and updates; the flow is as it was run and may be of an old format. */
  'history.read': command(
    z.object({ runId: keptRunIdSchema }),
    z.object({ summary: runSummarySchema, flow: z.unknown(), updates: z.array(runUpdateSchema) }),
  ),
};

/** What a run pushes to the UI. */
export const RUN_NOTIFICATIONS = {
  /** One update of one run, in order; `seq` is its place among the run's updates, from 0. */
  'run.update': z.object({
    runId: runIdSchema,
    update: runUpdateSchema,
    seq: z.number().int().min(0),
  }),
};
