import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutosaveStore } from '../../../electron/storage/autosave-store';

describe('autosave', () => {
  it('keeps the latest text of each unsaved flow, newest first, until it is discarded', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'legflow-autosave-')), 'autosave');
    const store = new AutosaveStore(folder);
    await store.put(
      { key: 'doc-1', path: null, name: 'Untitled', flowText: 'v1' },
      new Date('2026-01-01T10:00:00Z'),
    );
    await store.put(
      { key: 'doc-1', path: null, name: 'Untitled', flowText: 'v2' },
      new Date('2026-01-01T10:00:05Z'),
    );
    await store.put(
      { key: 'doc-2', path: 'ivr.legflow.json', name: 'IVR', flowText: 'x' },
      new Date('2026-01-01T10:01:00Z'),
    );
    expect((await store.list()).map((entry) => [entry.key, entry.flowText])).toEqual([
      ['doc-2', 'x'],
      ['doc-1', 'v2'],
    ]);
    await store.discard('doc-1');
    await store.discard('doc-1');
    expect((await store.list()).map((entry) => entry.key)).toEqual(['doc-2']);
  });

  it('skips an entry damaged by a crash instead of failing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'legflow-autosave-'));
    const store = new AutosaveStore(folder);
    await store.put({ key: 'good', path: null, name: 'Good', flowText: 'ok' });
    writeFileSync(join(folder, 'torn.autosave.json'), '{"key": "torn", "flowT');
    expect((await store.list()).map((entry) => entry.key)).toEqual(['good']);
  });

  it('refuses a key that could escape its folder', async () => {
    const store = new AutosaveStore(mkdtempSync(join(tmpdir(), 'legflow-autosave-')));
    await expect(
      store.put({ key: '../evil', path: null, name: '', flowText: '' }),
    ).rejects.toThrow();
    await expect(store.discard('../evil')).rejects.toThrow();
  });
});
