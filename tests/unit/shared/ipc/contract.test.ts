import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  COMMAND_NAMES,
  IpcError,
  NOTIFICATIONS,
  groupByNamespace,
  isCommandName,
  saveRequestSchema,
  socketRequestSchema,
} from '../../../../shared/ipc';

describe('the IPC contract', () => {
  it('names every command and notification namespace.verb', () => {
    for (const name of [...COMMAND_NAMES, ...Object.keys(NOTIFICATIONS)]) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });

  it('groups the commands by namespace, one function each', () => {
    const api = groupByNamespace((name) => name);
    // Other areas add namespaces of their own; these are the ones this test knows about.
    expect(Object.keys(api)).toEqual(
      expect.arrayContaining(['app', 'files', 'templates', 'settings', 'autosave']),
    );
    expect(api.files).toEqual({
      list: 'files.list',
      open: 'files.open',
      save: 'files.save',
      recent: 'files.recent',
    });
    expect(Object.values(api).flatMap((verbs) => Object.values(verbs))).toHaveLength(
      Object.keys(COMMANDS).length,
    );
  });

  it('knows its own command names and nothing inherited', () => {
    expect(isCommandName('files.open')).toBe(true);
    expect(isCommandName('toString')).toBe(false);
    expect(isCommandName('__proto__')).toBe(false);
  });

  it('defaults force to false and requires an explicit base time on save', () => {
    const flow = {
      format: 'legflow.flow',
      version: 2,
      name: 'x',
      legs: [],
      nodes: [],
      edges: [],
      notes: [],
      variables: {},
    };
    expect(saveRequestSchema.parse({ path: 'a.legflow.json', flow, baseModifiedMs: null })).toEqual(
      { path: 'a.legflow.json', flow, baseModifiedMs: null, force: false },
    );
    expect(saveRequestSchema.safeParse({ path: 'a.legflow.json', flow }).success).toBe(false);
  });

  it('refuses a socket request with unknown keys or a bad id', () => {
    const request = { type: 'request', id: 1, command: 'app.info' };
    expect(socketRequestSchema.safeParse(request).success).toBe(true);
    expect(socketRequestSchema.safeParse({ ...request, extra: 1 }).success).toBe(false);
    expect(socketRequestSchema.safeParse({ ...request, id: -1 }).success).toBe(false);
    expect(socketRequestSchema.safeParse({ ...request, id: '1' }).success).toBe(false);
  });

  it('carries an IpcError across a boundary and back', () => {
    const error = new IpcError('bad-request', 'Nope.', ['path: expected string']);
    const back = IpcError.fromFailure(JSON.parse(JSON.stringify(error.toFailure())));
    expect(back).toBeInstanceOf(IpcError);
    expect(back).toMatchObject({ code: 'bad-request', message: 'Nope.', problems: error.problems });
  });
});
