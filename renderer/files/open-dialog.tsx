import { useCallback } from 'react';
import { useBackend } from '../ipc/backend-context';
import { fileFolder, fileLabel, formatModified } from './file-names';
import { Modal } from './modal';
import { useLoaded } from './use-loaded';

/** Lists the workspace's flow files; answers with the chosen path, or null. */
export function OpenDialog(props: { onAnswer: (path: string | null) => void }) {
  const backend = useBackend();
  const listing = useLoaded(useCallback(() => backend.files.list(), [backend]));
  const { onAnswer } = props;

  return (
    <Modal
      title="Open a flow"
      className="modal--wide"
      onCancel={() => onAnswer(null)}
      actions={
        <button type="button" className="dialog-button" onClick={() => onAnswer(null)}>
          Cancel
        </button>
      }
    >
      {listing.status === 'loading' && <p className="modal__note">Looking for flows…</p>}
      {listing.status === 'failed' && <p role="alert">{listing.message}</p>}
      {listing.status === 'loaded' && (
        <>
          <p className="modal__note">
            Flows in <span className="file-path">{listing.value.folder}</span>
          </p>
          {listing.value.files.length === 0 ? (
            <p>No flows here yet. Save one, or start from a template.</p>
          ) : (
            <ul className="file-list" aria-label="Flows in the workspace">
              {listing.value.files.map((file) => (
                <li key={file.path}>
                  <button
                    type="button"
                    className="file-list__item"
                    data-path={file.path}
                    onClick={() => onAnswer(file.path)}
                  >
                    <span className="file-list__name">{fileLabel(file.path)}</span>
                    <span className="file-list__detail">
                      {fileFolder(file.path) && `${fileFolder(file.path)} · `}
                      {formatModified(file.modifiedMs)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Modal>
  );
}
