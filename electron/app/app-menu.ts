// The native menus as plain data, so they are unit-tested without Electron: main.ts hands the
// template to Menu.buildFromTemplate. Only types come from Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/ipc';

export interface MenuContext {
  /** True on macOS, where the first menu is the app's own and ⌘ replaces Ctrl. */
  mac: boolean;
  /** Sends a chosen item to the focused window. */
  send(action: MenuAction): void;
  openHelp(): void;
}

/**
 * One item that does what the window's own button does. The UI already handles its shortcut,
 * so the accelerator is only shown (`registerAccelerator: false`): the key still reaches the
 * page, where a text field's own Ctrl+Z keeps working.
 */
function action(
  label: string,
  accelerator: string,
  menuAction: MenuAction,
  context: MenuContext,
): MenuItemConstructorOptions {
  return {
    label,
    accelerator,
    registerAccelerator: false,
    click: () => context.send(menuAction),
  };
}

/** File, Edit, View, Run and Help, with the UI's shortcuts. */
export function appMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { mac } = context;
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      action('New', 'CmdOrCtrl+N', 'file.new', context),
      action('Open…', 'CmdOrCtrl+O', 'file.open', context),
      action('New from Template…', '', 'file.openTemplate', context),
      { role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] },
      { type: 'separator' },
      action('Save', 'CmdOrCtrl+S', 'file.save', context),
      action('Save As…', 'CmdOrCtrl+Shift+S', 'file.saveAs', context),
      action('Export ExoML', '', 'file.exportExoml', context),
      { type: 'separator' },
      ...(mac ? [] : [action('Settings…', 'CmdOrCtrl+,', 'app.settings', context)]),
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      action('Undo', 'CmdOrCtrl+Z', 'edit.undo', context),
      action('Redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', 'edit.redo', context),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { role: 'toggleDevTools' },
    ],
  };
  // Runs are started from the window's Run toolbar; the menu names where, until run commands
  // are wired to menu actions.
  const run: MenuItemConstructorOptions = {
    label: 'Run',
    submenu: [{ label: 'Run and Stop are on the Run toolbar', enabled: false }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Legflow Studio on the web', click: () => context.openHelp() }],
  };
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      action('Settings…', 'Cmd+,', 'app.settings', context),
      { type: 'separator' },
      { role: 'hide' },
      { role: 'quit' },
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, run, help];
}
