// `npm start` without Electron: the same app served by `legflow web` and opened in the system's
// browser. The command's output is passed through; its address line is also opened.
import { spawn as spawnProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runInForeground } from './foreground-child.mjs';

/** What `legflow web` prints once it serves the app (see electron/cli/commands/web-command.ts). */
const ADDRESS_LINE = /running at (https?:\/\/\S+)/;

/**
 * Starts browser mode in the foreground, opens its address once it is printed, and resolves with
 * its exit code when it stops (Ctrl+C).
 *
 * @param {import('./browser-mode.d.mts').BrowserModeOptions} options
 */
export function startBrowserMode({
  spawn,
  nodePath,
  legflowBin,
  env,
  signals,
  stdout,
  stderr,
  open,
}) {
  const { child, exited } = runInForeground({
    spawn,
    command: nodePath,
    args: [legflowBin, 'web'],
    spawnOptions: { env, stdio: ['ignore', 'pipe', 'inherit'] },
    signals,
    onError: (error) => stderr.write(`Cannot start browser mode: ${error.message}\n`),
  });
  let pending = '';
  let opened = false;
  child.stdout?.on('data', (chunk) => {
    stdout.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const address = ADDRESS_LINE.exec(line)?.[1];
      if (address && !opened) {
        opened = true;
        if (!open(address))
          stdout.write('No browser to open it in here: open the address above.\n');
      }
    }
  });
  return exited;
}

/**
 * Opens an address in the system's browser, detached so the browser outlives `npm start`.
 * Returns false when this machine has no way to (no opener, or Linux with no display, where
 * xdg-open would fall back to a text browser fighting the app's output for the terminal).
 *
 * @param {{ platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv, spawn?: typeof spawnProcess }} [system]
 * @returns {(url: string) => boolean}
 */
export function systemOpener({
  platform = process.platform,
  env = process.env,
  spawn = spawnProcess,
} = {}) {
  return (url) => {
    const command = openCommand(platform, env, url);
    if (!command) return false;
    try {
      const child = spawn(command.file, command.args, {
        stdio: 'ignore',
        detached: true,
        windowsVerbatimArguments: platform === 'win32',
      });
      child.on('error', () => {});
      child.unref();
      return true;
    } catch {
      return false;
    }
  };
}

/** @returns {{ file: string, args: string[] } | undefined} */
function openCommand(platform, env, url) {
  if (platform === 'win32') return { file: 'cmd.exe', args: ['/c', 'start', '""', `"${url}"`] };
  // On Linux `open` is openvt, not an opener: only macOS gets it.
  if (platform === 'darwin') return onPath('open', env) ? { file: 'open', args: [url] } : undefined;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return onPath('xdg-open', env) ? { file: 'xdg-open', args: [url] } : undefined;
}

function onPath(name, env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}
