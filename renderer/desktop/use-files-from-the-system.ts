import { useEffect } from 'react';
import { useShowDialog } from '../files/dialog-host';
import { useFileActions } from '../files/file-actions-context';
import { reportFailure } from '../files/report-failure';
import { useBackend } from '../ipc/backend-context';
import { useDesktopShell } from './desktop-shell-context';

/**
 * Opens the flow file the system asked the desktop app to open: a double-click on a
 * `.legflow.json`, one on the command line, one handed to an app already running. The window
 * takes it when it starts and whenever the shell says another waits; opening it asks about
 * unsaved changes as Open… does. While another file action runs (its dialog may be up) the file
 * stays with the shell, and is taken once that action is done. Idle in browser mode.
 */
export function useFilesFromTheSystem(): void {
  const shell = useDesktopShell();
  const backend = useBackend();
  const files = useFileActions();
  const show = useShowDialog();

  useEffect(() => {
    if (!shell) return;
    const openWaiting = () =>
      void reportFailure(show, 'Cannot open the flow', () =>
        files.openWhenFree(() => shell.takeFileToOpen()),
      );
    // Listen first, then look: a file asked for in between is then not missed.
    const stop = backend.on('desktop.fileToOpen', openWaiting);
    openWaiting();
    return stop;
  }, [backend, files, shell, show]);
}
