import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { downloadText, flowExomlText } from './exoml-text';
import { createOneAtATime } from './one-at-a-time';
import { suggestFileName } from './file-names';
import { useOpenActions } from './use-open-actions';
import type { OpenActions } from './use-open-actions';
import { useSaveActions } from './use-save-actions';

/** Everything the File toolbar, the shortcuts and (later) the native menu can do. */
export interface FileActions extends OpenActions {
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Downloads the ExoML of every action node as a text file. */
  exportExoml(): void;
  /**
   * Opens the file `take` gives, if any. Unlike the others, which do nothing while another
   * file action runs, this waits for it (an Open, Save as or Unsaved changes dialog may be up)
   * and only then calls `take`: a file the system handed over is then neither refused nor
   * taken off its queue and dropped.
   */
  openWhenFree(take: () => Promise<string | null>): Promise<boolean>;
}

const FileActionsContext = createContext<FileActions | null>(null);

/**
 * Builds the window's file actions once and shares them. One action runs at a time: a second
 * Ctrl+S while a save is on its way would otherwise save against a stale modification time
 * and report a conflict with itself.
 */
export function FileActionsProvider(props: { children: ReactNode }) {
  const designer = useDesignerStoreApi();
  const { save, saveAs } = useSaveActions();
  const opening = useOpenActions(save);
  const [turns] = useState(createOneAtATime);

  const actions = useMemo<FileActions>(() => {
    const { ifFree, whenFree } = turns;
    return {
      save: ifFree(save),
      saveAs: ifFree(saveAs),
      newFile: ifFree(opening.newFile),
      open: ifFree(opening.open),
      openPath: ifFree(opening.openPath),
      openTemplate: ifFree(opening.openTemplate),
      openCopy: ifFree(opening.openCopy),
      openWhenFree: whenFree(async (take: () => Promise<string | null>) => {
        const path = await take();
        return path === null ? false : opening.openPath(path);
      }),
      exportExoml() {
        const { flow } = designer.getState();
        const name = suggestFileName(flow.name).replace(/\.legflow\.json$/, '.exoml.txt');
        downloadText(name, flowExomlText(flow));
      },
    };
  }, [designer, opening, save, saveAs, turns]);

  return (
    <FileActionsContext.Provider value={actions}>{props.children}</FileActionsContext.Provider>
  );
}

export function useFileActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useFileActions must be used inside <FileActionsProvider>');
  return actions;
}
