import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, IpcError } from '../../../shared/ipc';
import type { CommandHandlers } from '../../../electron/backend/command-handlers';
import { dispatchCommand } from '../../../electron/backend/dispatch';

/** Handlers where only `app.info` is real; each test swaps in what it needs. */
function handlers(info: CommandHandlers['app.info']): CommandHandlers {
  const unused = async () => {
    throw new Error('not used');
  };
  // Built from the contract, so a command added elsewhere does not break this file.
  const all = Object.fromEntries(COMMAND_NAMES.map((name) => [name, unused]));
  return { ...all, 'app.info': info } as CommandHandlers;
}

const INFO = { name: 'Legflow Studio', version: '1', platform: 'web', workspace: '/w' } as const;

describe('dispatchCommand', () => {
  it('passes an IpcError through as it is, without calling it a bug', async () => {
    const bugs: unknown[] = [];
    const result = await dispatchCommand(
      handlers(async () => {
        throw new IpcError('not-found', 'There is no such thing.');
      }),
      'app.info',
      undefined,
      (_command, error) => bugs.push(error),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no such thing.' },
    });
    expect(bugs).toEqual([]);
  });

  it('explains a file system error in plain words', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open /x'), {
      code: 'EACCES',
    });
    const result = await dispatchCommand(
      handlers(async () => {
        throw denied;
      }),
      'app.info',
      undefined,
      () => undefined,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: 'The file could not be read or written: permission denied.' },
    });
  });

  it('reports an unexpected error and a malformed reply as bugs', async () => {
    const bugs: string[] = [];
    const report = (command: string) => bugs.push(command);
    const thrown = await dispatchCommand(
      handlers(async () => {
        throw new TypeError('x is undefined');
      }),
      'app.info',
      undefined,
      report,
    );
    expect(thrown).toMatchObject({ ok: false, error: { code: 'internal' } });
    const malformed = await dispatchCommand(
      handlers(async () => ({ ...INFO, platform: 'toaster' }) as never),
      'app.info',
      undefined,
      report,
    );
    expect(malformed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(bugs).toEqual(['app.info', 'app.info']);
  });

  it('returns the parsed reply', async () => {
    const result = await dispatchCommand(
      handlers(async () => INFO),
      'app.info',
      undefined,
      () => undefined,
    );
    expect(result).toEqual({ ok: true, value: INFO });
  });

  it('refuses a payload where a command takes none', async () => {
    const result = await dispatchCommand(
      handlers(async () => INFO),
      'app.info',
      { sneaky: true },
      () => undefined,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
