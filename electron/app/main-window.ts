// The app's window: its remembered place, its close prompt, its menu actions. Electron-only
// glue; the decisions live in window-state.ts and app-menu.ts, which are unit-tested.
import { BrowserWindow, app, dialog, screen } from 'electron';
import { join } from 'node:path';
import { NOTIFICATIONS } from '../../shared/ipc';
import type {
  MenuAction,
  NotificationName,
  NotificationPayload,
  WireNotification,
} from '../../shared/ipc';
import { NOTIFICATION_CHANNEL } from './ipc-channels';
import { placeWindow, readWindowState, writeWindowState } from './window-state';

const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');
const PRELOAD = join(__dirname, 'preload.cjs');

/** Opens the window where it was last time; `stateFile` remembers size and position. */
export async function createMainWindow(stateFile: string): Promise<BrowserWindow> {
  const place = placeWindow(
    await readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    title: 'Legflow Studio',
    ...place,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A sandboxed preload cannot ask `app`; hand it the version on its command line.
      additionalArguments: [`--legflow-version=${app.getVersion()}`],
    },
  });
  window.once('ready-to-show', () => {
    if (place.maximized) window.maximize();
    window.show();
  });
  // The renderer's beforeunload handler (renderer/files/use-before-unload.ts) knows whether the
  // flow has unsaved changes; Electron cancels the close silently, so ask here, natively.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'The flow has changes that are not saved.',
      detail: 'They are kept as an autosave and offered back the next time you start.',
    });
    if (choice === 0) event.preventDefault();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void writeWindowState(stateFile, { ...bounds, maximized: window.isMaximized() }).catch(
      () => undefined,
    );
  });
  void window.loadFile(RENDERER_INDEX);
  return window;
}

/** Sends a menu item's action to the focused window, the same typed notification as the rest. */
export function sendMenuAction(action: MenuAction): void {
  notifyWindow('menu.action', { action });
}

/**
 * Sends the focused window (else the first) a notification of the shell's, checked against the
 * contract on the way out as the renderer checks it on the way in.
 */
export function notifyWindow<N extends NotificationName>(
  name: N,
  payload: NotificationPayload<N>,
): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const notification: WireNotification = { name, payload: NOTIFICATIONS[name].parse(payload) };
  window?.webContents.send(NOTIFICATION_CHANNEL, notification);
}
