import { z } from 'zod';

/** The statuses a run can end with, as a scenario expects them. */
export const EXPECTED_STATUSES = ['completed', 'failed', 'stopped'] as const;

/** A call a scenario places to one of the flow's ExoPhones, `after` seconds into the run. */
export const incomingCallSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  after: z.number().min(0).max(86_400).default(0),
});

/** What must happen: the run's status, the exact path, each role's terminal status. */
export const expectationSchema = z.strictObject({
  status: z.enum(EXPECTED_STATUSES).optional(),
  /** The exact node ids the run visits, its trigger first. */
  path: z.array(z.string().min(1)).optional(),
  /** Each role's terminal status at the end, e.g. `{"caller": "completed"}`. */
  legs: z.record(z.string().min(1), z.string().min(1)).optional(),
});

/**
 * The scenario shape (issue #5), with the persona schema given by the caller: the simulator
 * owns personas, and `shared/` may not import it, so the backend builds the full schema with
 * the simulator's persona and the IPC contract with a structural stand-in the backend re-checks.
 * `{ name, parties: {number: persona}, incoming: [{from, to, after}], expect: {status, path, legs} }`.
 */
export function makeScenarioSchema<Persona extends z.ZodType>(persona: Persona) {
  return z.strictObject({
    name: z.string().min(1).default('scenario'),
    /** Personas by number, overriding the simulator's phonebook for this run. */
    parties: z.record(z.string().min(1), persona).default({}),
    /** Calls placed to the flow's ExoPhones, `after` seconds (platform time) into the run. */
    incoming: z.array(incomingCallSchema).default([]),
    expect: expectationSchema.default({}),
  });
}

/**
 * A persona as the contract carries it: an object with a `behaviour`. Its fields are checked
 * by the backend against the simulator's persona schema before anything is written or run.
 */
export const personaWireSchema = z.looseObject({ behaviour: z.string().min(1) });

/** A scenario as the IPC contract carries it (see {@link makeScenarioSchema}). */
export const scenarioWireSchema = makeScenarioSchema(personaWireSchema);
export type ScenarioWire = z.infer<typeof scenarioWireSchema>;
