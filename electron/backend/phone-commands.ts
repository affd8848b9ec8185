import { IpcError } from '../../shared/ipc';
import type { AnsweringMode, PhonebookEntryView } from '../../shared/ipc';
import type { RunService } from '../run-service/run-service';
import { ControlError } from '../simulator/control/control-types';
import type { SimulatorControl } from '../simulator';
import { DEFAULT_PERSONA } from '../simulator/personas/persona';
import type { Persona } from '../simulator/personas/persona';
import { numberKey } from '../../shared/phone-number';
import type { NamespaceHandlers } from './command-handlers';

/**
 * Runs a virtual-phone action. The simulator says 404/409/400 when a leg is gone or in the wrong
 * state (answering a call that just stopped ringing); that is the user's race, not our bug.
 */
async function control<T>(action: () => T | Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ControlError) {
      throw new IpcError(error.status === 404 ? 'not-found' : 'bad-request', error.message);
    }
    throw error;
  }
}

/** A number that rings the virtual phone until someone there answers or rejects it. */
const RINGS_HERE: Persona = { behaviour: 'interactive' };

/**
 * Who picks up each number. A number handed to the phone keeps its persona's keys and hang-up
 * but rings until the user acts; handing it back restores the persona it had, so a demo can
 * switch back and forth without editing the phonebook.
 */
function answeringSwitch(phone: () => Promise<SimulatorControl>) {
  // The persona each number had before it was handed to the phone; absent = never handed over.
  const personas = new Map<string, Persona>();
  const view = (entry: { number: string; name?: string; persona: Persona }) =>
    ({
      number: entry.number,
      ...(entry.name !== undefined && { name: entry.name }),
      behaviour: (personas.get(numberKey(entry.number)) ?? entry.persona).behaviour,
      answering: entry.persona.behaviour === 'interactive' ? 'phone' : 'persona',
    }) satisfies PhonebookEntryView;

  return {
    async list(): Promise<PhonebookEntryView[]> {
      return (await phone()).phonebook().map(view);
    },
    async set(number: string, mode: AnsweringMode): Promise<PhonebookEntryView> {
      const sim = await phone();
      const key = numberKey(number);
      const current = sim.phonebook().find((entry) => numberKey(entry.number) === key);
      // A number the phonebook does not list answers as the default persona does.
      const persona = current?.persona ?? DEFAULT_PERSONA;
      if (mode === 'phone') {
        if (persona.behaviour !== 'interactive' && !personas.has(key)) personas.set(key, persona);
        return view(await control(() => sim.setPersona(number, { ...persona, ...RINGS_HERE })));
      }
      const own = personas.get(key);
      personas.delete(key);
      // A number that rang here from the start (the interactive party) has no other persona.
      return view(await control(() => sim.setPersona(number, own ?? persona)));
    },
  };
}

/** The `phone.*` commands: the virtual phone, the far end of the simulator's legs. */
export function phoneCommands(service: RunService): NamespaceHandlers<'phone'> {
  const phone = () => service.phone();
  const answering = answeringSwitch(phone);
  return {
    'phone.listLegs': async ({ live }) => ({ legs: (await phone()).listLegs({ live }) }),
    'phone.answer': async ({ legSid }) => {
      const sim = await phone();
      return { leg: await control(() => sim.answer(legSid)) };
    },
    'phone.reject': async ({ legSid }) => {
      const sim = await phone();
      return { leg: await control(() => sim.reject(legSid)) };
    },
    'phone.hangUp': async ({ legSid }) => {
      const sim = await phone();
      return { leg: await control(() => sim.hangUp(legSid)) };
    },
    'phone.pressDigits': async ({ legSid, digits }) => {
      const sim = await phone();
      const { pressed, heard } = await control(() => sim.pressDigits(legSid, digits));
      return { pressed, heard };
    },
    'phone.callIn': async ({ from, exophone }) => {
      const sim = await phone();
      return { leg: await control(() => sim.placeIncomingCall({ from, exophone })) };
    },
    'phone.phonebook': async () => ({ entries: await answering.list() }),
    'phone.setAnswering': async ({ number, mode }) => ({
      entry: await answering.set(number, mode),
    }),
  };
}
