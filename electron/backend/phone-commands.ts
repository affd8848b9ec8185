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
 * switch back and forth without editing the phonebook. The choice outlives the simulator: one
 * opened again is handed the same numbers before it runs anything.
 */
function answeringSwitch(service: RunService) {
  const phone = () => service.phone();
  // The numbers handed to the phone, by key, with the persona each had before; a number that
  // rang here from the start (the interactive party) is not listed: it has no other persona.
  const handed = new Map<string, { number: string; persona: Persona }>();
  const view = (entry: { number: string; name?: string; persona: Persona }) =>
    ({
      number: entry.number,
      ...(entry.name !== undefined && { name: entry.name }),
      behaviour: (handed.get(numberKey(entry.number))?.persona ?? entry.persona).behaviour,
      answering: entry.persona.behaviour === 'interactive' ? 'phone' : 'persona',
    }) satisfies PhonebookEntryView;
  const personaOf = (sim: SimulatorControl, key: string) =>
    sim.phonebook().find((entry) => numberKey(entry.number) === key)?.persona ??
    // A number the phonebook does not list answers as the default persona does.
    DEFAULT_PERSONA;
  /** Rings the phone for `number`; remembered only once the simulator took it. */
  const handOver = (sim: SimulatorControl, number: string) => {
    const key = numberKey(number);
    const persona = personaOf(sim, key);
    const entry = sim.setPersona(number, { ...persona, ...RINGS_HERE });
    if (persona.behaviour !== 'interactive' && !handed.has(key)) {
      handed.set(key, { number, persona });
    }
    return entry;
  };

  service.onSimulatorOpened((sim) => {
    const numbers = [...handed.values()].map((entry) => entry.number);
    handed.clear();
    for (const number of numbers) {
      try {
        handOver(sim, number);
      } catch {
        // The new simulator refused it (its phonebook changed): that number answers as it says.
      }
    }
  });

  return {
    async list(): Promise<PhonebookEntryView[]> {
      return (await phone()).phonebook().map(view);
    },
    async set(number: string, mode: AnsweringMode): Promise<PhonebookEntryView> {
      const sim = await phone();
      if (mode === 'phone') return view(await control(() => handOver(sim, number)));
      const key = numberKey(number);
      const own = handed.get(key)?.persona ?? personaOf(sim, key);
      handed.delete(key);
      return view(await control(() => sim.setPersona(number, own)));
    },
  };
}

/** The `phone.*` commands: the virtual phone, the far end of the simulator's legs. */
export function phoneCommands(service: RunService): NamespaceHandlers<'phone'> {
  const phone = () => service.phone();
  const answering = answeringSwitch(service);
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
