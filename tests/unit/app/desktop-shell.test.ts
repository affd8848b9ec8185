import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../../electron/app/app-menu';
import { saveDialogOptions, savePathFromDialog } from '../../../electron/app/file-dialogs';
import {
  createLaunchQueue,
  flowFilesInArgs,
  isFlowFilePath,
} from '../../../electron/app/launch-files';
import { placeWindow, readWindowState, writeWindowState } from '../../../electron/app/window-state';

let folder: string | undefined;
afterEach(async () => folder && rm(folder, { recursive: true, force: true }));

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true };

  it('is written and read back, and a damaged file means the default', async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-window-'));
    const path = join(folder, 'window-state.json');
    expect(await readWindowState(path)).toBeNull();
    await writeWindowState(path, saved);
    expect(await readWindowState(path)).toEqual(saved);
    await writeFile(path, '{"x": "left"}');
    expect(await readWindowState(path)).toBeNull();
  });

  it('reopens where it was, but never off every display', () => {
    expect(placeWindow(saved, [display])).toEqual(saved);
    const offScreen = { ...saved, x: 5000 };
    expect(placeWindow(offScreen, [display])).toEqual({
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(placeWindow(null, [display])).toEqual({ width: 1280, height: 800, maximized: false });
  });
});

describe('launch files', () => {
  it('takes flow files from a command line and skips flags', () => {
    expect(
      flowFilesInArgs(
        ['/opt/legflow', '--no-sandbox', '/home/a/ivr.legflow.json', 'notes.txt'],
        '/home/a',
      ),
    ).toEqual(['/home/a/ivr.legflow.json']);
  });

  it('finds a relative path in the folder the command was typed in', () => {
    expect(flowFilesInArgs(['/opt/legflow', 'flows/Menu.LEGFLOW.JSON'], '/home/b')).toEqual([
      '/home/b/flows/Menu.LEGFLOW.JSON',
    ]);
    // In development Electron runs the main script, which is no flow.
    expect(flowFilesInArgs(['electron', 'dist/electron/main.cjs'], '/src')).toEqual([]);
  });

  it('opens only flow files a Mac hands over', () => {
    expect(isFlowFilePath('/Users/c/ivr.legflow.json')).toBe(true);
    expect(isFlowFilePath('/Users/c/picture.png')).toBe(false);
    expect(isFlowFilePath('/Users/c/settings.json')).toBe(false);
  });

  it('keeps the latest file asked for until the window takes it, once', () => {
    const queue = createLaunchQueue();
    expect(queue.take()).toBeNull();
    expect(queue.offer([])).toBe(false);
    expect(queue.offer(['/a.legflow.json', '/b.legflow.json'])).toBe(true);
    expect(queue.offer(['/c.legflow.json'])).toBe(true);
    expect(queue.take()).toBe('/c.legflow.json');
    expect(queue.take()).toBeNull();
  });
});

describe('file dialogs', () => {
  it('start the Save dialog at the suggested name, in the workspace unless it is elsewhere', () => {
    expect(saveDialogOptions('/home/a/Legflow', 'team/ivr.legflow.json')).toMatchObject({
      defaultPath: '/home/a/Legflow/team/ivr.legflow.json',
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
      filters: [{ name: 'Legflow flows', extensions: ['legflow.json'] }],
    });
    expect(saveDialogOptions('/home/a/Legflow', '/mnt/share/ivr.legflow.json').defaultPath).toBe(
      '/mnt/share/ivr.legflow.json',
    );
  });

  it('add the extension a dialog left out, and then do not count its "replace?" as asked', () => {
    expect(savePathFromDialog('/f/ivr.legflow.json')).toEqual({
      path: '/f/ivr.legflow.json',
      replaceConfirmed: true,
    });
    expect(savePathFromDialog('/f/ivr')).toEqual({
      path: '/f/ivr.legflow.json',
      replaceConfirmed: false,
    });
    expect(savePathFromDialog('/f/ivr.json')).toEqual({
      path: '/f/ivr.legflow.json',
      replaceConfirmed: false,
    });
  });
});

describe('app menu', () => {
  const labels = (items: MenuItemConstructorOptions[]) =>
    items.map((item) => item.label ?? item.role);
  const find = (items: MenuItemConstructorOptions[], label: string) =>
    (items.find((item) => item.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];

  it('has File, Edit, View, Run and Help, and an app menu on a Mac', () => {
    const sent: string[] = [];
    const context = { mac: false, send: (a: string) => sent.push(a), openHelp: () => undefined };
    expect(labels(appMenuTemplate(context))).toEqual(['File', 'Edit', 'View', 'Run', 'help']);
    expect(labels(appMenuTemplate({ ...context, mac: true }))[0]).toBe('appMenu');
  });

  it('sends the window the action of the button it stands for, with its shortcut shown', () => {
    const sent: string[] = [];
    const menu = appMenuTemplate({ mac: false, send: (a) => sent.push(a), openHelp: () => {} });
    const save = find(menu, 'File').find((item) => item.label === 'Save');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    (save?.click as () => void)();
    expect(sent).toEqual(['file.save']);
  });
});
