import { createContext, useCallback, useContext, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { downloadText, flowExomlText } from './exoml-text';
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
  const busy = useRef(false);

  const exclusive = useCallback(
    <A extends unknown[]>(action: (...args: A) => Promise<boolean>) =>
      async (...args: A): Promise<boolean> => {
        if (busy.current) return false;
        busy.current = true;
        try {
          return await action(...args);
        } finally {
          busy.current = false;
        }
      },
    [],
  );

  const actions = useMemo<FileActions>(
    () => ({
      save: exclusive(save),
      saveAs: exclusive(saveAs),
      newFile: exclusive(opening.newFile),
      open: exclusive(opening.open),
      openPath: exclusive(opening.openPath),
      openTemplate: exclusive(opening.openTemplate),
      openCopy: exclusive(opening.openCopy),
      exportExoml() {
        const { flow } = designer.getState();
        const name = suggestFileName(flow.name).replace(/\.legflow\.json$/, '.exoml.txt');
        downloadText(name, flowExomlText(flow));
      },
    }),
    [designer, exclusive, opening, save, saveAs],
  );

  return (
    <FileActionsContext.Provider value={actions}>{props.children}</FileActionsContext.Provider>
  );
}

export function useFileActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useFileActions must be used inside <FileActionsProvider>');
  return actions;
}
