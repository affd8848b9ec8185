import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IpcError } from '../../../shared/ipc';
import {
  confirmInsideWorkspace,
  locateInWorkspace,
} from '../../../electron/storage/workspace-paths';

const ROOT = '/home/ana/Legflow';

function refusal(path: string): IpcError {
  try {
    locateInWorkspace(ROOT, path);
  } catch (error) {
    return error as IpcError;
  }
  throw new Error(`${path} was accepted`);
}

describe('locateInWorkspace', () => {
  it.each([
    ['ivr.legflow.json', 'ivr.legflow.json'],
    ['support/ivr.legflow.json', 'support/ivr.legflow.json'],
    ['support\\ivr.legflow.json', 'support/ivr.legflow.json'],
    ['./ivr.legflow.json', 'ivr.legflow.json'],
    [`${ROOT}/a/b.legflow.json`, 'a/b.legflow.json'],
  ])('accepts %s as %s', (path, relative) => {
    const location = locateInWorkspace(ROOT, path);
    expect(location.relative).toBe(relative);
    expect(location.absolute).toBe(join(ROOT, relative));
  });

  it.each([
    '../ivr.legflow.json',
    'support/../../ivr.legflow.json',
    'support/../ivr.legflow.json',
    '..\\outside.legflow.json',
    '/etc/passwd.legflow.json',
    '/home/ana/Legflow-other/x.legflow.json',
    '/home/ana/x.legflow.json',
    `${ROOT}/../x.legflow.json`,
  ])('refuses %s, which leaves the workspace', (path) => {
    const error = refusal(path);
    expect(error).toBeInstanceOf(IpcError);
    expect(error.code).toBe('invalid-path');
    expect(error.message).toMatch(/outside the workspace|".." may not be used/);
  });

  it.each(['notes.txt', 'ivr.json', '.bashrc', 'ivr.legflow.json.bak'])(
    'refuses %s, which is not a flow file',
    (path) => {
      expect(refusal(path).message).toContain('only flow files');
    },
  );

  it('refuses a NUL character', () => {
    expect(refusal('a\0b.legflow.json').code).toBe('invalid-path');
  });
});

describe('confirmInsideWorkspace', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'legflow-paths-'));
    root = join(base, 'workspace');
    await mkdir(join(root, 'flows'), { recursive: true });
    await mkdir(join(base, 'elsewhere'));
    await symlink(join(base, 'elsewhere'), join(root, 'escape'));
    await symlink(join(root, 'flows'), join(root, 'alias'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('accepts files that exist or not yet, in folders that exist or not yet', async () => {
    await expect(confirmInsideWorkspace(root, join(root, 'a.legflow.json'))).resolves.toBe(
      undefined,
    );
    await expect(
      confirmInsideWorkspace(root, join(root, 'new', 'deep', 'a.legflow.json')),
    ).resolves.toBe(undefined);
    await expect(confirmInsideWorkspace(root, join(root, 'alias', 'a.legflow.json'))).resolves.toBe(
      undefined,
    );
  });

  it('refuses a path that leads out through a symbolic link', async () => {
    const attempt = confirmInsideWorkspace(root, join(root, 'escape', 'a.legflow.json'));
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-path' });
    await expect(attempt).rejects.toThrow('through a link');
  });
});
