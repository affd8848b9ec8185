import { z } from 'zod';
import { command } from './define-contract';

const legSidSchema = z.string().min(1).max(200);

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

/** `persona`: the number's phonebook persona answers by itself; `phone`: it rings the virtual phone. */
export const answeringModeSchema = z.enum(['persona', 'phone']);
export type AnsweringMode = z.infer<typeof answeringModeSchema>;

/** A number of the simulator's phonebook, as the virtual phone lists it. */
export const phonebookEntrySchema = z.object({
  number: z.string(),
  name: z.string().optional(),
  /** What its persona does when dialled: answer, busy, no-answer, fail, machine, interactive. */
  behaviour: z.string(),
  /** Who picks up now. */
  answering: answeringModeSchema,
});
export type PhonebookEntryView = z.infer<typeof phonebookEntrySchema>;

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
  'phone.phonebook': command(z.undefined(), z.object({ entries: z.array(phonebookEntrySchema) })),
  /**
   * Who picks up calls to a number: its phonebook persona, by itself, or this phone (the number
   * rings here until Answer or Reject). Keys and hang-ups stay scripted by the persona either way.
   */
  'phone.setAnswering': command(
    z.object({ number: z.string().min(1).max(200), mode: answeringModeSchema }),
    z.object({ entry: phonebookEntrySchema }),
  ),
};
