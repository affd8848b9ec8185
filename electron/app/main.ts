// The Electron shell: one window on the built renderer, locked down. Everything else the app does
// lives in plain Node modules under electron/ so the CLI and browser mode run the same code.
// Bundled to CommonJS at dist/electron/main.cjs, next to preload.cjs and beside dist/renderer/.
import { BrowserWindow, Menu, app, dialog, ipcMain, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { defaultDataDir } from '../backend/backend-options';
import { EncryptedSecretStore } from '../settings/secret-store';
import { appMenuTemplate } from './app-menu';
import { desktopCommands } from './desktop-commands';
import { appSenderCheck, registerIpc } from './ipc';
import type { SenderEvent } from './ipc';
import { createLaunchQueue, flowFilesInArgs, isFlowFilePath } from './launch-files';
import { createMainWindow, notifyWindow, sendMenuAction } from './main-window';
import { STOP_AND_QUIT, guardQuit, quitWithRunsQuestion } from './quit-with-runs';
import { denyPermissions, hardenWebContents } from './security';

const RENDERER_URL = pathToFileURL(join(__dirname, '..', 'renderer', 'index.html')).href;
const DATA_DIR = defaultDataDir();
const WINDOW_STATE = join(DATA_DIR, 'window-state.json');

// One app, one backend: a second launch (double-clicking a .legflow.json) hands over to this one.
if (!app.requestSingleInstanceLock()) app.quit();

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

const launchQueue = createLaunchQueue();
/** Set once the first window is made; until then, that window takes any file asked for. */
let windowsStarted = false;

/**
 * Flow files the OS or a command line asked for: remembered as the OS's recent documents and
 * opened in the window. A window still starting takes the file itself when it is ready; one
 * already open is told a file waits; with none open (a Mac keeps running without), one opens.
 */
function openRequested(paths: readonly string[]): void {
  for (const path of paths) app.addRecentDocument(path);
  if (!launchQueue.offer(paths) || !windowsStarted) return;
  if (BrowserWindow.getAllWindows().length === 0) void createMainWindow(WINDOW_STATE);
  else notifyWindow('desktop.fileToOpen', {});
}
openRequested(flowFilesInArgs(process.argv, process.cwd()));
app.on('open-file', (event, path) => {
  event.preventDefault();
  openRequested(isFlowFilePath(path) ? [path] : []);
});
app.on('second-instance', (_event, argv, workingDirectory) => {
  openRequested(flowFilesInArgs(argv, workingDirectory));
  const window = BrowserWindow.getAllWindows()[0];
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

let backend: Backend | undefined;
let closed = false;
// Runs belong to the backend and go on without a window; quitting them asks first.
app.on(
  'before-quit',
  guardQuit({
    runsGoing: () => backend?.runsGoing() ?? 0,
    ask: async (count) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const question = quitWithRunsQuestion(count);
      const { response } = await (window
        ? dialog.showMessageBox(window, question)
        : dialog.showMessageBox(question));
      return response === STOP_AND_QUIT;
    },
    quit: () => app.quit(),
    kept: () => {
      if (BrowserWindow.getAllWindows().length === 0) void createMainWindow(WINDOW_STATE);
    },
  }),
);
// Quitting stops runs and hangs up their legs first: hold the quit until the backend is closed.
app.on('will-quit', (event) => {
  if (closed || !backend) return;
  event.preventDefault();
  void backend.close().finally(() => {
    closed = true;
    app.quit();
  });
});

void app.whenReady().then(async () => {
  denyPermissions(session.defaultSession);
  // The same backend browser mode runs; its data folder is the one the CLI uses. Tokens are
  // encrypted by the OS keychain, in a file beside the settings, never in the settings file.
  const created = await createBackend({
    platform: 'electron',
    version: app.getVersion(),
    secrets: new EncryptedSecretStore(join(DATA_DIR, 'tokens.json'), {
      encrypt: (plain) => safeStorage.encryptString(plain),
      decrypt: (cipher) => safeStorage.decryptString(cipher),
    }),
  });
  backend = created;
  /** The window a command came from, so a dialog opens over it. */
  const windowOf = (event: SenderEvent) => BrowserWindow.fromWebContents(event.sender);
  registerIpc({
    ipcMain,
    backend: created,
    desktop: desktopCommands({
      workspace: created.workspace,
      allowFile: (path) => created.allowFile(path),
      launchQueue,
      showOpenDialog: (event, options) => {
        const window = windowOf(event);
        return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
      },
      showSaveDialog: (event, options) => {
        const window = windowOf(event);
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      rememberRecent: (path) => app.addRecentDocument(path),
    }),
    reportBug: (command, error) => console.error(`Legflow Studio: ${command} failed:`, error),
    isAppSender: appSenderCheck(() => BrowserWindow.getAllWindows(), RENDERER_URL),
    targets: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        mac: process.platform === 'darwin',
        send: sendMenuAction,
        openHelp: () => void shell.openExternal('https://github.com/legflow/legflow-studio'),
      }),
    ),
  );
  await createMainWindow(WINDOW_STATE);
  windowsStarted = true;
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow(WINDOW_STATE);
  });
});
