import { useCallback, useEffect, useState } from 'react';
import type { AnsweringMode, PhonebookEntryView } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { sameNumber } from '../../shared/phone-number';

/**
 * The simulator's phonebook as the virtual phone shows it, and the switch that hands a number
 * to this phone or back to its persona. Loading it starts the simulator, as any phone use does.
 */
export function usePhonebook(): {
  entries: PhonebookEntryView[];
  problem: string;
  setAnswering(number: string, mode: AnsweringMode): void;
} {
  const backend = useBackend();
  const [entries, setEntries] = useState<PhonebookEntryView[]>([]);
  const [problem, setProblem] = useState('');
  const reload = useCallback(() => {
    backend.phone.phonebook().then(
      (reply) => setEntries(reply.entries),
      (error: unknown) => setProblem((error as Error).message),
    );
  }, [backend]);
  useEffect(reload, [reload]);

  const setAnswering = useCallback(
    (number: string, mode: AnsweringMode) => {
      setProblem('');
      // Shown at once, so the checkbox follows the click; the reply (or a reload) confirms it.
      setEntries((current) => withAnswering(current, number, mode));
      backend.phone.setAnswering({ number, mode }).then(reload, (error: unknown) => {
        setProblem((error as Error).message);
        reload();
      });
    },
    [backend, reload],
  );
  return { entries, problem, setAnswering };
}

/** The entries with `number` answered as `mode`; a number not listed yet is added. */
function withAnswering(
  entries: PhonebookEntryView[],
  number: string,
  mode: AnsweringMode,
): PhonebookEntryView[] {
  if (!entries.some((entry) => sameNumber(entry.number, number))) {
    return [...entries, { number, behaviour: 'answer', answering: mode }];
  }
  return entries.map((entry) =>
    sameNumber(entry.number, number) ? { ...entry, answering: mode } : entry,
  );
}
