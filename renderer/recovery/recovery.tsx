import { useEffect, useRef } from 'react';
import type { AutosaveEntryReply } from '../../shared/ipc';
import { useShowDialog } from '../files/dialog-host';
import { useDocumentFileApi } from '../files/document-file-context';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { RecoveryDialog } from './recovery-dialog';
import { useAutosave } from './use-autosave';

/**
 * Files are never lost: autosaves the window's unsaved flow, and on start offers back the
 * flows a crash or a kill left unsaved. Renders nothing itself; goes inside FilesProvider.
 */
export function Recovery() {
  const backend = useBackend();
  const show = useShowDialog();
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const autosaver = useAutosave();
  const asked = useRef(false);

  useEffect(() => {
    // Once per window, even under StrictMode's double effects.
    if (asked.current) return;
    asked.current = true;
    void (async () => {
      const { entries } = await backend.autosave.list().catch(() => ({ entries: [] }));
      if (entries.length === 0) return;
      const chosen = await show<AutosaveEntryReply | null>((close) => (
        <RecoveryDialog
          entries={entries}
          onDiscard={async (entry) => void (await backend.autosave.discard({ key: entry.key }))}
          onAnswer={close}
        />
      ));
      if (!chosen) return;
      // The file as it is on disk, so a later Save checks it against the right version.
      const onDisk = chosen.path
        ? await backend.files.open({ path: chosen.path }).catch(() => null)
        : null;
      autosaver.adopt(chosen.key);
      designer.getState().replaceFlow(chosen.flow);
      const shown = designer.getState().flow;
      // The restored flow is not what any file holds, so it must show as unsaved: the saved
      // reference is the file's flow, or, for a flow never saved, a copy that is not `shown`.
      if (onDisk?.status === 'opened') documentFile.getState().markSaved(onDisk, onDisk.flow);
      else documentFile.getState().markUntitled({ ...shown });
    })();
  }, [autosaver, backend, designer, documentFile, show]);

  return null;
}
