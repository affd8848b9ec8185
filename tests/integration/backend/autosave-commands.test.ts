import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_FLOW_VERSION } from '../../../shared/flow/flow-document';
import { AUTOSAVE_COMMANDS, AUTOSAVE_QUIET_AFTER_MS } from '../../../shared/ipc';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { autosaveCommands } from '../../../electron/backend/autosave-commands';
import { dispatchTo } from '../../../electron/backend/dispatch';
import { AutosaveStore } from '../../../electron/storage/autosave-store';
import { call } from './call-backend';

let folder: string;
let backend: Backend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await rm(folder, { recursive: true, force: true });
});

async function start(): Promise<Backend> {
  folder = await mkdtemp(join(tmpdir(), 'legflow-autosave-'));
  backend = await createBackend({
    platform: 'web',
    workspaceDir: join(folder, 'workspace'),
    dataDir: join(folder, 'data'),
  });
  return backend;
}

const flow = (name: string) => ({
  format: 'legflow.flow',
  version: CURRENT_FLOW_VERSION,
  name,
  legs: [],
  nodes: [],
  edges: [],
  notes: [],
  variables: {},
});

/** What a window on screen says about itself with each autosave. */
const onScreen = (owner: string) => ({ owner, quietAfterMs: AUTOSAVE_QUIET_AFTER_MS.visible });

describe('autosave commands', () => {
  it('keeps an unsaved flow across a new backend (a crash) until it is discarded', async () => {
    const first = await start();
    const put = await first.dispatch('autosave.put', {
      key: 'w1',
      path: null,
      flow: flow('Menu'),
      ...onScreen('tab-1'),
    });
    expect(put.ok).toBe(true);
    await first.close();

    // A new backend over the same data folder: what the app sees after a crash or a kill. The
    // window was heard from a moment ago, but its backend is gone, so it is offered at once.
    backend = await createBackend({
      platform: 'web',
      workspaceDir: join(folder, 'workspace'),
      dataDir: join(folder, 'data'),
    });
    const listed = await call(backend, 'autosave.list', { owner: 'tab-2' });
    expect(listed.entries).toMatchObject([
      { key: 'w1', path: null, name: 'Menu', flow: { name: 'Menu' } },
    ]);
    expect(listed.recheckInMs).toBeNull();
    await backend.dispatch('autosave.discard', { key: 'w1' });
    const after = await call(backend, 'autosave.list', undefined);
    expect(after).toEqual({ entries: [], recheckInMs: null });
  });

  it('skips an entry that is not a flow instead of failing the list', async () => {
    const b = await start();
    await b.dispatch('autosave.put', {
      key: 'good',
      path: 'a.legflow.json',
      flow: flow('A'),
      ...onScreen('tab-1'),
    });
    await b.close();
    backend = await createBackend({
      platform: 'web',
      workspaceDir: join(folder, 'workspace'),
      dataDir: join(folder, 'data'),
    });
    await writeFile(join(folder, 'data', 'autosave', 'bad.autosave.json'), '{"key":"bad"');
    const listed = await call(backend, 'autosave.list', undefined);
    expect(listed.entries.map((entry) => entry.key)).toEqual(['good']);
  });

  it('refuses a key that could leave the autosave folder', async () => {
    const b = await start();
    const result = await b.dispatch('autosave.discard', { key: '../settings' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('offers a file written before owners were kept', async () => {
    const b = await start();
    await b.dispatch('autosave.put', {
      key: 'old',
      path: null,
      flow: flow('Old'),
      ...onScreen('t'),
    });
    const file = join(folder, 'data', 'autosave', 'old.autosave.json');
    const { owner: _owner, ...older } = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify(older));
    const listed = await call(b, 'autosave.list', { owner: 'another' });
    expect(listed.entries.map((entry) => entry.name)).toEqual(['Old']);
  });
});

/**
 * The autosave commands of one backend on a clock the test moves, so a window's silence is
 * measured in the test's time and a slow machine cannot make a window look quiet early.
 */
function autosaveBackendOnAClock() {
  let clock = Date.parse('2026-03-01T09:00:00Z');
  const commands = {
    answerer: "Legflow's backend",
    specs: AUTOSAVE_COMMANDS,
    handlers: autosaveCommands({
      store: new AutosaveStore(join(folder, 'autosave')),
      self: { pid: process.pid, backend: 'the-one-backend' },
      now: () => new Date(clock),
    }),
    reportBug: (command: string, error: unknown) => {
      throw new Error(`${command} failed: ${String(error)}`);
    },
  };
  const send = async (command: keyof typeof AUTOSAVE_COMMANDS, payload?: unknown) => {
    const result = await dispatchTo(commands, command, payload);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value;
  };
  return {
    send,
    /** Lets `ms` milliseconds pass. */
    wait: (ms: number) => void (clock += ms),
    /** A window of this backend (a browser tab): its own id, its own silence. */
    window: (owner: string, quietAfterMs: number) => ({
      autosave: (key: string, name: string) =>
        send('autosave.put', { key, path: null, flow: flow(name), owner, quietAfterMs }),
      heartbeat: (key: string) => send('autosave.heartbeat', { key, owner, quietAfterMs }),
      /** What the window would be offered back on start. */
      list: async () =>
        AUTOSAVE_COMMANDS['autosave.list'].reply.parse(await send('autosave.list', { owner })),
    }),
  };
}

describe('autosave with two browser tabs open on one backend', () => {
  it("does not offer a live tab's unsaved flow to the other, but does once it has gone quiet", async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-autosave-'));
    const backendOf = autosaveBackendOnAClock();
    const first = backendOf.window('tab-first', 1_000);
    const second = backendOf.window('tab-second', AUTOSAVE_QUIET_AFTER_MS.visible);
    await first.autosave('first-slot', 'Being edited');

    // However long the machine took to get here, on the backend's clock no time has passed.
    const atStart = await second.list();
    expect(atStart.entries).toEqual([]);
    // The first tab may have just crashed: the second is told to look again after its silence.
    expect(atStart.recheckInMs).toBeGreaterThan(1_000);
    expect(atStart.recheckInMs).toBeLessThanOrEqual(1_000 + AUTOSAVE_QUIET_AFTER_MS.visible);

    // The first tab stays open and keeps saying so, past the silence it asked for: still held.
    for (let beat = 0; beat < 3; beat++) {
      backendOf.wait(500);
      await first.heartbeat('first-slot');
    }
    backendOf.wait(999);
    expect((await second.list()).entries).toEqual([]);
    // A tab is never offered its own flow either.
    expect((await first.list()).entries).toEqual([]);

    // The first tab crashes: a moment after it has been quiet for longer than it said, it is.
    backendOf.wait(2);
    const later = await second.list();
    expect(later.entries.map((entry) => entry.name)).toEqual(['Being edited']);
    expect(later.recheckInMs).toBeNull();
  });
});
