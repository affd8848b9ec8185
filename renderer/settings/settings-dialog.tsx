import './settings.css';
import { useEffect, useState } from 'react';
import type { SettingsReply } from '../../shared/ipc';
import { Modal } from '../files/modal';
import { useBackend } from '../ipc/backend-context';
import { ProfileEditor } from './profile-editor';
import { SimulatorPanel } from './simulator-panel';

/** The Simulator, a saved live profile by name, or a new one being made. */
type Selection = { kind: 'simulator' } | { kind: 'profile'; name: string } | { kind: 'new' };

/** Settings: the Simulator profile and the live-account profiles, one at a time. */
export function SettingsDialog(props: { onClose: () => void }) {
  const backend = useBackend();
  const [settings, setSettings] = useState<SettingsReply | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>({ kind: 'simulator' });
  // A new editor per selection (and per save), so a form never shows another profile's fields.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    backend.settings
      .get()
      .then(setSettings, (error: unknown) => setFailure((error as Error).message));
  }, [backend]);

  const select = (next: Selection) => {
    setSelection(next);
    setRevision((value) => value + 1);
  };
  const entry =
    selection.kind === 'profile'
      ? (settings?.profiles.find((candidate) => candidate.profile.name === selection.name) ?? null)
      : null;

  return (
    <Modal
      title="Settings"
      className="modal--wide settings-dialog"
      onCancel={props.onClose}
      actions={
        <button type="button" className="dialog-button" onClick={props.onClose}>
          Close
        </button>
      }
    >
      {failure && <p className="settings-pane__error">The settings could not be read: {failure}</p>}
      {settings?.damaged && (
        <div className="settings-notice" role="alert">
          <strong>The settings file was damaged, so Legflow started with empty settings.</strong> It
          was kept as <code>{settings.damaged.keptAs}</code>. {settings.damaged.problem}
        </div>
      )}
      {settings && (
        <div className="settings">
          <nav className="settings__list" aria-label="Profiles">
            <ProfileButton
              label="Simulator"
              detail="Default"
              current={selection.kind === 'simulator'}
              onClick={() => select({ kind: 'simulator' })}
            />
            {settings.profiles.map(({ profile, tokenStored }) => (
              <ProfileButton
                key={profile.name}
                label={profile.name}
                detail={`${profile.region === 'custom' ? 'Custom URL' : profile.region === 'mumbai' ? 'Mumbai' : 'Singapore'}${tokenStored ? '' : ' · no token'}`}
                current={selection.kind === 'profile' && selection.name === profile.name}
                onClick={() => select({ kind: 'profile', name: profile.name })}
              />
            ))}
            <button type="button" className="settings__add" onClick={() => select({ kind: 'new' })}>
              + Add live profile
            </button>
            <p className="settings__path" title={settings.path}>
              Saved in {settings.path}
            </p>
          </nav>
          <section className="settings__pane" key={revision}>
            {selection.kind === 'simulator' ? (
              <SimulatorPanel speed={settings.simulator.speed} onSaved={setSettings} />
            ) : (
              <ProfileEditor
                entry={entry}
                tokenStorage={settings.tokenStorage}
                onSaved={(next, name) => {
                  setSettings(next);
                  if (selection.kind !== 'profile' || selection.name !== name) {
                    select({ kind: 'profile', name });
                  }
                }}
                onRemoved={(next) => {
                  setSettings(next);
                  select({ kind: 'simulator' });
                }}
              />
            )}
          </section>
        </div>
      )}
    </Modal>
  );
}

function ProfileButton(props: {
  label: string;
  detail: string;
  current: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="settings__profile"
      aria-current={props.current ? 'true' : undefined}
      onClick={props.onClick}
    >
      <span className="settings__profile-name">{props.label}</span>
      <span className="settings__profile-detail">{props.detail}</span>
    </button>
  );
}
