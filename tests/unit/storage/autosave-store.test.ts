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

  it('records who holds an entry and when they were last heard from, and never revives one', async () => {
    const store = new AutosaveStore(mkdtempSync(join(tmpdir(), 'legflow-autosave-')));
    const tab = { window: 'tab-a', pid: 4242, backend: 'b1', quietAfterMs: 7000 };
    await store.put(
      { key: 'doc', path: null, name: 'Menu', flowText: 'v1', owner: tab },
      new Date('2026-01-01T10:00:00Z'),
    );
    expect((await store.list())[0]?.owner).toEqual({ ...tab, seenAt: '2026-01-01T10:00:00.000Z' });

    // A heartbeat moves the time on, and a restoring window takes the entry over.
    const other = { ...tab, window: 'tab-b' };
    expect(await store.touch('doc', other, new Date('2026-01-01T10:00:02Z'))).toBe(true);
    const [entry] = await store.list();
    expect(entry).toMatchObject({ flowText: 'v1', savedAt: '2026-01-01T10:00:00.000Z' });
    expect(entry?.owner).toEqual({ ...other, seenAt: '2026-01-01T10:00:02.000Z' });

    await store.discard('doc');
    expect(await store.touch('doc', tab)).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('never brings back an entry discarded while a heartbeat was writing it', async () => {
    const store = new AutosaveStore(mkdtempSync(join(tmpdir(), 'legflow-autosave-')));
    const tab = { window: 'tab-a', pid: 4242, backend: 'b1', quietAfterMs: 7000 };
    // A heartbeat reads the entry and writes it back; a discard asked for meanwhile must win.
    // Asked together, without waiting, as a window's timer and its Save may well do.
    for (let round = 0; round < 20; round++) {
      await store.put({ key: 'doc', path: null, name: 'Menu', flowText: 'v1', owner: tab });
      const [touched] = await Promise.all([store.touch('doc', tab), store.discard('doc')]);
      expect(touched).toBe(true);
      expect(await store.list()).toEqual([]);
    }
  });

  it('keeps the order changes to one entry were asked in, even after one failed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'legflow-autosave-'));
    const store = new AutosaveStore(folder);
    const entry = { key: 'doc', path: null, name: 'Menu', flowText: 'v1' };
    // A flow text that is not a string fails its write; the changes after it still run.
    const broken = store.put({ ...entry, flowText: 7 as unknown as string });
    const later = store.put({ ...entry, flowText: 'v2' });
    const gone = store.discard('doc');
    const last = store.put({ ...entry, flowText: 'v3' });
    await expect(broken).rejects.toThrow();
    await Promise.all([later, gone, last]);
    expect((await store.list()).map((saved) => saved.flowText)).toEqual(['v3']);
  });
});
