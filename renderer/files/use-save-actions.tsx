import { useCallback } from 'react';
import type { SaveReply } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useTestsTravel } from '../tests/use-tests-travel';
import { ConfirmDialog } from './confirm-dialog';
import { useShowDialog } from './dialog-host';
import { useDocumentFileApi } from './document-file-context';
import { useFileDialogs } from './file-dialogs';
import { fileLabel, suggestFileName } from './file-names';
import { reportFailure } from './report-failure';

/** The file as the flow was opened from it or last saved to it, which a save checks against. */
interface BaseVersion {
  modifiedMs: number;
  contentHash: string | null;
}

/** Save and Save as; each resolves true when the flow is on disk afterwards. */
export function useSaveActions(): { save(): Promise<boolean>; saveAs(): Promise<boolean> } {
  const backend = useBackend();
  const show = useShowDialog();
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const dialogs = useFileDialogs();
  const testsTravel = useTestsTravel();

  /**
   * Writes the flow to `path`; a conflict is put to the user, who may overwrite. `base` is the
   * version of the file the flow was opened from (null to create it); `replacing` when the user
   * already agreed to replace the file (in the system's Save dialog).
   */
  const writeTo = useCallback(
    async (path: string, base: BaseVersion | null, replacing = false): Promise<boolean> => {
      // The flow as it is now: edits made while the save is on the way stay unsaved.
      const flow = designer.getState().flow;
      const baseModifiedMs = base?.modifiedMs ?? null;
      const baseContentHash = base?.contentHash ?? null;
      let force = replacing;
      for (;;) {
        const request = { path, flow, baseModifiedMs, baseContentHash, force };
        const reply = await backend.files.save(request);
        if (reply.status === 'saved') {
          documentFile.getState().markSaved(reply, flow);
          return true;
        }
        if (!(await show<boolean>((close) => <ConflictDialog reply={reply} onAnswer={close} />))) {
          return false;
        }
        force = true;
      }
    },
    [backend, designer, documentFile, show],
  );

  const saveAs = useCallback(
    () =>
      reportFailure(show, 'The flow was not saved', async () => {
        const suggestedName =
          documentFile.getState().path ?? suggestFileName(designer.getState().flow.name);
        const target = await dialogs.chooseFileToSave(suggestedName);
        if (target === null) return false;
        // The tests travel with Save as: from the old file, or the template it was opened from.
        const tests = testsTravel.snapshot();
        if (!(await writeTo(target.path, null, target.replaceConfirmed))) return false;
        await testsTravel.carry(tests, target.path);
        return true;
      }),
    [designer, dialogs, documentFile, show, testsTravel, writeTo],
  );

  const save = useCallback(async () => {
    const { path, modifiedMs, contentHash } = documentFile.getState();
    if (path === null) return saveAs();
    const base = modifiedMs === null ? null : { modifiedMs, contentHash };
    return reportFailure(show, 'The flow was not saved', async () => {
      const tests = testsTravel.snapshot();
      if (!(await writeTo(path, base))) return false;
      // Tests kept in memory (a write of them that failed) go with the flow's next save.
      if (tests.unsaved) await testsTravel.carry(tests, path);
      return true;
    });
  }, [documentFile, saveAs, show, testsTravel, writeTo]);

  return { save, saveAs };
}

function ConflictDialog(props: {
  reply: Extract<SaveReply, { status: 'conflict' }>;
  onAnswer: (overwrite: boolean) => void;
}) {
  const name = `“${fileLabel(props.reply.path)}”`;
  return props.reply.reason === 'changed' ? (
    <ConfirmDialog
      title={`${name} changed on disk`}
      message={`The file was changed by something else since you opened it. Overwrite it with this flow? The other changes will be lost.`}
      confirmLabel="Overwrite"
      onAnswer={props.onAnswer}
    />
  ) : (
    <ConfirmDialog
      title={`${name} already exists`}
      message={`There is already a file called ${props.reply.path} in the workspace. Replace it with this flow?`}
      confirmLabel="Replace"
      onAnswer={props.onAnswer}
    />
  );
}
