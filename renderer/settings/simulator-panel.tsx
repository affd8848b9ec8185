import { useState } from 'react';
import { simulatorSettingsSchema } from '../../shared/ipc';
import type { SettingsReply } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { SettingsField } from './settings-field';

/** The Simulator profile: always there, the default, with only its speed to choose. */
export function SimulatorPanel(props: {
  speed: number;
  onSaved: (settings: SettingsReply) => void;
}) {
  const backend = useBackend();
  const [speed, setSpeed] = useState(String(props.speed));
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);

  const save = async () => {
    const parsed = simulatorSettingsSchema.safeParse({ speed: Number(speed) });
    if (!parsed.success || speed.trim() === '') {
      setError(parsed.error?.issues[0]?.message ?? 'a number, such as 1 or 10');
      return;
    }
    try {
      props.onSaved(await backend.settings.saveSimulator(parsed.data));
      setStatus('Saved.');
    } catch (failure) {
      setStatus((failure as Error).message);
    }
  };

  return (
    <div className="settings-pane">
      <h3 className="settings-pane__title">Simulator</h3>
      <p className="settings-pane__intro">
        The default profile: flows run against the built-in simulator, with no account and no calls
        to real phones.
      </p>
      <SettingsField
        label="Speed"
        type="number"
        value={speed}
        error={error}
        hint="How many times faster than real time its clock runs: 1 is real time, 10 makes a 30-second wait take 3 seconds."
        onChange={(value) => {
          setSpeed(value);
          setError(undefined);
          setStatus(null);
        }}
      />
      <div className="settings-pane__actions">
        <button type="button" className="dialog-button dialog-button--primary" onClick={save}>
          Save
        </button>
        {status && (
          <span className="settings-pane__status" role="status">
            {status}
          </span>
        )}
      </div>
    </div>
  );
}
