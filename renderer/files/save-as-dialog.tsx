import { useCallback, useState } from 'react';
import { FLOW_FILE_EXTENSION } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { toWorkspacePath } from './file-names';
import { Modal } from './modal';
import { useLoaded } from './use-loaded';

/** Asks for a file name in the workspace; answers with the workspace path, or null. */
export function SaveAsDialog(props: {
  suggestedName: string;
  onAnswer: (path: string | null) => void;
}) {
  const [name, setName] = useState(props.suggestedName);
  const [error, setError] = useState<string | null>(null);
  const backend = useBackend();
  const info = useLoaded(useCallback(() => backend.app.info(), [backend]));
  const folder = info.status === 'loaded' ? info.value.workspace : 'the workspace folder';
  const { onAnswer } = props;

  const submit = () => {
    const result = toWorkspacePath(name);
    if ('error' in result) setError(result.error);
    else onAnswer(result.path);
  };

  return (
    <Modal
      title="Save the flow as"
      onCancel={() => onAnswer(null)}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="dialog-button" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="dialog-button dialog-button--primary">
            Save
          </button>
        </>
      }
    >
      <label className="name-field">
        <span className="name-field__label">File name</span>
        <input
          className="name-field__input"
          value={name}
          data-autofocus
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby="save-as-hint"
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          onFocus={(event) => {
            // Select the name but not the extension, the way a desktop save dialog does.
            const end = event.target.value.toLowerCase().lastIndexOf(FLOW_FILE_EXTENSION);
            event.target.setSelectionRange(0, end > 0 ? end : event.target.value.length);
          }}
        />
      </label>
      <p
        id="save-as-hint"
        className={error ? 'name-field__error' : 'modal__note'}
        role={error ? 'alert' : undefined}
      >
        {error ?? `Saved in ${folder}; “${FLOW_FILE_EXTENSION}” is added if missing.`}
      </p>
    </Modal>
  );
}
