import { useState } from 'react';
import type { FormEvent } from 'react';
import { useDesigner } from '../store/designer-context';

/** The phonebook's interactive party: its calls are driven from this phone. */
const INTERACTIVE_CALLER = '09876500009';

/** The ExoPhone the flow's first Incoming call trigger listens on, if it has one. */
function flowExophone(nodes: readonly { kind: string; params: Record<string, unknown> }[]) {
  const trigger = nodes.find((node) => node.kind === 'incoming-call');
  return trigger ? String(trigger.params.exophone ?? '') : '';
}

/** "Call in": places a call from a number to an ExoPhone (the open flow's, by default). */
export function CallInForm(props: { onCall: (from: string, exophone: string) => void }) {
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
        <input value={from} onChange={(event) => setFrom(event.target.value)} />
      </label>
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
