import './recovery.css';
import { useState } from 'react';
import type { AutosaveEntryReply } from '../../shared/ipc';
import { Modal } from '../files/modal';
import { describeSavedAt } from './saved-at';

/**
 * Offers back the flows left unsaved when the app last stopped: Restore one (it opens with
 * its unsaved mark), or Discard each that is not wanted. Closing keeps the rest for next time.
 */
export function RecoveryDialog(props: {
  entries: readonly AutosaveEntryReply[];
  onDiscard: (entry: AutosaveEntryReply) => Promise<void>;
  onAnswer: (restore: AutosaveEntryReply | null) => void;
}) {
  const [entries, setEntries] = useState(props.entries);
  const [failure, setFailure] = useState<string | null>(null);
  const { onAnswer } = props;

  const discard = async (entry: AutosaveEntryReply) => {
    try {
      await props.onDiscard(entry);
      const rest = entries.filter((other) => other.key !== entry.key);
      setEntries(rest);
      if (rest.length === 0) onAnswer(null);
    } catch (error) {
      setFailure((error as Error).message);
    }
  };

  return (
    <Modal
      title={entries.length === 1 ? 'Restore an unsaved flow?' : 'Restore unsaved flows?'}
      className="recovery-dialog"
      onCancel={() => onAnswer(null)}
      actions={
        <button type="button" className="dialog-button" onClick={() => onAnswer(null)}>
          Not now
        </button>
      }
    >
      <p>
        Legflow Studio stopped while {entries.length === 1 ? 'this flow had' : 'these flows had'}{' '}
        changes that were not saved. They were kept for you.
      </p>
      <ul className="recovery-list" aria-label="Unsaved flows">
        {entries.map((entry, index) => (
          <li key={entry.key} className="recovery-list__item">
            <span className="recovery-list__text">
              <span className="recovery-list__name">{entry.name}</span>
              <span className="recovery-list__detail">
                {entry.path ?? 'Never saved'} · {entry.flow.nodes.length} nodes · autosaved{' '}
                {describeSavedAt(entry.savedAt)}
              </span>
            </span>
            <button type="button" className="dialog-button" onClick={() => void discard(entry)}>
              Discard
            </button>
            <button
              type="button"
              className="dialog-button dialog-button--primary"
              // Enter restores the newest: the safe answer, since Discard cannot be undone.
              data-autofocus={index === 0 || undefined}
              onClick={() => onAnswer(entry)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      {failure && <p className="name-field__error">{failure}</p>}
      {entries.length > 1 && (
        <p className="modal__note">
          One flow opens at a time; the others are offered again next time you start.
        </p>
      )}
    </Modal>
  );
}
