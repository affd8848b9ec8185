import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, DESKTOP_COMMAND_NAMES } from '../../../shared/ipc';
import type { WireNotification, WireResult } from '../../../shared/ipc';
import { desktopCommands } from '../../../electron/app/desktop-commands';
import { appSenderCheck, registerIpc } from '../../../electron/app/ipc';
import type { IpcMainLike, SenderEvent } from '../../../electron/app/ipc';
import { NOTIFICATION_CHANNEL, commandChannel } from '../../../electron/app/ipc-channels';
import { createLaunchQueue } from '../../../electron/app/launch-files';
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
  /** Each message as it went: one per turn of the backend. */
  const messages: WireNotification[][] = [];
  return {
    sent,
    messages,
    isDestroyed: () => false,
    send: (channel: string, notifications: WireNotification[]) => {
      expect(channel).toBe(NOTIFICATION_CHANNEL);
      messages.push(notifications);
      sent.push(...notifications);
    },
  };
}

/** What the system's dialogs answer next, and what they were asked. */
interface FakeDialogs {
  openAnswer: { canceled: boolean; filePaths: string[] };
  saveAnswer: { canceled: boolean; filePath?: string };
  asked: unknown[];
}

async function setUp() {
  const temp = await createTempBackend();
  const ipcMain = new FakeIpcMain();
  const own = fakeContents();
  const windows = [{ webContents: own }];
  const dialogs: FakeDialogs = {
    openAnswer: { canceled: true, filePaths: [] },
    saveAnswer: { canceled: true },
    asked: [],
  };
  const launchQueue = createLaunchQueue();
  const recent: string[] = [];
  const dispose = registerIpc({
    ipcMain,
    backend: temp.backend,
    desktop: desktopCommands({
      workspace: temp.workspace,
      allowFile: (path) => temp.backend.allowFile(path),
      launchQueue,
      showOpenDialog: async (_event, options) => (dialogs.asked.push(options), dialogs.openAnswer),
      showSaveDialog: async (_event, options) => (dialogs.asked.push(options), dialogs.saveAnswer),
      rememberRecent: (path) => void recent.push(path),
    }),
    isAppSender: appSenderCheck(() => windows, APP_URL),
    targets: () => [own],
  });
  const fromApp: SenderEvent = { sender: own as never, senderFrame: { url: `${APP_URL}#/` } };
  return { temp, ipcMain, own, dispose, fromApp, dialogs, launchQueue, recent };
}

/** A path as the UI is given it: with `/` separators, on Windows too. */
const uiPath = (path: string) => path.split(sep).join('/');

/** A flow file outside the workspace, as one in the user's Downloads folder. */
async function outsideFlowFile(base: string): Promise<string> {
  const folder = join(base, 'downloads');
  await mkdir(folder, { recursive: true });
  const path = join(folder, 'menu.legflow.json');
  await writeFile(path, await readFile('assets/examples/ivr-menu.legflow.json', 'utf8'));
  return path;
}

describe('the desktop IPC wrapper', () => {
  it("registers one handler per command, the backend's and the shell's, and removes them all", async () => {
    const { temp, ipcMain, dispose } = await setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [...COMMAND_NAMES, ...DESKTOP_COMMAND_NAMES].map(commandChannel).sort(),
    );
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
      const dialog = await ipcMain.invoke(commandChannel('desktop.chooseFileToOpen'), event);
      expect(dialog).toMatchObject({ ok: false, error: { code: 'forbidden' } });
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
    // Raised before the reply, so sent before it, in one message.
    expect(own.messages).toEqual([
      [{ name: 'files.changed', payload: expect.objectContaining({ path: 'a.legflow.json' }) }],
    ]);
    // What the backend raises on its own goes out just after the turn that raised it.
    await temp.backend.dispatch('files.save', {
      path: 'c.legflow.json',
      flow,
      baseModifiedMs: null,
    });
    expect(own.messages).toHaveLength(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(own.messages).toHaveLength(2);
    own.sent.splice(1);
    dispose();
    await temp.backend.dispatch('files.save', {
      path: 'b.legflow.json',
      flow,
      baseModifiedMs: null,
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(own.sent).toHaveLength(1);
    await temp.dispose();
  });

  it("refuses a shell command's payload that does not match its schema", async () => {
    const { temp, ipcMain, fromApp, dialogs } = await setUp();
    const result = await ipcMain.invoke(commandChannel('desktop.chooseFileToSave'), fromApp, {
      suggestedName: 42,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(dialogs.asked).toEqual([]);
    await temp.dispose();
  });

  it('opens a file chosen in the system dialog outside the workspace, and no other', async () => {
    const { temp, ipcMain, fromApp, dialogs, recent } = await setUp();
    const chosen = await outsideFlowFile(join(temp.workspace, '..'));
    const other = join(temp.workspace, '..', 'downloads', 'other.legflow.json');
    await writeFile(other, await readFile(chosen, 'utf8'));

    // Before the person chose it, the UI cannot reach it.
    const before = await ipcMain.invoke(commandChannel('files.open'), fromApp, { path: chosen });
    expect(before).toMatchObject({ ok: false, error: { code: 'invalid-path' } });

    dialogs.openAnswer = { canceled: false, filePaths: [chosen] };
    const choice = await ipcMain.invoke(commandChannel('desktop.chooseFileToOpen'), fromApp);
    expect(choice).toEqual({ ok: true, value: { path: uiPath(chosen) } });
    expect(dialogs.asked).toEqual([
      expect.objectContaining({ defaultPath: temp.workspace, properties: ['openFile'] }),
    ]);
    expect(recent).toEqual([chosen]);

    const opened = await ipcMain.invoke(commandChannel('files.open'), fromApp, { path: chosen });
    expect(opened).toMatchObject({ ok: true, value: { status: 'opened', path: uiPath(chosen) } });
    const stranger = await ipcMain.invoke(commandChannel('files.open'), fromApp, { path: other });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'invalid-path' } });
    await temp.dispose();
  });

  it('refuses a file that is not a flow even when the system dialog returns one', async () => {
    const { temp, ipcMain, fromApp, dialogs } = await setUp();
    dialogs.openAnswer = { canceled: false, filePaths: ['/home/someone/.ssh/id_rsa'] };
    const choice = await ipcMain.invoke(commandChannel('desktop.chooseFileToOpen'), fromApp);
    expect(choice).toMatchObject({ ok: false, error: { code: 'invalid-path' } });
    await temp.dispose();
  });

  it('saves where the system Save dialog says, adding the extension it left out', async () => {
    const { temp, ipcMain, fromApp, dialogs } = await setUp();
    const folder = join(temp.workspace, '..', 'elsewhere');
    await mkdir(folder);
    dialogs.saveAnswer = { canceled: false, filePath: join(folder, 'menu') };
    const choice = await ipcMain.invoke(commandChannel('desktop.chooseFileToSave'), fromApp, {
      suggestedName: 'ivr-menu.legflow.json',
    });
    const path = uiPath(join(folder, 'menu.legflow.json'));
    expect(choice).toEqual({ ok: true, value: { path, replaceConfirmed: false } });
    expect(dialogs.asked).toEqual([
      expect.objectContaining({ defaultPath: join(temp.workspace, 'ivr-menu.legflow.json') }),
    ]);
    const flow = JSON.parse(await readFile('assets/examples/ivr-menu.legflow.json', 'utf8'));
    const saved = await ipcMain.invoke(commandChannel('files.save'), fromApp, {
      path,
      flow,
      baseModifiedMs: null,
    });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path } });
    const written = await readFile(join(folder, 'menu.legflow.json'), 'utf8');
    expect(JSON.parse(written)).toMatchObject({ name: flow.name });

    dialogs.saveAnswer = { canceled: true };
    const cancelled = await ipcMain.invoke(commandChannel('desktop.chooseFileToSave'), fromApp, {
      suggestedName: 'x.legflow.json',
    });
    expect(cancelled).toEqual({ ok: true, value: { path: null, replaceConfirmed: false } });
    await temp.dispose();
  });

  it('hands the window the file the system asked to open, once', async () => {
    const { temp, ipcMain, fromApp, launchQueue } = await setUp();
    const file = await outsideFlowFile(join(temp.workspace, '..'));
    const inside = join(temp.workspace, 'team', 'ivr.legflow.json');
    launchQueue.offer([inside, file]);
    const take = () => ipcMain.invoke(commandChannel('desktop.takeFileToOpen'), fromApp);
    expect(await take()).toEqual({ ok: true, value: { path: uiPath(file) } });
    expect(await take()).toEqual({ ok: true, value: { path: null } });
    const opened = await ipcMain.invoke(commandChannel('files.open'), fromApp, {
      path: uiPath(file),
    });
    expect(opened).toMatchObject({ ok: true, value: { status: 'opened' } });

    // One inside the workspace is named by its workspace path, as the Open dialog names it.
    launchQueue.offer([inside]);
    expect(await take()).toEqual({ ok: true, value: { path: 'team/ivr.legflow.json' } });
    await temp.dispose();
  });
});
