const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** A phone's twelve keys; each press is sent at once, as DTMF is. */
export function Keypad(props: { disabled: boolean; onPress: (key: string) => void }) {
  return (
    <div className="keypad" role="group" aria-label="Keypad">
      {KEYS.map((key) => (
        <button
          key={key}
          type="button"
          className="keypad__key"
          disabled={props.disabled}
          onClick={() => props.onPress(key)}
        >
          {key}
        </button>
      ))}
    </div>
  );
}
