// Fetches Electron's binary with the electron package's own installer (install.js, which uses
// @electron/get and honours ELECTRON_MIRROR, proxies and the download cache), within a time limit
// and with visible progress: the installer itself shows none until 30 s have passed, and none at
// all when its output is not a terminal.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronVersion } from './electron-binary.mjs';

/** How long a download may take unless LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT says otherwise. */
export const DEFAULT_DOWNLOAD_TIMEOUT_S = 300;

/**
 * The download's time limit in milliseconds, from LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT (seconds).
 *
 * @param {NodeJS.ProcessEnv} env
 */
export function downloadTimeoutMs(env) {
  const seconds = Number(env.LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT);
  return (seconds > 0 ? seconds : DEFAULT_DOWNLOAD_TIMEOUT_S) * 1000;
}

/**
 * Runs the installer and resolves when it has exited: `ok`, or why not.
 *
 * @param {import('./electron-download.d.mts').DownloadOptions} options
 * @returns {Promise<import('./electron-download.d.mts').DownloadResult>}
 */
export async function downloadElectron(options) {
  const { packageDir, env, nodePath, spawn, clock, status, abortSignal } = options;
  const timeoutMs = options.timeoutMs ?? downloadTimeoutMs(env);
  // The installer downloads into a fresh folder under the system's temporary folder; giving it
  // one of ours lets the ticker show how much has arrived.
  const scratch = mkdtempSync(join(tmpdir(), 'legflow-electron-download-'));
  const target = `${env.ELECTRON_INSTALL_PLATFORM || process.platform}-${env.ELECTRON_INSTALL_ARCH || process.arch}`;
  status.write(
    `Downloading Electron ${electronVersion(packageDir)} for ${target} (once; giving up after ` +
      `${formatDuration(timeoutMs)}) with Electron's installer…\n`,
  );
  const ticker = startTicker({ clock, status, scratch });
  const stopper = new AbortController();
  let timedOut = false;
  const timer = clock.setTimeout(() => {
    timedOut = true;
    stopper.abort();
  }, timeoutMs);
  const onAbort = () => stopper.abort();
  abortSignal?.addEventListener('abort', onAbort);
  const output = [];
  try {
    const exit = await new Promise((resolve) => {
      const child = spawn(nodePath, [join(packageDir, 'install.js')], {
        env: { ...env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
        stdio: ['ignore', 'pipe', 'pipe'],
        signal: stopper.signal,
        killSignal: 'SIGTERM',
      });
      child.stdout?.on('data', (chunk) => output.push(chunk));
      child.stderr?.on('data', (chunk) => output.push(chunk));
      child.on('error', (error) => {
        if (error.name !== 'AbortError') resolve({ error: error.message });
      });
      child.once('close', (code, signal) => resolve({ code, signal }));
    });
    if (abortSignal?.aborted) return { interrupted: true };
    if (timedOut) return { failed: `took longer than ${formatDuration(timeoutMs)}` };
    if ('error' in exit) return { failed: exit.error };
    if (exit.code !== 0) {
      return {
        failed:
          installerError(Buffer.concat(output).toString('utf8')) ??
          `exit ${exit.code ?? exit.signal}`,
      };
    }
    return { ok: true };
  } finally {
    clock.clearTimeout(timer);
    abortSignal?.removeEventListener('abort', onAbort);
    ticker.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The line of the installer's output that says what went wrong (it prints a stack trace). */
function installerError(text) {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.findLast((line) => line !== '');
}

/**
 * Shows that the download is alive: seconds elapsed and megabytes received, rewritten in place
 * on a terminal, a line every 10 s otherwise (CI logs).
 */
function startTicker({ clock, status, scratch }) {
  const started = clock.now();
  let ticks = 0;
  const interval = clock.setInterval(() => {
    ticks += 1;
    const seconds = Math.round((clock.now() - started) / 1000);
    const received = bytesUnder(scratch);
    const line = `  ${seconds} s${received > 0 ? `, ${(received / 1e6).toFixed(1)} MB received` : ''}`;
    if (status.isTTY) status.write(`\r${line}\u001b[K`);
    else if (ticks % 10 === 0) status.write(`${line}\n`);
  }, 1000);
  return {
    stop() {
      clock.clearInterval(interval);
      if (status.isTTY && ticks > 0) status.write('\n');
    },
  };
}

function bytesUnder(folder) {
  let total = 0;
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    }
  } catch {
    // A file the installer has just moved away; the next tick counts again.
  }
  return total;
}

/** @param {number} ms */
export function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds % 60 === 0 && seconds >= 60 ? `${seconds / 60} min` : `${seconds} s`;
}
