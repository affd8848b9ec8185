import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFlow, serializeFlow } from '../../../shared/flow';
import type { WireNotification, WireResult } from '../../../shared/ipc';
import { createTempBackend } from './temp-backend';
import type { TempBackend } from './temp-backend';

const IVR_TEXT = await readFile(
  new URL('../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
  'utf8',
);
const IVR = loadFlow(IVR_TEXT);

let temp: TempBackend;
beforeEach(async () => {
  temp = await createTempBackend();
});
afterEach(() => temp.dispose());

/** Dispatches and returns the value of a successful result, failing the test otherwise. */
async function value(command: string, payload?: unknown): Promise<Record<string, unknown>> {
  const result = await temp.backend.dispatch(command, payload);
  if (!result.ok) throw new Error(`${command} failed: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

function failure(result: WireResult) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('the backend', () => {
  it('says who it is', async () => {
    expect(await value('app.info')).toEqual({
      name: 'Legflow Studio',
      version: '9.9.9',
      platform: 'web',
      workspace: temp.workspace,
    });
  });

  it('refuses an unknown command and a request that does not match its schema', async () => {
    expect(failure(await temp.backend.dispatch('files.delete', {}))).toMatchObject({
      code: 'unknown-command',
    });
    const bad = failure(await temp.backend.dispatch('files.save', { path: 3, flow: {} }));
    expect(bad.code).toBe('bad-request');
    expect(bad.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^path: /), expect.stringMatching(/^flow\./)]),
    );
    expect(temp.bugs).toEqual([]);
  });

  it('saves, lists, reopens and remembers a flow, and tells every subscriber', async () => {
    const heard: WireNotification[] = [];
    temp.backend.subscribe((notification) => heard.push(notification));

    const saved = await value('files.save', {
      path: 'team/ivr.legflow.json',
      flow: IVR,
      baseModifiedMs: null,
    });
    expect(saved).toMatchObject({ status: 'saved', path: 'team/ivr.legflow.json' });
    expect(await readFile(join(temp.workspace, 'team/ivr.legflow.json'), 'utf8')).toBe(
      serializeFlow(IVR),
    );
    expect(heard).toEqual([
      {
        name: 'files.changed',
        payload: { path: 'team/ivr.legflow.json', modifiedMs: saved.modifiedMs },
      },
    ]);

    const listing = await value('files.list');
    expect(listing.folder).toBe(temp.workspace);
    expect(listing.files).toEqual([
      expect.objectContaining({ path: 'team/ivr.legflow.json', modifiedMs: saved.modifiedMs }),
    ]);
    expect(listing.templates).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'ivr-menu', name: 'IVR menu' })]),
    );

    expect(await value('files.open', { path: 'team/ivr.legflow.json' })).toMatchObject({
      status: 'opened',
      modifiedMs: saved.modifiedMs,
      flow: IVR,
    });
    expect(await value('files.recent')).toEqual({
      files: [expect.objectContaining({ path: 'team/ivr.legflow.json' })],
    });
  });

  it('reports a malformed file with its problems and leaves it unchanged', async () => {
    const text = '{ "format": "legflow.flow", "nodes": [ }';
    await writeFile(join(temp.workspace, 'broken.legflow.json'), text);
    expect(await value('files.open', { path: 'broken.legflow.json' })).toMatchObject({
      status: 'unreadable',
      problems: [expect.stringContaining('not valid JSON')],
    });
    expect(await readFile(join(temp.workspace, 'broken.legflow.json'), 'utf8')).toBe(text);
    expect(await value('files.recent')).toEqual({ files: [] });
  });

  it.each([
    ['../outside.legflow.json', 'invalid-path'],
    ['/etc/hosts.legflow.json', 'invalid-path'],
    ['link/inside.legflow.json', 'invalid-path'],
    ['notes.txt', 'invalid-path'],
    ['missing.legflow.json', 'not-found'],
  ])('refuses to open %s (%s)', async (path, code) => {
    await symlink('/tmp', join(temp.workspace, 'link'));
    expect(failure(await temp.backend.dispatch('files.open', { path }))).toMatchObject({ code });
  });

  it('refuses to save outside the workspace, writing nothing', async () => {
    const result = await temp.backend.dispatch('files.save', {
      path: '../escaped.legflow.json',
      flow: IVR,
      baseModifiedMs: null,
    });
    expect(failure(result)).toMatchObject({
      code: 'invalid-path',
      message: expect.stringContaining('".." may not be used'),
    });
    await expect(readFile(join(temp.workspace, '..', 'escaped.legflow.json'))).rejects.toThrow();
  });

  it('lists the templates and opens one', async () => {
    const { templates } = (await value('templates.list')) as { templates: { id: string }[] };
    expect(templates.map((template) => template.id)).toContain('ivr-menu');
    expect(await value('templates.open', { id: 'ivr-menu' })).toEqual({
      id: 'ivr-menu',
      flow: IVR,
    });
    expect(failure(await temp.backend.dispatch('templates.open', { id: 'nope' }))).toMatchObject({
      code: 'not-found',
    });
    expect(failure(await temp.backend.dispatch('templates.open', { id: '../x' }))).toMatchObject({
      code: 'bad-request',
    });
  });

  it('stops notifying after unsubscribe', async () => {
    const heard: unknown[] = [];
    const unsubscribe = temp.backend.subscribe((notification) => heard.push(notification));
    unsubscribe();
    await value('files.save', { path: 'a.legflow.json', flow: IVR, baseModifiedMs: null });
    expect(heard).toEqual([]);
  });
});
