import { useEffect, useRef, useState } from 'react';
import type { ConnectionReportReply, SettingsReply } from '../../shared/ipc';
import { ConfirmDialog } from '../files/confirm-dialog';
import { useShowDialog } from '../files/dialog-host';
import { useBackend } from '../ipc/backend-context';
import { ConnectionResult } from './connection-result';
import { checkDraft, draftOf, EMPTY_DRAFT } from './profile-draft';
import type { DraftErrors, ProfileDraft } from './profile-draft';
import { ProfileFields } from './profile-fields';

type Entry = SettingsReply['profiles'][number];

/**
 * Edits one live profile, or a new one when `entry` is null. Checked with the contract's
 * schema before sending; the backend checks again and its refusal is shown as it is.
 */
export function ProfileEditor(props: {
  entry: Entry | null;
  tokenStorage: SettingsReply['tokenStorage'];
  onSaved: (settings: SettingsReply, name: string) => void;
  onRemoved: (settings: SettingsReply) => void;
}) {
  const backend = useBackend();
  const show = useShowDialog();
  const { entry } = props;
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    entry ? draftOf(entry.profile) : EMPTY_DRAFT,
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [report, setReport] = useState<ConnectionReportReply | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);

  // The form is taller than a small window: bring what the button did into view.
  useEffect(() => {
    if (status || report) outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [status, report]);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      await action();
    } catch (failure) {
      setStatus({ text: (failure as Error).message, failed: true });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    act(async () => {
      const checked = checkDraft(draft);
      setErrors(checked.errors ?? {});
      if (!checked.profile) return;
      const settings = await backend.settings.saveProfile({
        profile: checked.profile,
        ...(draft.token ? { token: draft.token } : {}),
        ...(entry ? { previousName: entry.profile.name } : {}),
      });
      // The token field empties once stored: it is never read back, only replaced.
      setDraft((current) => ({ ...current, token: '' }));
      setStatus({ text: 'Saved.', failed: false });
      props.onSaved(settings, checked.profile.name);
    });

  const test = () =>
    act(async () => {
      setReport(null);
      if (entry) setReport(await backend.settings.testConnection({ name: entry.profile.name }));
    });

  // Removing cannot be undone (the stored token goes with it), so it is asked about first.
  const remove = async () => {
    if (!entry) return;
    const { name } = entry.profile;
    // In browser mode the token lives in an environment variable, which is not the app's to delete.
    const deletesToken = entry.tokenStored && props.tokenStorage === 'encrypted';
    const confirmed = await show<boolean>((close) => (
      <ConfirmDialog
        title={`Remove the profile “${name}”?`}
        message={`Its account details${deletesToken ? ' and its encrypted API token' : ''} are deleted. Runs can no longer use “${name}” until it is added again.`}
        confirmLabel="Remove"
        onAnswer={close}
      />
    ));
    if (confirmed)
      await act(async () => props.onRemoved(await backend.settings.removeProfile({ name })));
  };

  return (
    <div className="settings-pane">
      <h3 className="settings-pane__title">{entry ? entry.profile.name : 'New live profile'}</h3>
      <ProfileFields
        draft={draft}
        errors={errors}
        tokenStored={entry?.tokenStored ?? false}
        tokenStorage={props.tokenStorage}
        onChange={(field, value) => {
          setDraft((current) => ({ ...current, [field]: value }));
          setErrors((current) => ({ ...current, [field]: undefined }));
        }}
      />
      <div className="settings-pane__actions">
        <button
          type="button"
          className="dialog-button dialog-button--primary"
          disabled={busy}
          onClick={save}
        >
          Save profile
        </button>
        <button
          type="button"
          className="dialog-button"
          disabled={busy || !entry}
          title={entry ? 'Tests the saved profile' : 'Save the profile first'}
          onClick={test}
        >
          {busy ? 'Working…' : 'Test connection'}
        </button>
        <span className="modal__spacer" />
        {entry && (
          <button
            type="button"
            className="dialog-button dialog-button--danger"
            disabled={busy}
            onClick={() => void remove()}
          >
            Remove
          </button>
        )}
      </div>
      <div ref={outcome}>
        {status && (
          <p
            className={status.failed ? 'settings-pane__error' : 'settings-pane__status'}
            role="status"
          >
            {status.text}
          </p>
        )}
        {report && <ConnectionResult report={report} />}
      </div>
    </div>
  );
}
