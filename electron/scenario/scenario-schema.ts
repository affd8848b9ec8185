import type { z } from 'zod';
import { makeScenarioSchema } from '../../shared/flow-tests/scenario-shape';
import { personaSchema } from '../simulator';

/**
 * A scenario file scripts the callers of a run and states what must happen. Tests outside the
 * team write these, so the shape is fixed (issue #5):
 * `{ name, parties: {number: persona}, incoming: [{from, to, after}], expect: {status, path, legs} }`.
 * The shape lives in shared/ (the UI edits scenarios); the personas are the simulator's.
 */
export const scenarioSchema = makeScenarioSchema(personaSchema);

export type Scenario = z.infer<typeof scenarioSchema>;
