import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { startWebServer } from '../../../electron/web/web-server';
import type { WebServer } from '../../../electron/web/web-server';
import { closed, connect, Inbox } from './ipc-client';

const TOKEN = 'integration-test-token';
const IVR = JSON.parse(await readFile('assets/examples/ivr-menu.legflow.json', 'utf8'));

let base: string;
let workspace: string;
let server: WebServer;
let origin: string;
let socketUrl: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-web-ipc-'));
  workspace = join(base, 'workspace');
  await writeFile(join(base, 'index.html'), '<!doctype html><title>Legflow Studio</title>');
  const backend = await createBackend({
    platform: 'web',
    workspaceDir: workspace,
    dataDir: join(base, 'data'),
  });
  server = await startWebServer({ port: 0, rootDir: base, backend, token: TOKEN });
  origin = new URL(server.url).origin;
  socketUrl = `ws://127.0.0.1:${server.port}/ipc?token=${TOKEN}`;
});

afterAll(async () => {
  await server.close();
  await rm(base, { recursive: true, force: true });
});

async function open() {
  const connection = await connect(socketUrl, origin);
  if (!('socket' in connection)) throw new Error(`refused with ${connection.refused}`);
  return { socket: connection.socket, inbox: new Inbox(connection.socket) };
}

describe('the browser-mode IPC socket', () => {
  it('prints an address with the token for the user to open', () => {
    expect(server.openUrl).toBe(`${server.url}?token=${TOKEN}`);
  });

  it.each([
    ['another web page', 'https://evil.example'],
    ['a page on another local port', 'http://127.0.0.1:1'],
    ['the same server named localhost', () => `http://localhost:${server.port}`],
    ['a client that sends no Origin', undefined],
  ])('refuses %s', async (_what, from) => {
    const result = await connect(socketUrl, typeof from === 'function' ? from() : from);
    expect(result).toEqual({ refused: 403 });
  });

  it.each([
    ['without a token', () => `ws://127.0.0.1:${server.port}/ipc`],
    ['with a wrong token', () => `ws://127.0.0.1:${server.port}/ipc?token=guess`],
    ['on another path', () => `ws://127.0.0.1:${server.port}/other?token=${TOKEN}`],
  ])('refuses a connection %s', async (_what, url) => {
    const result = await connect(url(), origin);
    expect('refused' in result && result.refused).toBeGreaterThanOrEqual(403);
  });

  it('answers requests by id and pushes notifications to every open page', async () => {
    const one = await open();
    const other = await open();
    one.socket.send(JSON.stringify({ type: 'request', id: 7, command: 'app.info' }));
    expect(await one.inbox.reply(7)).toEqual({
      type: 'reply',
      id: 7,
      result: { ok: true, value: expect.objectContaining({ platform: 'web', workspace }) },
    });

    const save = { path: 'ivr.legflow.json', flow: IVR, baseModifiedMs: null };
    one.socket.send(
      JSON.stringify({ type: 'request', id: 8, command: 'files.save', payload: save }),
    );
    expect(await one.inbox.reply(8)).toMatchObject({
      result: { ok: true, value: { status: 'saved' } },
    });
    const heard = await other.inbox.next((message) => message.type === 'notification');
    expect(heard).toEqual({
      type: 'notification',
      notification: {
        name: 'files.changed',
        payload: expect.objectContaining({ path: 'ivr.legflow.json' }),
      },
    });
    one.socket.close();
    other.socket.close();
  });

  it('sends what one turn of the backend raised as one message, in order', async () => {
    const { socket, inbox } = await open();
    const request = (id: number, command: string, payload?: unknown) =>
      socket.send(JSON.stringify({ type: 'request', id, command, payload }));
    request(20, 'run.start', { flow: IVR });
    const started = await inbox.reply(20);
    const runId = (started as { result: { value: { runId: string } } }).result.value.runId;
    request(21, 'phone.callIn', { from: '09876500009', exophone: '08030752400' });
    // The call's first event moves the run on: the event, the node left and the node entered
    // travel together, so the page can show the move in one go.
    const batch = await inbox.next(
      (message) =>
        message.type === 'notifications' &&
        message.notifications.some(
          (notification) =>
            (notification.payload as { update: { type: string } }).update.type === 'node-left',
        ),
    );
    const types =
      batch.type === 'notifications'
        ? batch.notifications.map(
            (notification) => (notification.payload as { update: { type: string } }).update.type,
          )
        : [];
    expect(types.indexOf('node-left')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('node-entered')).toBeGreaterThan(types.indexOf('node-left'));
    request(22, 'run.stop', { runId });
    expect(await inbox.reply(22)).toMatchObject({ result: { ok: true } });
    socket.close();
  });

  it('answers a request with a bad payload with bad-request and stays open', async () => {
    const { socket, inbox } = await open();
    const payload = { path: '../../etc/passwd.legflow.json' };
    socket.send(JSON.stringify({ type: 'request', id: 1, command: 'files.open', payload }));
    expect(await inbox.reply(1)).toMatchObject({
      result: { ok: false, error: { code: 'invalid-path' } },
    });
    socket.send(JSON.stringify({ type: 'request', id: 2, command: 'files.save', payload: {} }));
    expect(await inbox.reply(2)).toMatchObject({
      result: { ok: false, error: { code: 'bad-request' } },
    });
    socket.send(JSON.stringify({ type: 'request', id: 3, command: 'shell.exec', payload: {} }));
    expect(await inbox.reply(3)).toMatchObject({
      result: { ok: false, error: { code: 'unknown-command' } },
    });
    socket.close();
  });

  it.each([
    ['text that is not JSON', 'hello'],
    ['JSON that is not a request', JSON.stringify({ hello: 'world' })],
    ['a request without an id', JSON.stringify({ type: 'request', command: 'app.info' })],
    [
      'a request with extra keys',
      JSON.stringify({ type: 'request', id: 1, command: 'app.info', x: 1 }),
    ],
  ])('closes the connection on %s', async (_what, message) => {
    const { socket } = await open();
    const closing = closed(socket);
    socket.send(message);
    expect(await closing).toEqual({ code: 1008, reason: 'Malformed message' });
  });

  it('closes the connection on a binary message', async () => {
    const { socket } = await open();
    const closing = closed(socket);
    socket.send(Buffer.from([1, 2, 3]));
    expect((await closing).code).toBe(1003);
  });

  it('still serves the static files', async () => {
    const response = await fetch(server.url);
    expect(await response.text()).toContain('Legflow Studio');
  });
});

describe('a server without a backend', () => {
  it('has no socket and no token in its address', async () => {
    const plain = await startWebServer({ port: 0, rootDir: base });
    expect(plain.openUrl).toBe(plain.url);
    const attempt = await connect(
      `ws://127.0.0.1:${plain.port}/ipc?token=${TOKEN}`,
      new URL(plain.url).origin,
    );
    expect(attempt).toEqual({ refused: 404 });
    await plain.close();
  });

  it('drops open sockets when it closes', async () => {
    const backend = await createBackend({
      platform: 'web',
      workspaceDir: join(base, 'other'),
      dataDir: join(base, 'data'),
    });
    const other = await startWebServer({ port: 0, rootDir: base, backend, token: TOKEN });
    const connection = await connect(
      `ws://127.0.0.1:${other.port}/ipc?token=${TOKEN}`,
      new URL(other.url).origin,
    );
    if (!('socket' in connection)) throw new Error('refused');
    const closing = closed(connection.socket);
    await other.close();
    expect((await closing).code).toBe(1006);
  });
});
