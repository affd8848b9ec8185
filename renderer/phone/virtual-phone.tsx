import './phone.css';
import { useEffect, useState } from 'react';
import { warmUpSpeechIfUsed } from '../audio/attach-call-audio';
import { useBackend } from '../ipc/backend-context';
import { SimulatorOnlyNotice } from '../run/simulator-only-notice';
import { AnsweringList } from './answering-list';
import { CallInForm } from './call-in-form';
import { Keypad } from './keypad';
import { NowPlayingLine } from './now-playing-line';
import { PhoneLegRow } from './phone-leg-row';
import { SoundControls } from './sound-controls';
import { useCallAudio } from './use-call-audio';
import { usePhoneLegs } from './use-phone-legs';
import { usePhonebook } from './use-phonebook';

/**
 * The virtual phone (Simulator profile): the far end of every live leg. Ringing legs can be
 * answered or rejected, any leg hung up, keys pressed on the chosen one, and calls placed to an
 * ExoPhone as a caller would. Which numbers ring here, rather than answer as their phonebook
 * persona, is chosen in "Who answers". On the Simulator the call is heard (speaker toggle, volume
 * and voice above it) and a "Now playing" line says what sounds.
 */
export function VirtualPhone() {
  const backend = useBackend();
  const { legs, refresh } = usePhoneLegs();
  const phonebook = usePhonebook();
  const audio = useCallAudio();
  // Someone about to call in: have the voices ready for the flow's first Say.
  useEffect(warmUpSpeechIfUsed, []);
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
      <section className="phone-sound" aria-label="Call sound">
        <SoundControls />
        <NowPlayingLine />
      </section>
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
        onPress={(key) => {
          if (!selected) return;
          audio.keypad(key, selected.legSid);
          act(backend.phone.pressDigits({ legSid: selected.legSid, digits: key }));
        }}
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
