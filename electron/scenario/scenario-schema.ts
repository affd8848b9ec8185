import { z } from 'zod';
import { personaSchema } from '../simulator';

/**
 * A scenario file scripts the callers of a run and states what must happen. Tests outside the
 * team write these, so the shape is fixed (issue #5):
 * `{ name, parties: {number: persona}, incoming: [{from, to, after}], expect: {status, path, legs} }`.
 */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1).default('scenario'),
  /** Personas by number, overriding the simulator's phonebook for this run. */
  parties: z.record(z.string().min(1), personaSchema).default({}),
  /** Calls placed to the flow's ExoPhones, `after` seconds (platform time) into the run. */
  incoming: z
    .array(
      z.strictObject({
        from: z.string().min(1),
        to: z.string().min(1),
        after: z.number().min(0).max(86_400).default(0),
      }),
    )
    .default([]),
  expect: z
    .strictObject({
      status: z.enum(['completed', 'failed', 'stopped']).optional(),
      /** The exact node ids the run visits, its trigger first. */
      path: z.array(z.string().min(1)).optional(),
      /** Each role's terminal status at the end, e.g. `{"caller": "completed"}`. */
      legs: z.record(z.string().min(1), z.string().min(1)).optional(),
    })
    .default({}),
});

export type Scenario = z.infer<typeof scenarioSchema>;
