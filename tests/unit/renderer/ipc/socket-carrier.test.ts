import { describe, expect, it } from 'vitest';
import { createSocketCarrier } from '../../../../renderer/ipc/socket-carrier';
import type { SocketLike } from '../../../../renderer/ipc/socket-carrier';

/** A WebSocket stand-in the test opens, answers and drops by hand. */
class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: { id: number; command: string; payload?: unknown }[] = [];
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  emit(type: string, event: unknown = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  open() {
    this.readyState = 1;
    this.emit('open');
  }
  drop() {
    this.readyState = 3;
    this.emit('close');
  }
  reply(id: number, result: unknown) {
    this.emit('message', { data: JSON.stringify({ type: 'reply', id, result }) });
  }
}

function setUp() {
  const sockets: FakeSocket[] = [];
  const carrier = createSocketCarrier('ws://127.0.0.1:1/ipc?token=t', {
    offlineMessage: 'Backend gone.',
    open: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
  });
  return { carrier, sockets };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the socket carrier', () => {
  it('connects on the first command and matches replies to requests by id', async () => {
    const { carrier, sockets } = setUp();
    const first = carrier.send('app.info', undefined);
    const second = carrier.send('files.open', { path: 'a.legflow.json' });
    expect(sockets).toHaveLength(1);
    sockets[0]!.open();
    await tick();
    const [a, b] = sockets[0]!.sent;
    expect(a).toEqual({ type: 'request', id: a!.id, command: 'app.info' });
    expect(b).toMatchObject({ command: 'files.open', payload: { path: 'a.legflow.json' } });
    sockets[0]!.reply(b!.id, { ok: true, value: 'second' });
    sockets[0]!.reply(a!.id, { ok: true, value: 'first' });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('fails waiting commands when the connection drops, and reconnects for the next', async () => {
    const { carrier, sockets } = setUp();
    const waiting = carrier.send('files.list', undefined);
    sockets[0]!.open();
    await tick();
    sockets[0]!.drop();
    expect(await waiting).toEqual({
      ok: false,
      error: { code: 'disconnected', message: 'Backend gone.' },
    });
    const next = carrier.send('files.list', undefined);
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    await tick();
    sockets[1]!.reply(sockets[1]!.sent[0]!.id, { ok: true, value: [] });
    expect(await next).toEqual({ ok: true, value: [] });
  });

  it('fails at once when the connection is refused', async () => {
    const { carrier, sockets } = setUp();
    const attempt = carrier.send('app.info', undefined);
    sockets[0]!.drop();
    expect(await attempt).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });

  it('passes notifications on and ignores what is not a server message', async () => {
    const { carrier, sockets } = setUp();
    const heard: unknown[] = [];
    carrier.onNotification((notification) => heard.push(notification));
    sockets[0]!.open();
    const notification = { name: 'files.changed', payload: { path: 'a.legflow.json' } };
    sockets[0]!.emit('message', { data: JSON.stringify({ type: 'notification', notification }) });
    sockets[0]!.emit('message', { data: 'not json' });
    sockets[0]!.emit('message', { data: JSON.stringify({ type: 'other' }) });
    expect(heard).toEqual([notification]);
  });

  it('passes on the notifications of one message one by one, in order', () => {
    const { carrier, sockets } = setUp();
    const heard: unknown[] = [];
    carrier.onNotification((notification) => heard.push(notification));
    sockets[0]!.open();
    const notifications = ['a', 'b', 'c'].map((path) => ({
      name: 'files.changed',
      payload: { path },
    }));
    sockets[0]!.emit('message', { data: JSON.stringify({ type: 'notifications', notifications }) });
    expect(heard).toEqual(notifications);
  });
});
