import { useEffect } from 'react';
import type { AutosaveEntryReply } from '../../shared/ipc';
import { useShowDialog } from '../files/dialog-host';
import { useDocumentFileApi } from '../files/document-file-context';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { RecoveryDialog } from './recovery-dialog';
import { useAutosave } from './use-autosave';

/**
 * Files are never lost: autosaves the window's unsaved flow, and on start offers back the
 * flows a crash or a kill left unsaved. A flow still open in another window (a second browser
 * tab) is not offered; one whose window was heard from a moment ago is looked at once more a
 * few seconds later, since that window may just have crashed. Renders nothing itself; goes
 * inside FilesProvider.
 */
export function Recovery() {
  const backend = useBackend();
  const show = useShowDialog();
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const autosaver = useAutosave();

  useEffect(() => {
    // Set when the window goes (or StrictMode's first pass is undone): nothing more is offered,
    // no timer is left to fire. StrictMode's second pass then looks afresh; the first pass has
    // only asked the backend by then, so nothing is offered twice.
    let stopped = false;
    let recheck: ReturnType<typeof setTimeout> | undefined;
    const offered = new Set<string>();
    const nothing = { entries: [], recheckInMs: null };

    /** Offers the left-behind flows not offered yet; resolves with when to look again. */
    const offer = async (): Promise<number | null> => {
      const reply = await backend.autosave.list({ owner: autosaver.owner }).catch(() => nothing);
      if (stopped) return null;
      const entries = reply.entries.filter((entry) => !offered.has(entry.key));
      for (const entry of entries) offered.add(entry.key);
      if (entries.length > 0) await restoreOneOf(entries);
      return reply.recheckInMs;
    };

    const restoreOneOf = async (entries: AutosaveEntryReply[]) => {
      const chosen = await show<AutosaveEntryReply | null>((close) => (
        <RecoveryDialog
          entries={entries}
          onDiscard={async (entry) => void (await backend.autosave.discard({ key: entry.key }))}
          onAnswer={close}
        />
      ));
      if (!chosen || stopped) return;
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
    };

    const hasUnsavedChanges = () => designer.getState().flow !== documentFile.getState().savedFlow;

    const lookTwice = async () => {
      const startedAt = Date.now();
      const recheckInMs = await offer();
      if (recheckInMs === null) return;
      await new Promise(
        (wake) => (recheck = setTimeout(wake, startedAt + recheckInMs - Date.now())),
      );
      // A restore replaces the flow on screen; by now the person may be editing one, and that
      // is not put at stake for a flow that can as well be offered at the next start.
      if (!hasUnsavedChanges()) await offer();
    };
    // Tests wait for this instead of sleeping to be sure nothing more will be offered.
    void lookTwice().finally(() => {
      if (!stopped) document.documentElement.dataset.recovery = 'checked';
    });
    return () => {
      stopped = true;
      clearTimeout(recheck);
    };
  }, [autosaver, backend, designer, documentFile, show]);

  return null;
}
