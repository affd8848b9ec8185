// `npm start` on the three kinds of machine: Electron installed, Electron downloadable, and no
// Electron to be had. Electron, its installer and browser mode are small fake programs that record
// what they were asked; time is a hand-driven clock, so nothing waits on the wall clock.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemOpener } from '../../../scripts/browser-mode.mjs';
import { downloadTimeoutMs } from '../../../scripts/electron-download.mjs';
import { startApp } from '../../../scripts/start-app.mjs';
import type { StartClock, StartOptions } from '../../../scripts/start-app.mjs';

const ADDRESS = 'http://127.0.0.1:5173/?token=0123abcd';

/** A clock that moves only when the test says, and tells the test when a timer is set. */
function manualClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<
    number,
    { callback: () => void; ms: number; due: number; repeat: boolean }
  >();
  const watchers: Array<{ ms: number; resolve: () => void }> = [];
  const set = (callback: () => void, ms: number, repeat: boolean) => {
    nextId += 1;
    timers.set(nextId, { callback, ms, due: now + ms, repeat });
    for (const watcher of watchers.filter((w) => w.ms === ms)) watcher.resolve();
    return nextId;
  };
  const clock: StartClock & {
    timerSet(ms: number): Promise<void>;
    advance(ms: number): void;
    pending(): number;
  } = {
    now: () => now,
    setTimeout: (callback, ms) => set(callback, ms, false),
    setInterval: (callback, ms) => set(callback, ms, true),
    clearTimeout: (id) => timers.delete(id as number),
    clearInterval: (id) => timers.delete(id as number),
    timerSet: (ms) =>
      [...timers.values()].some((timer) => timer.ms === ms && !timer.repeat)
        ? Promise.resolve()
        : new Promise((resolve) => watchers.push({ ms, resolve })),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].sort((a, b) => a[1].due - b[1].due)[0];
        if (!due || due[1].due > until) break;
        const [id, timer] = due;
        now = timer.due;
        if (timer.repeat) timer.due += timer.ms;
        else timers.delete(id);
        timer.callback();
      }
      now = until;
    },
    pending: () => timers.size,
  };
  return clock;
}

function capture(isTTY = false) {
  const sink = {
    text: '',
    isTTY,
    write: (chunk: string | Uint8Array) => (sink.text += String(chunk)),
  };
  return sink;
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'legflow-start-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** An executable Node script: stands in for Electron, its installer or `legflow`. */
async function script(path: string, body: string): Promise<string> {
  await writeFile(path, `#!${process.execPath}\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

/** A fake Electron that writes down how it was started, then exits. */
function fakeElectronSource(record: string): string {
  return `require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({
    argv: process.argv.slice(2),
    runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null,
  }));`;
}

interface Machine {
  options: StartOptions;
  clock: ReturnType<typeof manualClock>;
  signals: EventEmitter;
  stdout: ReturnType<typeof capture>;
  stderr: ReturnType<typeof capture>;
  opened: string[];
  /** Where the fake Electron writes its arguments. */
  electronRecord: string;
  /** Created when the fake installer runs. */
  installerRan: string;
  /** Where the fake `legflow` writes its arguments. */
  webRecord: string;
}

/**
 * A machine with a built app, an electron package without its binary, and the given installer.
 * Browser mode prints its address and serves until Ctrl+C; opening the address presses Ctrl+C.
 */
async function machine(installer: string, env: NodeJS.ProcessEnv = {}): Promise<Machine> {
  const packageDir = join(folder, 'node_modules', 'electron');
  await mkdir(packageDir, { recursive: true });
  await writeFile(join(packageDir, 'package.json'), '{"name":"electron","version":"45.4.1"}');
  const installerRan = join(folder, 'installer-ran');
  await writeFile(
    join(packageDir, 'install.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(installerRan)}, '');\n${installer}`,
  );
  const electronRecord = join(folder, 'electron-args.json');
  await script(join(folder, 'fake-electron.js'), fakeElectronSource(electronRecord));
  const mainBundle = join(folder, 'main.cjs');
  await writeFile(mainBundle, '');
  const webRecord = join(folder, 'web-args.json');
  const legflowBin = await script(
    join(folder, 'legflow.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(webRecord)}, JSON.stringify(process.argv.slice(2)));
    process.on('SIGINT', () => { console.log('stopped'); process.exit(0); });
    console.log('Legflow Studio is running at ${ADDRESS}');
    setTimeout(() => process.exit(3), 20_000); // never outlives a broken test for long`,
  );
  const clock = manualClock();
  const signals = new EventEmitter();
  const stdout = capture();
  const stderr = capture();
  const opened: string[] = [];
  const options: StartOptions = {
    env: { PATH: process.env.PATH, ...env },
    packageDir,
    mainBundle,
    appArgs: ['call.legflow.json'],
    legflowBin,
    nodePath: process.execPath,
    spawn,
    clock,
    signals,
    stdout,
    stderr,
    open: (url) => {
      opened.push(url);
      signals.emit('SIGINT');
      return true;
    },
  };
  return {
    options,
    clock,
    signals,
    stdout,
    stderr,
    opened,
    electronRecord,
    installerRan,
    webRecord,
  };
}

/** An installer that does what Electron's does when the download works. */
function installerThatInstalls(): string {
  return `const fs = require('node:fs'), path = require('node:path');
    const dir = __dirname;
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(dir, '..', '..', 'fake-electron.js'), path.join(dir, 'dist', 'electron'));
    fs.chmodSync(path.join(dir, 'dist', 'electron'), 0o755);
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');`;
}

/** What Electron's installer prints when there is no network. */
const OFFLINE_INSTALLER = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13');
  process.exit(1);`;

async function recorded(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

const BROWSER_FALLBACK = ': opening the app in your browser instead.\n';

describe.skipIf(process.platform === 'win32')('npm start', () => {
  it('runs the app in the installed Electron, without the environment that would break it', async () => {
    const m = await machine(OFFLINE_INSTALLER, { ELECTRON_RUN_AS_NODE: '1' });
    const override = join(folder, 'override');
    await mkdir(override);
    await script(join(override, 'electron'), fakeElectronSource(m.electronRecord));
    m.options.env.ELECTRON_OVERRIDE_DIST_PATH = override;

    expect(await startApp(m.options)).toBe(0);
    expect(await recorded(m.electronRecord)).toEqual({
      argv: [m.options.mainBundle, 'call.legflow.json'],
      runAsNode: null,
    });
    expect(existsSync(m.installerRan)).toBe(false);
    expect(m.stderr.text).toBe('');
    expect(m.clock.pending()).toBe(0);
  });

  it("fetches a missing binary with Electron's installer, then runs the app in it", async () => {
    const m = await machine(installerThatInstalls());

    expect(await startApp(m.options)).toBe(0);
    expect(m.stderr.text).toMatch(
      /^Downloading Electron 45\.4\.1 for \S+ \(once; giving up after 5 min\) with Electron's installer…\n$/,
    );
    expect(await recorded(m.electronRecord)).toEqual({
      argv: [m.options.mainBundle, 'call.legflow.json'],
      runAsNode: null,
    });
    expect(existsSync(m.webRecord)).toBe(false);
    expect(m.clock.pending()).toBe(0);
  });

  it('opens the app in the browser when the download fails, saying why in one line', async () => {
    const m = await machine(OFFLINE_INSTALLER);

    expect(await startApp(m.options)).toBe(0);
    const lines = m.stderr.text.split('\n');
    expect(lines[0]).toMatch(/^Downloading Electron 45\.4\.1/);
    expect(lines.slice(1).join('\n')).toBe(
      "Electron's binary could not be downloaded (TypeError: fetch failed; offline?)" +
        BROWSER_FALLBACK,
    );
    expect(await recorded(m.webRecord)).toEqual(['web']);
    expect(m.stdout.text).toBe(`Legflow Studio is running at ${ADDRESS}\nstopped\n`);
    expect(m.opened).toEqual([ADDRESS]);
    expect(existsSync(m.electronRecord)).toBe(false);
  });

  it('shows the download going on, and gives up on it when it takes too long', async () => {
    const m = await machine(
      `const fs = require('node:fs'), path = require('node:path'), os = require('node:os');
      const partial = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-download-'));
      fs.writeFileSync(path.join(partial, 'electron.zip'), Buffer.alloc(2_500_000));
      fs.writeFileSync(${JSON.stringify(join(folder, 'downloading'))}, '');
      setInterval(() => {}, 1000); // a download that never ends`,
      { LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT: '120' },
    );
    const started = startApp(m.options);
    await m.clock.timerSet(120_000);
    await vi.waitFor(() => expect(existsSync(join(folder, 'downloading'))).toBe(true));

    m.clock.advance(20_000);
    expect(m.stderr.text).toContain('(once; giving up after 2 min)');
    expect(m.stderr.text).toContain('  10 s, 2.5 MB received\n  20 s, 2.5 MB received\n');
    m.clock.advance(100_000);

    expect(await started).toBe(0);
    expect(m.stderr.text).toMatch(
      /\nElectron's binary could not be downloaded \(took longer than 2 min; offline\?\): opening/,
    );
    expect(m.opened).toEqual([ADDRESS]);
    expect(m.clock.pending()).toBe(0);
  });

  it('rewrites one progress line in place on a terminal', async () => {
    const m = await machine(
      `require('node:fs').writeFileSync(${JSON.stringify(join(folder, 'downloading'))}, '');
      setInterval(() => {}, 1000);`,
    );
    const stderr = capture(true);
    const started = startApp({ ...m.options, stderr });
    await m.clock.timerSet(300_000);
    await vi.waitFor(() => expect(existsSync(join(folder, 'downloading'))).toBe(true));
    m.clock.advance(2_000);
    const clearToEnd = '\u001b[K';
    expect(stderr.text).toContain(`…\n\r  1 s${clearToEnd}\r  2 s${clearToEnd}`);
    m.clock.advance(300_000);
    expect(await started).toBe(0);
  });

  it('goes straight to the browser when ELECTRON_SKIP_BINARY_DOWNLOAD is set (CI)', async () => {
    const m = await machine(installerThatInstalls(), { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });

    expect(await startApp(m.options)).toBe(0);
    expect(m.stderr.text).toBe(
      "ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron's binary is not downloaded" +
        BROWSER_FALLBACK,
    );
    expect(existsSync(m.installerRan)).toBe(false);
    expect(m.opened).toEqual([ADDRESS]);
  });

  it('stops the download on Ctrl+C without starting anything else', async () => {
    const m = await machine(
      `require('node:fs').writeFileSync(${JSON.stringify(join(folder, 'downloading'))}, '');
      setInterval(() => {}, 1000);`,
    );
    const started = startApp(m.options);
    await vi.waitFor(() => expect(existsSync(join(folder, 'downloading'))).toBe(true));
    m.signals.emit('SIGINT');

    expect(await started).toBe(130);
    expect(existsSync(m.webRecord)).toBe(false);
    expect(m.signals.eventNames()).toEqual([]);
  });

  it('says the app is not built rather than starting anything', async () => {
    const m = await machine(installerThatInstalls());
    await rm(m.options.mainBundle);

    expect(await startApp(m.options)).toBe(1);
    expect(m.stderr.text).toContain('run `npm run build` first');
    expect(existsSync(m.installerRan)).toBe(false);
  });
});

describe('the download time limit', () => {
  it('is 5 minutes unless LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT gives seconds', () => {
    expect(downloadTimeoutMs({})).toBe(300_000);
    expect(downloadTimeoutMs({ LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT: '30' })).toBe(30_000);
    expect(downloadTimeoutMs({ LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT: 'soon' })).toBe(300_000);
  });
});

describe("the system's browser opener", () => {
  function recordingSpawn() {
    const calls: Array<[string, readonly string[]]> = [];
    const fake = ((file: string, args: readonly string[]) => {
      calls.push([file, args]);
      return Object.assign(new EventEmitter(), { unref: () => {} });
    }) as unknown as typeof spawn;
    return { calls, fake };
  }

  it('uses xdg-open on Linux with a display, and declines without one', async () => {
    await script(join(folder, 'xdg-open'), '');
    const { calls, fake } = recordingSpawn();
    const withDisplay = { PATH: folder, DISPLAY: ':0' };
    expect(systemOpener({ platform: 'linux', env: withDisplay, spawn: fake })(ADDRESS)).toBe(true);
    expect(calls).toEqual([['xdg-open', [ADDRESS]]]);
    expect(systemOpener({ platform: 'linux', env: { PATH: folder }, spawn: fake })(ADDRESS)).toBe(
      false,
    );
    expect(
      systemOpener({ platform: 'linux', env: { PATH: join(folder, 'none'), DISPLAY: ':0' } })(
        ADDRESS,
      ),
    ).toBe(false);
  });

  it('uses open on macOS and start on Windows', async () => {
    await script(join(folder, 'open'), '');
    const { calls, fake } = recordingSpawn();
    systemOpener({ platform: 'darwin', env: { PATH: folder }, spawn: fake })(ADDRESS);
    systemOpener({ platform: 'win32', env: {}, spawn: fake })(ADDRESS);
    expect(calls).toEqual([
      ['open', [ADDRESS]],
      ['cmd.exe', ['/c', 'start', '""', `"${ADDRESS}"`]],
    ]);
  });
});
