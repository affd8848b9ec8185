// What `npm start` does, with everything it touches passed in so each path can be tested:
// Electron when its binary is here; otherwise fetch it with Electron's installer; and when that
// cannot be done, the same app in the browser rather than an error.
import { existsSync } from 'node:fs';
import { startBrowserMode } from './browser-mode.mjs';
import { findElectronBinary } from './electron-binary.mjs';
import { downloadElectron } from './electron-download.mjs';
import { FORWARDED_SIGNALS, runInForeground } from './foreground-child.mjs';

/**
 * Starts the desktop app, or browser mode when Electron cannot be had, and resolves with the exit
 * code `npm start` should end with.
 *
 * @param {import('./start-app.d.mts').StartOptions} options
 * @returns {Promise<number>}
 */
export async function startApp(options) {
  const { env, packageDir, mainBundle, stderr } = options;
  if (!existsSync(mainBundle)) {
    stderr.write(`${mainBundle} does not exist; run \`npm run build\` first.\n`);
    return 1;
  }
  let found = findElectronBinary({ env, packageDir });
  if ('binary' in found) return launchElectron(found.binary, options);

  let reason;
  if (found.cause === 'no-package' || packageDir === undefined) {
    reason = 'The electron package is not installed (`npm install` installs it)';
  } else if (found.cause === 'override') {
    reason = `ELECTRON_OVERRIDE_DIST_PATH names a folder without Electron (${found.missing})`;
  } else if (isSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    reason = "ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron's binary is not downloaded";
  } else {
    const result = await whileSignalsAbort(options.signals, (abortSignal) =>
      downloadElectron({ ...options, packageDir, status: stderr, abortSignal }),
    );
    if ('interrupted' in result) return 130;
    if ('ok' in result) {
      found = findElectronBinary({ env, packageDir });
      if ('binary' in found) return launchElectron(found.binary, options);
      reason = `Electron's installer finished, but ${found.missing}`;
    } else {
      reason = `Electron's binary could not be downloaded (${result.failed}; offline?)`;
    }
  }
  stderr.write(`${reason}: opening the app in your browser instead.\n`);
  return startBrowserMode(options);
}

/** Runs the built app in Electron until it quits. */
function launchElectron(binary, { spawn, env, mainBundle, appArgs, signals, stderr }) {
  const electronEnv = { ...env };
  // Set by some tools; it would make Electron behave as plain Node and ignore the app.
  delete electronEnv.ELECTRON_RUN_AS_NODE;
  return runInForeground({
    spawn,
    command: binary,
    args: [mainBundle, ...appArgs],
    spawnOptions: { env: electronEnv, stdio: ['ignore', 'inherit', 'inherit'] },
    signals,
    onError: (error) => stderr.write(`Cannot start Electron (${binary}): ${error.message}\n`),
  }).exited;
}

/** Runs `task` with an AbortSignal that Ctrl+C (or termination) aborts. */
async function whileSignalsAbort(signals, task) {
  const controller = new AbortController();
  const abort = () => controller.abort();
  for (const signal of FORWARDED_SIGNALS) signals.on(signal, abort);
  try {
    return await task(controller.signal);
  } finally {
    for (const signal of FORWARDED_SIGNALS) signals.off(signal, abort);
  }
}

/** npm-style truthiness: an environment flag is on unless empty, "0" or "false". */
function isSet(value) {
  return value !== undefined && !['', '0', 'false'].includes(value.toLowerCase());
}
