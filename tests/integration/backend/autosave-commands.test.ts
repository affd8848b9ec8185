import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_FLOW_VERSION } from '../../../shared/flow/flow-document';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { call } from './call-backend';

let folder: string;
let backend: Backend | undefined;
afterEach(async () => {
  await backend?.close();
  await rm(folder, { recursive: true, force: true });
});

async function start(): Promise<Backend> {
  folder = await mkdtemp(join(tmpdir(), 'legflow-autosave-'));
  backend = await createBackend({
    platform: 'web',
    workspaceDir: join(folder, 'workspace'),
    dataDir: join(folder, 'data'),
  });
  return backend;
}

const flow = (name: string) => ({
  format: 'legflow.flow',
  version: CURRENT_FLOW_VERSION,
  name,
  legs: [],
  nodes: [],
  edges: [],
  notes: [],
  variables: {},
});

describe('autosave commands', () => {
  it('keeps an unsaved flow across a new backend (a crash) until it is discarded', async () => {
    const first = await start();
    const put = await first.dispatch('autosave.put', { key: 'w1', path: null, flow: flow('Menu') });
    expect(put.ok).toBe(true);
    await first.close();

    // A new process over the same data folder: what the app sees after a crash.
    backend = await createBackend({
      platform: 'web',
      workspaceDir: join(folder, 'workspace'),
      dataDir: join(folder, 'data'),
    });
    const listed = await call(backend, 'autosave.list', undefined);
    expect(listed.entries).toMatchObject([
      { key: 'w1', path: null, name: 'Menu', flow: { name: 'Menu' } },
    ]);
    await backend.dispatch('autosave.discard', { key: 'w1' });
    const after = await call(backend, 'autosave.list', undefined);
    expect(after.entries).toEqual([]);
  });

  it('skips an entry that is not a flow instead of failing the list', async () => {
    const b = await start();
    await b.dispatch('autosave.put', { key: 'good', path: 'a.legflow.json', flow: flow('A') });
    await writeFile(join(folder, 'data', 'autosave', 'bad.autosave.json'), '{"key":"bad"');
    const listed = await call(b, 'autosave.list', undefined);
    expect(listed.entries.map((entry) => entry.key)).toEqual(['good']);
  });

  it('refuses a key that could leave the autosave folder', async () => {
    const b = await start();
    const result = await b.dispatch('autosave.discard', { key: '../settings' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
