import { useEffect } from 'react';
import type { MenuAction } from '../../shared/ipc';
import { useShowDialog } from '../files/dialog-host';
import { useFileActions } from '../files/file-actions-context';
import { useBackend } from '../ipc/backend-context';
import { SettingsDialog } from '../settings/settings-dialog';
import { useDesignerStoreApi } from '../store/designer-context';
import { useFilesFromTheSystem } from './use-files-from-the-system';

/**
 * Does what the desktop app's native menu asks, exactly as the window's own buttons would, and
 * opens the flow files the system hands the app. In browser mode no menu sends anything and no
 * file is handed over, so this stays idle. Renders nothing.
 */
export function MenuActions() {
  useFilesFromTheSystem();
  const backend = useBackend();
  const files = useFileActions();
  const show = useShowDialog();
  const designer = useDesignerStoreApi();

  useEffect(() => {
    const perform: Record<MenuAction, () => void> = {
      'file.new': () => void files.newFile(),
      'file.open': () => void files.open(),
      'file.openTemplate': () => void files.openTemplate(),
      'file.save': () => void files.save(),
      'file.saveAs': () => void files.saveAs(),
      'file.exportExoml': () => files.exportExoml(),
      'edit.undo': () => designer.getState().undo(),
      'edit.redo': () => designer.getState().redo(),
      'app.settings': () => void show<void>((close) => <SettingsDialog onClose={() => close()} />),
    };
    return backend.on('menu.action', ({ action }) => perform[action]());
  }, [backend, designer, files, show]);

  return null;
}
