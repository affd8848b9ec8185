import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { legEventSchema } from '../../shared/events';

/**
 * A run log: one JSON object a line, one file per run, appended while the run goes and never
 * rewritten. Replay and the run history read it back. Every line has a `type` and an `at` (ISO
 * time); `event` lines hold a leg event as the listener accepted it. Other types (the runner's
 * steps, for instance) are kept as they are, so the log can grow new kinds of line without a
 * format change here.
 */

/** A run id becomes a file name, so it is kept to characters that are safe in one. */
export const runIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
    'a run id is 1–128 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  );

/** An `event` line. */
export const runLogEventEntrySchema = z.object({
  type: z.literal('event'),
  at: z.iso.datetime(),
  event: legEventSchema,
});

/** Any other line: its own type, a time, and whatever else it carries. */
export const runLogOtherEntrySchema = z.looseObject({
  type: z
    .string()
    .min(1)
    .refine((type) => type !== 'event', 'an event line needs a valid event'),
  at: z.iso.datetime(),
});

/** One line of a run log. */
export const runLogEntrySchema = z.union([runLogEventEntrySchema, runLogOtherEntrySchema]);

export type RunLogEventEntry = z.infer<typeof runLogEventEntrySchema>;
export type RunLogEntry = z.infer<typeof runLogEntrySchema>;

/**
 * The log file of `runId`, inside `folder`; throws, saying why, on a run id that is not a safe
 * file name or that would lead out of the folder (`../…`, an absolute path).
 */
export function runLogPath(folder: string, runId: string): string {
  const checked = runIdSchema.safeParse(runId);
  if (!checked.success) {
    throw new Error(
      `${JSON.stringify(runId)} is not a run id: ${checked.error.issues[0]?.message}.`,
    );
  }
  const inside = resolve(folder);
  const path = resolve(inside, `${checked.data}.jsonl`);
  if (dirname(path) !== inside) {
    throw new Error(`The run id ${JSON.stringify(runId)} leads out of the run history folder.`);
  }
  return path;
}
