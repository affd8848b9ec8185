import { describe, expect, it } from 'vitest';
import { IpcError } from '../../../../shared/ipc';
import type { DesktopBridge, WireResult } from '../../../../shared/ipc';
import {
  connectDesktopShell,
  createDesktopShell,
} from '../../../../renderer/desktop/desktop-shell';

/** A preload bridge whose `desktop` functions answer with `answers[verb]`, recording requests. */
function fakeBridge(answers: Record<string, WireResult | (() => never)>) {
  const requests: [string, unknown][] = [];
  const desktop = Object.fromEntries(
    Object.entries(answers).map(([verb, answer]) => [
      verb,
      async (request: unknown) => {
        requests.push([verb, request]);
        return typeof answer === 'function' ? answer() : answer;
      },
    ]),
  );
  const bridge = {
    platform: 'electron',
    version: '1.0.0',
    onNotification: () => () => undefined,
    desktop,
  } as unknown as DesktopBridge;
  return { bridge, requests };
}

describe('the desktop shell client', () => {
  it('is there in the desktop app and not in a browser', () => {
    expect(connectDesktopShell({})).toBeNull();
    expect(connectDesktopShell({ legflow: fakeBridge({}).bridge })).not.toBeNull();
  });

  it('asks the system dialogs and passes their answers on', async () => {
    const { bridge, requests } = fakeBridge({
      chooseFileToOpen: { ok: true, value: { path: '/home/a/ivr.legflow.json' } },
      chooseFileToSave: { ok: true, value: { path: 'ivr.legflow.json', replaceConfirmed: true } },
      takeFileToOpen: { ok: true, value: { path: null } },
    });
    const shell = createDesktopShell(bridge);
    expect(await shell.chooseFileToOpen()).toBe('/home/a/ivr.legflow.json');
    expect(await shell.chooseFileToSave('ivr-menu.legflow.json')).toEqual({
      path: 'ivr.legflow.json',
      replaceConfirmed: true,
    });
    expect(await shell.takeFileToOpen()).toBeNull();
    expect(requests).toEqual([
      ['chooseFileToOpen', undefined],
      ['chooseFileToSave', { suggestedName: 'ivr-menu.legflow.json' }],
      ['takeFileToOpen', undefined],
    ]);
  });

  it('reads a cancelled Save dialog as no answer', async () => {
    const { bridge } = fakeBridge({
      chooseFileToSave: { ok: true, value: { path: null, replaceConfirmed: false } },
    });
    expect(await createDesktopShell(bridge).chooseFileToSave('x.legflow.json')).toBeNull();
  });

  it('turns a refusal, a wrong shape, a missing command and a dead main process into IpcErrors', async () => {
    const refused = fakeBridge({
      chooseFileToOpen: { ok: false, error: { code: 'invalid-path', message: 'not a flow' } },
    });
    await expect(createDesktopShell(refused.bridge).chooseFileToOpen()).rejects.toMatchObject({
      code: 'invalid-path',
      message: 'not a flow',
    });
    const odd = fakeBridge({ chooseFileToOpen: { ok: true, value: { path: 7 } } });
    await expect(createDesktopShell(odd.bridge).chooseFileToOpen()).rejects.toMatchObject({
      code: 'internal',
    });
    await expect(createDesktopShell(fakeBridge({}).bridge).takeFileToOpen()).rejects.toBeInstanceOf(
      IpcError,
    );
    const gone = fakeBridge({
      takeFileToOpen: () => {
        throw new Error('No handler registered');
      },
    });
    await expect(createDesktopShell(gone.bridge).takeFileToOpen()).rejects.toMatchObject({
      code: 'disconnected',
    });
  });
});
