import { describe, expect, it } from 'vitest';
import { IpcError } from '../../../../shared/ipc';
import type { CommandName } from '../../../../shared/ipc';
import { createBackendClient } from '../../../../renderer/ipc/backend-client';
import type { Carrier } from '../../../../renderer/ipc/carrier';

/** A carrier that answers from a table and lets the test push notifications. */
function fakeCarrier(answers: Partial<Record<CommandName, unknown>>) {
  const sent: { command: string; payload: unknown }[] = [];
  const listeners = new Set<(notification: unknown) => void>();
  const carrier: Carrier = {
    async send(command, payload) {
      sent.push({ command, payload });
      return answers[command];
    },
    onNotification(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const push = (notification: unknown) => listeners.forEach((listener) => listener(notification));
  return { carrier, sent, push };
}

const INFO = { name: 'Legflow Studio', version: '1.0.0', platform: 'web', workspace: '/w' };

describe('the backend client', () => {
  it('sends a command by its contract name and returns the parsed reply', async () => {
    const { carrier, sent } = fakeCarrier({
      'app.info': { ok: true, value: INFO },
      'files.open': {
        ok: true,
        value: { status: 'unreadable', path: 'a.legflow.json', problems: ['bad'], notAFlow: true },
      },
    });
    const client = createBackendClient(carrier);
    expect(await client.app.info()).toEqual(INFO);
    expect(await client.files.open({ path: 'a.legflow.json' })).toMatchObject({
      status: 'unreadable',
    });
    expect(sent).toEqual([
      { command: 'app.info', payload: undefined },
      { command: 'files.open', payload: { path: 'a.legflow.json' } },
    ]);
  });

  it('rejects with the IpcError the backend reported', async () => {
    const error = { code: 'invalid-path', message: 'Cannot use "../x".' };
    const client = createBackendClient(fakeCarrier({ 'files.open': { ok: false, error } }).carrier);
    const attempt = client.files.open({ path: '../x' });
    await expect(attempt).rejects.toBeInstanceOf(IpcError);
    await expect(attempt).rejects.toMatchObject(error);
  });

  it('rejects a reply that does not match the contract', async () => {
    const client = createBackendClient(
      fakeCarrier({
        'app.info': { ok: true, value: { ...INFO, platform: 'toaster' } },
        'files.list': 'not even an envelope',
      }).carrier,
    );
    await expect(client.app.info()).rejects.toMatchObject({ code: 'internal' });
    await expect(client.files.list()).rejects.toMatchObject({ code: 'internal' });
  });

  it('delivers parsed notifications of the named kind only, until unsubscribed', () => {
    const { carrier, push } = fakeCarrier({});
    const warnings: string[] = [];
    const client = createBackendClient(carrier, (message) => warnings.push(message));
    const heard: unknown[] = [];
    const stop = client.on('files.changed', (payload) => heard.push(payload));
    push({ name: 'files.changed', payload: { path: 'a.legflow.json', modifiedMs: 5 } });
    push({ name: 'run.update', payload: {} });
    push({ name: 'files.changed', payload: { path: 7 } });
    push('garbage');
    stop();
    push({ name: 'files.changed', payload: { path: 'b.legflow.json', modifiedMs: 6 } });
    expect(heard).toEqual([{ path: 'a.legflow.json', modifiedMs: 5 }]);
    expect(warnings).toEqual(['Ignored a malformed files.changed notification from the backend.']);
  });
});
