import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_FLOW_VERSION } from '../../../shared/flow/flow-document';
import { AUTOSAVE_QUIET_AFTER_MS } from '../../../shared/ipc';
import type { CommandName, SocketServerMessage } from '../../../shared/ipc';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { startWebServer } from '../../../electron/web/web-server';
import type { WebServer } from '../../../electron/web/web-server';
import { connect, Inbox } from '../web/ipc-client';
import { call } from './call-backend';

let folder: string;
let backend: Backend | undefined;
let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await backend?.close();
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

const TOKEN = 'two-tabs-test-token';

/** A browser tab of browser mode: its own WebSocket to the backend, and its own window id. */
async function openTab(socketUrl: string, origin: string, owner: string) {
  const connection = await connect(socketUrl, origin);
  if (!('socket' in connection)) throw new Error(`refused with ${connection.refused}`);
  const { socket } = connection;
  const inbox = new Inbox(socket);
  let nextId = 1;
  const send = async (command: CommandName, payload?: unknown) => {
    const id = nextId++;
    socket.send(JSON.stringify({ type: 'request', id, command, payload }));
    const reply = (await inbox.reply(id)) as Extract<SocketServerMessage, { type: 'reply' }>;
    if (!reply.result.ok) throw new Error(`${command}: ${reply.result.error.message}`);
    return reply.result.value as Record<string, unknown>;
  };
  return {
    owner,
    send,
    /** What the tab would be offered back on start. */
    list: async () =>
      (await send('autosave.list', { owner })) as {
        entries: { key: string; name: string }[];
        recheckInMs: number | null;
      },
    /** A crash: the tab is gone without a word. */
    crash: () => socket.terminate(),
  };
}

describe('autosave with two browser tabs open on one backend', () => {
  it("does not offer a live tab's unsaved flow to the other, but does once it has crashed", async () => {
    const b = await start();
    server = await startWebServer({ port: 0, rootDir: folder, backend: b, token: TOKEN });
    const origin = new URL(server.url).origin;
    const socketUrl = `ws://127.0.0.1:${server.port}/ipc?token=${TOKEN}`;
    const first = await openTab(socketUrl, origin, 'tab-first');
    // A short silence, so the test need not wait seven seconds for the first tab to go quiet.
    await first.send('autosave.put', {
      key: 'first-slot',
      path: null,
      flow: flow('Being edited'),
      owner: first.owner,
      quietAfterMs: 1_000,
    });

    const second = await openTab(socketUrl, origin, 'tab-second');
    const atStart = await second.list();
    expect(atStart.entries).toEqual([]);
    // The first tab may have just crashed: the second is told to look again after its silence.
    expect(atStart.recheckInMs).toBeGreaterThan(0);
    expect(atStart.recheckInMs).toBeLessThanOrEqual(1_000 + AUTOSAVE_QUIET_AFTER_MS.visible);

    // The first tab stays open and keeps saying so: still not offered.
    for (let beat = 0; beat < 3; beat++) {
      await new Promise((wake) => setTimeout(wake, 500));
      await first.send('autosave.heartbeat', {
        key: 'first-slot',
        owner: first.owner,
        quietAfterMs: 1_000,
      });
    }
    expect((await second.list()).entries).toEqual([]);
    // A tab is never offered its own flow either.
    expect((await first.list()).entries).toEqual([]);

    // The first tab crashes; once it has been quiet for longer than it said, it is offered.
    first.crash();
    await new Promise((wake) => setTimeout(wake, 1_300));
    const later = await second.list();
    expect(later.entries.map((entry) => entry.name)).toEqual(['Being edited']);
    expect(later.recheckInMs).toBeNull();
  });
});
