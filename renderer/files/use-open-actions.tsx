import { useCallback, useMemo } from 'react';
import type { FlowDocument } from '../../shared/flow/flow-document';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { newFlow } from '../store/new-flow';
import { useLoadTests } from '../tests/flow-tests-context';
import { useShowDialog } from './dialog-host';
import { useDocumentFileApi } from './document-file-context';
import { useFileDialogs } from './file-dialogs';
import { fileLabel } from './file-names';
import { MessageDialog } from './message-dialog';
import { reportFailure } from './report-failure';
import { TemplatesGallery } from './templates-gallery';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';
import type { UnsavedChoice } from './unsaved-changes-dialog';

/** The actions that replace the flow being edited; each asks first about unsaved changes. */
export interface OpenActions {
  newFile(): Promise<boolean>;
  /** Shows the Open dialog (the system's, in the desktop app), then opens the chosen file. */
  open(): Promise<boolean>;
  openPath(path: string): Promise<boolean>;
  /** Shows the templates, then starts an unsaved copy of the chosen one. */
  openTemplate(): Promise<boolean>;
  /**
   * Starts an unsaved copy of `flow` (a past run's flow, for replay), asking first about
   * unsaved changes; `before` says why, as in "replaying a run of another flow".
   */
  openCopy(flow: FlowDocument, before: string): Promise<boolean>;
}

export function useOpenActions(save: () => Promise<boolean>): OpenActions {
  const backend = useBackend();
  const show = useShowDialog();
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const dialogs = useFileDialogs();
  const loadTests = useLoadTests();

  /** True when the current flow may be replaced: it is saved, or the user saved or dropped it. */
  const mayReplace = useCallback(
    async (before: string): Promise<boolean> => {
      const { flow } = designer.getState();
      if (flow === documentFile.getState().savedFlow) return true;
      const choice = await show<UnsavedChoice>((close) => (
        <UnsavedChangesDialog flowName={flow.name} before={before} onAnswer={close} />
      ));
      return choice === 'discard' || (choice === 'save' && (await save()));
    },
    [designer, documentFile, save, show],
  );

  /** Puts `flow` in the designer and returns it as the store holds it. */
  const load = useCallback(
    (flow: FlowDocument): FlowDocument => {
      designer.getState().replaceFlow(flow);
      return designer.getState().flow;
    },
    [designer],
  );

  const openPath = useCallback(
    (path: string) =>
      reportFailure(show, `Cannot open “${fileLabel(path)}”`, async () => {
        // Read first: a file that fails to load is reported without touching the current flow.
        const reply = await backend.files.open({ path });
        if (reply.status === 'unreadable') {
          await show<void>((close) => (
            <MessageDialog
              title={`Cannot open “${fileLabel(path)}”`}
              message={
                reply.notAFlow
                  ? `${reply.path} cannot be read as a Legflow flow:`
                  : `${reply.path} is a flow file, but it is broken:`
              }
              problems={reply.problems}
              note="The file was left as it is."
              onClose={close}
            />
          ));
          return false;
        }
        if (!(await mayReplace('opening another flow'))) return false;
        documentFile.getState().markSaved(reply, load(reply.flow));
        return true;
      }),
    [backend, documentFile, load, mayReplace, show],
  );

  const open = useCallback(
    () =>
      // The system's dialog can fail too: a file that is not a flow, a main process gone.
      reportFailure(show, 'Cannot open the flow', async () => {
        const path = await dialogs.chooseFileToOpen();
        return path === null ? false : openPath(path);
      }),
    [dialogs, openPath, show],
  );

  const openTemplate = useCallback(async () => {
    const id = await show<string | null>((close) => <TemplatesGallery onAnswer={close} />);
    if (id === null) return false;
    return reportFailure(show, 'Cannot open the template', async () => {
      const { flow } = await backend.templates.open({ id });
      if (!(await mayReplace('opening a template'))) return false;
      documentFile.getState().markUntitled(load(flow));
      // A template's tests come with its copy, and go beside it when it is first saved.
      void loadTests({ template: id });
      return true;
    });
  }, [backend, documentFile, load, loadTests, mayReplace, show]);

  const openCopy = useCallback(
    async (flow: FlowDocument, before: string) => {
      if (!(await mayReplace(before))) return false;
      documentFile.getState().markUntitled(load(flow));
      return true;
    },
    [documentFile, load, mayReplace],
  );

  const newFile = useCallback(async () => {
    if (!(await mayReplace('starting a new flow'))) return false;
    documentFile.getState().markUntitled(load(newFlow()));
    return true;
  }, [documentFile, load, mayReplace]);

  return useMemo(
    () => ({ newFile, open, openPath, openTemplate, openCopy }),
    [newFile, open, openPath, openTemplate, openCopy],
  );
}
