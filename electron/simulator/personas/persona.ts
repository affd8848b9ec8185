import { z } from 'zod';

/** What a virtual party does when its number is dialled. */
export const PERSONA_BEHAVIOURS = [
  'answer',
  'busy',
  'no-answer',
  'fail',
  'machine',
  'interactive',
] as const;
export type PersonaBehaviour = (typeof PERSONA_BEHAVIOURS)[number];

const seconds = z.number().finite().min(0).max(86_400);

/** What answering-machine detection can report in `answered_by` (seed 001). */
export const ANSWERED_BY = ['HUMAN', 'MACHINE', 'BEEP'] as const;
export type AnsweredBy = (typeof ANSWERED_BY)[number];

/**
 * A virtual party's persona. The shape is fixed: `legflow run` scenario files use it as is.
 * - `answer`: picks up after `answerAfter` s; `machine`: the same, but an answering machine.
 * - `busy`, `no-answer`, `fail`: the call never connects, for those reasons.
 * - `interactive`: rings until the control API (the virtual phone) answers or rejects it.
 * - `digits`: the keys pressed at each Gather in turn, e.g. `["1", "1234#"]`; when they run out
 *   the party presses nothing. `hangupAfter`: seconds after answering that the party hangs up.
 * - `answeredBy`: what answering-machine detection reports when the leg asked for it; by
 *   default `MACHINE` for `machine` and `HUMAN` otherwise. `BEEP` is a machine heard by its beep.
 */
export const personaSchema = z.strictObject({
  behaviour: z.enum(PERSONA_BEHAVIOURS),
  answerAfter: seconds.optional(),
  digits: z
    .array(z.string().regex(/^[0-9*#]*$/, 'digits may only hold the keys 0-9, * and #'))
    .optional(),
  hangupAfter: seconds.positive().optional(),
  answeredBy: z.enum(ANSWERED_BY).optional(),
});

export type Persona = z.infer<typeof personaSchema>;

/** A number that is not in the phonebook: answers after 2 s and presses nothing (issue #4). */
// ASSUMPTION(default-persona): an unknown number answers after 2 s and presses nothing.
export const DEFAULT_PERSONA: Persona = Object.freeze({ behaviour: 'answer', answerAfter: 2 });

/** How long each behaviour takes to pick up when `answerAfter` is not given, in seconds. */
export const DEFAULT_ANSWER_AFTER_S: Readonly<Record<PersonaBehaviour, number>> = {
  answer: 2,
  machine: 3,
  busy: 1,
  'no-answer': 0,
  fail: 0,
  interactive: 0,
};

/** How long an answering machine listens before it hangs up when `hangupAfter` is not given. */
export const MACHINE_HANGUP_AFTER_S = 30;
