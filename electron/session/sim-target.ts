import type { RunTarget } from '../scenario/run-target';
import { DEFAULT_PERSONA } from '../simulator';
import { startSimSession } from './sim-session';
import type { SimSessionOptions } from './sim-session';

/** The simulator as a run target: it routes ExoPhones, plays the parties and places calls. */
export async function simTarget(options: SimSessionOptions): Promise<RunTarget> {
  const session = await startSimSession(options);
  const { control } = session.sim;
  return {
    kind: 'simulator',
    runner: session.runner,
    platform: session.platform,
    registerExophone: (exophone) => session.registerExophone(exophone),
    useParties: (parties) => {
      // Put back the phonebook first, so one scenario's parties do not leak into the next.
      for (const entry of control.phonebook()) {
        control.setPersona(
          entry.number,
          session.originalPhonebook.get(entry.number) ?? DEFAULT_PERSONA,
        );
      }
      for (const [number, persona] of Object.entries(parties)) control.setPersona(number, persona);
    },
    placeCall: (from, exophone, persona) =>
      void control.placeIncomingCall({ from, exophone, ...(persona ? { persona } : {}) }),
    simulator: control,
    close: () => session.close(),
  };
}
