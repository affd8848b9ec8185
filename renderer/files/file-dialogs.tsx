import { useMemo } from 'react';
import { useDesktopShell } from '../desktop/desktop-shell-context';
import type { SaveTarget } from '../desktop/desktop-shell';
import { useShowDialog } from './dialog-host';
import { OpenDialog } from './open-dialog';
import { SaveAsDialog } from './save-as-dialog';

/** Where Open… and Save as… ask which file: the system's dialogs, or the app's own. */
export interface FileDialogs {
  /** The file to open, or null when the person cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Where to save, starting from `suggestedName`, or null when the person cancelled. */
  chooseFileToSave(suggestedName: string): Promise<SaveTarget | null>;
}

/**
 * The system's Open and Save dialogs in the desktop app, which reach any folder; in a browser,
 * the app's own dialogs over the workspace folder, which is all browser mode may touch.
 */
export function useFileDialogs(): FileDialogs {
  const shell = useDesktopShell();
  const show = useShowDialog();
  return useMemo<FileDialogs>(() => {
    if (shell) {
      return {
        chooseFileToOpen: () => shell.chooseFileToOpen(),
        chooseFileToSave: (suggestedName) => shell.chooseFileToSave(suggestedName),
      };
    }
    return {
      chooseFileToOpen: () => show<string | null>((close) => <OpenDialog onAnswer={close} />),
      async chooseFileToSave(suggestedName) {
        const path = await show<string | null>((close) => (
          <SaveAsDialog suggestedName={suggestedName} onAnswer={close} />
        ));
        return path === null ? null : { path, replaceConfirmed: false };
      },
    };
  }, [shell, show]);
}
