import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PhonebookEntryView } from '../../shared/ipc';
import { useDesigner } from '../store/designer-context';

/** The phonebook's interactive party: its calls are driven from this phone. */
const INTERACTIVE_CALLER = '09876500009';

/** The ExoPhone the flow's first Incoming call trigger listens on, if it has one. */
function flowExophone(nodes: readonly { kind: string; params: Record<string, unknown> }[]) {
  const trigger = nodes.find((node) => node.kind === 'incoming-call');
  return trigger ? String(trigger.params.exophone ?? '') : '';
}

/**
 * "Call in": places a call from a number to an ExoPhone (the open flow's, by default). The
 * interactive party's calls are driven from the keypad; a phonebook persona's call plays itself.
 */
export function CallInForm(props: {
  phonebook: PhonebookEntryView[];
  onCall: (from: string, exophone: string) => void;
}) {
  const exophoneOfFlow = useDesigner((state) => flowExophone(state.flow.nodes));
  const [from, setFrom] = useState(INTERACTIVE_CALLER);
  const [typed, setTyped] = useState<string | null>(null);
  const exophone = typed ?? exophoneOfFlow;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from.trim() && exophone.trim()) props.onCall(from.trim(), exophone.trim());
  };

  return (
    <form className="call-in" onSubmit={submit}>
      <label>
        From
        <input
          value={from}
          list="call-in-callers"
          onChange={(event) => setFrom(event.target.value)}
        />
      </label>
      <datalist id="call-in-callers">
        {props.phonebook.map((entry) => (
          <option key={entry.number} value={entry.number}>
            {entry.name ?? entry.number}
          </option>
        ))}
      </datalist>
      <label>
        To ExoPhone
        <input value={exophone} onChange={(event) => setTyped(event.target.value)} />
      </label>
      <button type="submit" disabled={!from.trim() || !exophone.trim()}>
        Call in
      </button>
    </form>
  );
}
