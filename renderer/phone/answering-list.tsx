import { useMemo } from 'react';
import type { AnsweringMode, PhonebookEntryView } from '../../shared/ipc';
import { useDesigner } from '../store/designer-context';
import { sameNumber } from '../../shared/phone-number';
import { numbersDialledBy } from './flow-numbers';

/** One row: a number, who it is, and whether it rings this phone. */
interface AnsweringRow {
  number: string;
  name?: string;
  behaviour: string;
  answering: AnsweringMode;
  dialledByFlow: boolean;
}

/** The flow's own numbers first (with the default persona when unlisted), then the phonebook. */
function answeringRows(dialled: string[], entries: PhonebookEntryView[]): AnsweringRow[] {
  const ofFlow = dialled.map((number): AnsweringRow => {
    const entry = entries.find((candidate) => sameNumber(candidate.number, number));
    return entry
      ? { ...entry, number, dialledByFlow: true }
      : { number, behaviour: 'answer', answering: 'persona', dialledByFlow: true };
  });
  const others = entries
    .filter((entry) => !dialled.some((number) => sameNumber(entry.number, number)))
    .map((entry): AnsweringRow => ({ ...entry, dialledByFlow: false }));
  return [...ofFlow, ...others];
}

/**
 * "Who answers": each number either picks up by itself as its phonebook persona does, or rings
 * this phone so the user answers or rejects it by hand. The flow's own numbers come first.
 */
export function AnsweringList(props: {
  entries: PhonebookEntryView[];
  problem: string;
  onChange: (number: string, mode: AnsweringMode) => void;
}) {
  // Select the flow, then derive: a selector returning a new array on every call would
  // re-render forever.
  const flow = useDesigner((state) => state.flow);
  const rows = useMemo(
    () => answeringRows(numbersDialledBy(flow), props.entries),
    [flow, props.entries],
  );
  return (
    <section className="answering" aria-label="Who answers">
      <h4 className="answering__title">Who answers</h4>
      <ul className="answering__list">
        {rows.map((row) => (
          <li key={row.number} className="answering__row" data-number={row.number}>
            <label>
              <input
                type="checkbox"
                checked={row.answering === 'phone'}
                onChange={(event) =>
                  props.onChange(row.number, event.target.checked ? 'phone' : 'persona')
                }
              />
              <span className="answering__who">
                {row.name ?? row.number}
                {row.dialledByFlow && <span className="answering__tag">this flow</span>}
              </span>
              <span className="answering__how">
                {row.name ? `${row.number} · ` : ''}
                {row.answering === 'phone' ? 'rings here' : personaWords(row.behaviour)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="answering__hint">
        Ticked numbers ring this phone; the rest answer by themselves.
      </p>
      {props.problem && (
        <p className="virtual-phone__problem" role="alert">
          {props.problem}
        </p>
      )}
    </section>
  );
}

/** A persona's behaviour as a phone user would say it. */
function personaWords(behaviour: string): string {
  const words: Record<string, string> = {
    answer: 'answers itself',
    busy: 'is busy',
    'no-answer': 'does not answer',
    fail: 'cannot be reached',
    machine: 'voicemail answers',
    interactive: 'rings here',
  };
  return words[behaviour] ?? behaviour;
}
