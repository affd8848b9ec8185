// The Electron shell: one window on the built renderer, locked down. Everything else the app does
// lives in plain Node modules under electron/ so the CLI and browser mode run the same code.
// Bundled to CommonJS at dist/electron/main.cjs, next to preload.cjs and beside dist/renderer/.
import { BrowserWindow, app, session } from 'electron';
import { join } from 'node:path';
import { denyPermissions, hardenWebContents } from './security';

const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');
const PRELOAD = join(__dirname, 'preload.cjs');

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Legflow Studio',
    width: 1280,
    height: 800,
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
  window.once('ready-to-show', () => window.show());
  void window.loadFile(RENDERER_INDEX);
  return window;
}

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  denyPermissions(session.defaultSession);
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});
