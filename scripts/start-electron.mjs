// `npm start`: the built desktop app in Electron, fetching Electron's binary first if need be,
// or the same app in the browser where that binary cannot be had. See start-app.mjs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { systemOpener } from './browser-mode.mjs';
import { electronPackageDir } from './electron-binary.mjs';
import { startApp } from './start-app.mjs';

/** The one place `npm start` takes its time from. */
const systemClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle),
};

const code = await startApp({
  env: process.env,
  packageDir: electronPackageDir(),
  mainBundle: fileURLToPath(new URL('../dist/electron/main.cjs', import.meta.url)),
  appArgs: process.argv.slice(2),
  legflowBin: fileURLToPath(new URL('../bin/legflow.js', import.meta.url)),
  nodePath: process.execPath,
  spawn,
  clock: systemClock,
  signals: process,
  stdout: process.stdout,
  stderr: process.stderr,
  open: systemOpener(),
});
process.exit(code);
