import type { PhoneLeg } from '../../shared/ipc';

/** A leg's state in a few words, as a phone's screen would put it. */
export function legStatus(leg: PhoneLeg): string {
  if (leg.ringing) return 'Ringing';
  if (leg.gathering) return 'Listening for keys';
  if (leg.playing) return leg.playing === 'say' ? 'Hearing speech' : 'Hearing audio';
  if (leg.bridgeSid) return 'In a bridge';
  return leg.state[0]?.toUpperCase() + leg.state.slice(1);
}

/** One live leg of the virtual phone: who, its state, and what its far party can do. */
export function PhoneLegRow(props: {
  leg: PhoneLeg;
  selected: boolean;
  onSelect: () => void;
  onAct: (action: 'answer' | 'reject' | 'hangUp') => void;
}) {
  const { leg } = props;
  const who = leg.partyName ? `${leg.partyName} (${leg.number})` : leg.number;
  return (
    <li className="phone-leg" data-selected={props.selected} data-leg-sid={leg.legSid}>
      <label className="phone-leg__pick">
        <input type="radio" name="phone-leg" checked={props.selected} onChange={props.onSelect} />
        <span className="phone-leg__who">
          {leg.direction === 'inbound' ? '↘ ' : '↗ '}
          {who}
        </span>
        <span className="phone-leg__state" data-ringing={leg.ringing}>
          {legStatus(leg)}
        </span>
      </label>
      {leg.ringing && (
        <>
          <button type="button" onClick={() => props.onAct('answer')}>
            Answer
          </button>
          <button type="button" onClick={() => props.onAct('reject')}>
            Reject
          </button>
        </>
      )}
      <button type="button" onClick={() => props.onAct('hangUp')}>
        Hang up
      </button>
    </li>
  );
}
