import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findAppFile } from '../../app-files/find-app-file';
import { DEFAULT_PERSONA, personaSchema } from './persona';
import type { Persona } from './persona';
import { isDialable, numberKey } from '../../../shared/phone-number';

/** The built-in demo phonebook, relative to the app's root. */
export const BUILT_IN_PHONEBOOK = 'assets/phonebook.json';

const entrySchema = z.strictObject({
  number: z.string().refine(isDialable, {
    message: 'must be an Indian number with a leading 0 or +91, or sip:user@domain',
  }),
  /** Shown by the virtual phone and returned as `name` by v3 call legs. */
  name: z.string().optional(),
  /** What the number is for, for people reading the file. */
  note: z.string().optional(),
  persona: personaSchema,
});

/**
 * A phonebook file: which persona answers each number. The built-in one is
 * `assets/phonebook.json`; `legflow sim --phonebook FILE` reads another with the same shape.
 */
export const phonebookFileSchema = z.strictObject({
  format: z.literal('legflow.phonebook'),
  version: z.literal(1),
  entries: z.array(entrySchema),
});

export type PhonebookFile = z.input<typeof phonebookFileSchema>;
export type PhonebookEntry = z.infer<typeof entrySchema>;

/** A phonebook file that could not be read, with every problem and where it is. */
export class PhonebookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhonebookError';
  }
}

/**
 * Who answers which number. Looked up by number in any accepted spelling (`09163816621`,
 * `+919163816621`); a number that is not in it gets {@link DEFAULT_PERSONA}. Entries can be
 * changed while the simulator runs (the control API, scenario files).
 */
export class Phonebook {
  private readonly byKey = new Map<string, PhonebookEntry>();

  constructor(entries: readonly PhonebookEntry[] = []) {
    for (const entry of entries) this.byKey.set(numberKey(entry.number), entry);
  }

  /** The persona of `number`: its entry's, or the default one. */
  personaOf(number: string): Persona {
    return this.byKey.get(numberKey(number))?.persona ?? DEFAULT_PERSONA;
  }

  /** The entry of `number`, if it has one. */
  entryOf(number: string): PhonebookEntry | undefined {
    return this.byKey.get(numberKey(number));
  }

  /** Adds or replaces the persona of `number`, keeping its name. */
  set(number: string, persona: Persona, name?: string): PhonebookEntry {
    const previous = this.byKey.get(numberKey(number));
    const entry: PhonebookEntry = { ...previous, number, persona };
    if (name !== undefined) entry.name = name;
    this.byKey.set(numberKey(number), entry);
    return entry;
  }

  /** Every entry, in the order they were added. */
  entries(): PhonebookEntry[] {
    return [...this.byKey.values()];
  }
}

/** Checks a phonebook already read from JSON. */
export function parsePhonebook(value: unknown, source = 'the phonebook'): Phonebook {
  const parsed = phonebookFileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new PhonebookError(`${source} is not a valid phonebook: ${problems.join('; ')}`);
  }
  return new Phonebook(parsed.data.entries);
}

/** Reads a phonebook file; the built-in demo phonebook when `file` is not given. */
export function loadPhonebook(file?: string): Phonebook {
  const path = file ?? findAppFile(BUILT_IN_PHONEBOOK);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PhonebookError(`Cannot read the phonebook ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PhonebookError(`The phonebook ${path} is not JSON: ${(error as Error).message}`);
  }
  return parsePhonebook(json, `The phonebook ${path}`);
}
