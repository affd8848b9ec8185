import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/ipc';
import type { WireNotification, WireResult } from '../../../shared/ipc';
import { appSenderCheck, registerIpc } from '../../../electron/app/ipc';
import type { IpcMainLike, SenderEvent } from '../../../electron/app/ipc';
import { NOTIFICATION_CHANNEL, commandChannel } from '../../../electron/app/ipc-channels';
import { createTempBackend } from '../backend/temp-backend';

const APP_URL = 'file:///opt/legflow/resources/renderer/index.html';

/** Stands in for Electron's ipcMain: keeps the handlers and lets a test invoke them. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: SenderEvent, payload: unknown) => Promise<unknown>>();
  handle(channel: string, listener: (event: SenderEvent, payload: unknown) => Promise<unknown>) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: SenderEvent, payload?: unknown): Promise<WireResult> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, payload) as Promise<WireResult>;
  }
}

/** A window's web contents, as far as the wrapper can tell. */
function fakeContents() {
  const sent: WireNotification[] = [];
  return {
    sent,
    isDestroyed: () => false,
    send: (channel: string, notification: WireNotification) => {
      expect(channel).toBe(NOTIFICATION_CHANNEL);
      sent.push(notification);
    },
  };
}

async function setUp() {
  const temp = await createTempBackend();
  const ipcMain = new FakeIpcMain();
  const own = fakeContents();
  const windows = [{ webContents: own }];
  const dispose = registerIpc({
    ipcMain,
    backend: temp.backend,
    isAppSender: appSenderCheck(() => windows, APP_URL),
    targets: () => [own],
  });
  const fromApp: SenderEvent = { sender: own as never, senderFrame: { url: `${APP_URL}#/` } };
  return { temp, ipcMain, own, dispose, fromApp };
}

describe('the desktop IPC wrapper', () => {
  it('registers one handler per command and removes them all', async () => {
    const { temp, ipcMain, dispose } = await setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(COMMAND_NAMES.map(commandChannel).sort());
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    await temp.dispose();
  });

  it("answers the app's own window", async () => {
    const { temp, ipcMain, fromApp } = await setUp();
    const result = await ipcMain.invoke(commandChannel('app.info'), fromApp);
    expect(result).toMatchObject({ ok: true, value: { platform: 'web', version: '9.9.9' } });
    await temp.dispose();
  });

  it('refuses a sender that is not one of its windows, or a page it navigated to', async () => {
    const { temp, ipcMain, fromApp } = await setUp();
    const strangers: SenderEvent[] = [
      { sender: fakeContents() as never, senderFrame: { url: APP_URL } },
      { ...fromApp, senderFrame: { url: 'https://evil.example/' } },
      { ...fromApp, senderFrame: { url: 'file:///tmp/other/index.html' } },
      { ...fromApp, senderFrame: null },
    ];
    for (const event of strangers) {
      const result = await ipcMain.invoke(commandChannel('files.list'), event);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await temp.dispose();
  });

  it('refuses a payload that does not match the schema, and writes nothing', async () => {
    const { temp, ipcMain, fromApp } = await setUp();
    const result = await ipcMain.invoke(commandChannel('files.save'), fromApp, {
      path: 'a.legflow.json',
      flow: { nodes: 'all of them' },
      baseModifiedMs: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const listing = await ipcMain.invoke(commandChannel('files.list'), fromApp);
    expect(listing).toMatchObject({ ok: true, value: { files: [] } });
    await temp.dispose();
  });

  it("forwards notifications to the app's windows until disposed", async () => {
    const { temp, ipcMain, own, fromApp, dispose } = await setUp();
    const flow = JSON.parse(await readFile('assets/examples/ivr-menu.legflow.json', 'utf8'));
    await ipcMain.invoke(commandChannel('files.save'), fromApp, {
      path: 'a.legflow.json',
      flow,
      baseModifiedMs: null,
    });
    expect(own.sent).toEqual([
      { name: 'files.changed', payload: expect.objectContaining({ path: 'a.legflow.json' }) },
    ]);
    dispose();
    await temp.backend.dispatch('files.save', {
      path: 'b.legflow.json',
      flow,
      baseModifiedMs: null,
    });
    expect(own.sent).toHaveLength(1);
    await temp.dispose();
  });
});
