// Runs a long-lived child (Electron, browser mode) as if it were this process: its exit code is
// ours, Ctrl+C and termination reach it exactly once, and it never outlives us.
import { constants } from 'node:os';

/** Signals a user or a supervisor sends to end `npm start`; each is passed on to the child. */
export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Spawns `command` and resolves with its exit code once it has exited.
 *
 * On POSIX the child gets a process group of its own: a terminal's Ctrl+C (or `timeout`) signals
 * the whole foreground group, so without that the child would get every signal twice, and a
 * second SIGINT kills `legflow web` before it has hung up its calls and closed its backend.
 * Here only this process receives them, and passes each on once.
 *
 * @param {import('./foreground-child.d.mts').ForegroundOptions} options
 * @returns {{ child: import('node:child_process').ChildProcess, exited: Promise<number> }}
 */
export function runInForeground({ spawn, command, args, spawnOptions, signals, onError }) {
  const child = spawn(command, args, {
    ...spawnOptions,
    detached: process.platform !== 'win32',
  });
  /** @type {Array<[string, (...args: unknown[]) => void]>} */
  const listeners = FORWARDED_SIGNALS.map((signal) => [signal, () => child.kill(signal)]);
  listeners.push(['exit', () => child.kill('SIGTERM')]);
  for (const [event, listener] of listeners) signals.on(event, listener);
  const exited = new Promise((resolve) => {
    const finish = (code) => {
      for (const [event, listener] of listeners) signals.off(event, listener);
      resolve(code);
    };
    child.on('error', (error) => {
      onError(error);
      finish(1);
    });
    // A child ended by a signal ends us the way a shell reports it: 128 + the signal's number.
    child.once('exit', (code, signal) => finish(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
  return { child, exited };
}
