import './phone.css';
import { useState } from 'react';
import { useBackend } from '../ipc/backend-context';
import { SimulatorOnlyNotice } from '../run/simulator-only-notice';
import { AnsweringList } from './answering-list';
import { CallInForm } from './call-in-form';
import { Keypad } from './keypad';
import { PhoneLegRow } from './phone-leg-row';
import { usePhoneLegs } from './use-phone-legs';
import { usePhonebook } from './use-phonebook';

/**
 * The virtual phone (Simulator profile): the far end of every live leg. Ringing legs can be
 * answered or rejected, any leg hung up, keys pressed on the chosen one, and calls placed to an
 * ExoPhone as a caller would. Which numbers ring here, rather than answer as their phonebook
 * persona, is chosen in "Who answers".
 */
export function VirtualPhone() {
  const backend = useBackend();
  const { legs, refresh } = usePhoneLegs();
  const phonebook = usePhonebook();
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  // The chosen leg, else the newest: with one call up, keys go to it without a click.
  const selected = legs.find((leg) => leg.legSid === chosen) ?? legs.at(-1) ?? null;

  const act = (work: Promise<unknown>) => {
    setProblem('');
    work.then(refresh, (error: unknown) => setProblem((error as Error).message));
  };

  return (
    <div className="virtual-phone">
      <SimulatorOnlyNotice />
      <section className="virtual-phone__legs" aria-label="Live legs">
        {legs.length === 0 ? (
          <p className="virtual-phone__empty">No live calls.</p>
        ) : (
          <ul>
            {legs.map((leg) => (
              <PhoneLegRow
                key={leg.legSid}
                leg={leg}
                selected={leg === selected}
                onSelect={() => setChosen(leg.legSid)}
                onAct={(action) => act(backend.phone[action]({ legSid: leg.legSid }))}
              />
            ))}
          </ul>
        )}
        {problem && (
          <p className="virtual-phone__problem" role="alert">
            {problem}
          </p>
        )}
      </section>
      <Keypad
        disabled={!selected}
        onPress={(key) =>
          selected && act(backend.phone.pressDigits({ legSid: selected.legSid, digits: key }))
        }
      />
      <CallInForm
        phonebook={phonebook.entries}
        onCall={(from, exophone) => act(backend.phone.callIn({ from, exophone }))}
      />
      <AnsweringList
        entries={phonebook.entries}
        problem={phonebook.problem}
        onChange={phonebook.setAnswering}
      />
    </div>
  );
}
