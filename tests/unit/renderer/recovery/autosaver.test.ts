import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowDocument } from '../../../../shared/flow/flow-document';
import { createAutosaver } from '../../../../renderer/recovery/autosaver';
import type { AutosaveSnapshot } from '../../../../renderer/recovery/autosaver';
import { describeSavedAt } from '../../../../renderer/recovery/saved-at';

const flow = (name: string) => ({ name }) as unknown as FlowDocument;

function setup(options: { hidden?: () => boolean } = {}) {
  const calls: string[] = [];
  const autosaver = createAutosaver({
    newKey: () => 'k1',
    put: async (snapshot: AutosaveSnapshot) =>
      void calls.push(`put ${snapshot.key} ${snapshot.flow.name}`),
    heartbeat: async ({ key, owner, quietAfterMs }) =>
      void calls.push(`beat ${key} ${owner} ${quietAfterMs}`),
    discard: async (key) => void calls.push(`discard ${key}`),
    quietAfterMs: () => (options.hidden?.() ? 180_000 : 7_000),
  });
  return { calls, autosaver };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosaver', () => {
  it('writes once edits pause for a second, with the latest flow', async () => {
    const { calls, autosaver } = setup();
    autosaver.update({ dirty: true, path: null, flow: flow('a') });
    await vi.advanceTimersByTimeAsync(600);
    autosaver.update({ dirty: true, path: null, flow: flow('b') });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual(['put k1 b']);
  });

  it('writes at least every three seconds while edits keep coming, and the last after a pause', async () => {
    const { calls, autosaver } = setup();
    const puts = () => calls.filter((call) => call.startsWith('put'));
    // A keystroke every 400 ms for 10 s: the pause never comes.
    for (let edit = 0; edit < 25; edit += 1) {
      autosaver.update({ dirty: true, path: null, flow: flow(`e${edit}`) });
      await vi.advanceTimersByTimeAsync(400);
      if (edit === 7) expect(puts()).toEqual(['put k1 e7']); // 3.2 s: written by the 3 s mark
    }
    expect(puts().length).toBeGreaterThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(puts().at(-1)).toBe('put k1 e24');
    expect(puts()).toEqual(['put k1 e7', 'put k1 e15', 'put k1 e23', 'put k1 e24']);
    autosaver.dispose();
  });

  it('forgets the autosave once the flow is saved, and not before anything was written', async () => {
    const { calls, autosaver } = setup();
    autosaver.update({ dirty: false, path: 'a.legflow.json', flow: flow('a') });
    autosaver.update({ dirty: true, path: null, flow: flow('a') });
    autosaver.update({ dirty: false, path: 'a.legflow.json', flow: flow('a') });
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual([]);

    autosaver.update({ dirty: true, path: null, flow: flow('a') });
    await vi.advanceTimersByTimeAsync(1000);
    autosaver.update({ dirty: false, path: 'a.legflow.json', flow: flow('a') });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['put k1 a', 'discard k1']);
  });

  it('writes a restored flow into the slot it came from', async () => {
    const { calls, autosaver } = setup();
    autosaver.adopt('old-slot');
    autosaver.update({ dirty: true, path: null, flow: flow('r') });
    await vi.advanceTimersByTimeAsync(1000);
    autosaver.update({ dirty: false, path: 'r.legflow.json', flow: flow('r') });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['beat old-slot k1 7000', 'put old-slot r', 'discard old-slot']);
  });

  it('says the window is still open every two seconds while it holds an autosave', async () => {
    const { calls, autosaver } = setup();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual([]);
    autosaver.update({ dirty: true, path: null, flow: flow('a') });
    await vi.advanceTimersByTimeAsync(1000 + 4000);
    expect(calls).toEqual(['put k1 a', 'beat k1 k1 7000', 'beat k1 k1 7000']);

    // Saved: the autosave goes, and so do the heartbeats.
    autosaver.update({ dirty: false, path: 'a.legflow.json', flow: flow('a') });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls.slice(3)).toEqual(['discard k1']);
  });

  it('asks for a long silence while the window is hidden, and a short one once it is back', async () => {
    let hidden = false;
    const { calls, autosaver } = setup({ hidden: () => hidden });
    autosaver.update({ dirty: true, path: null, flow: flow('a') });
    await vi.advanceTimersByTimeAsync(1000);
    hidden = true;
    await vi.advanceTimersByTimeAsync(2000);
    hidden = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(['put k1 a', 'beat k1 k1 180000', 'beat k1 k1 7000']);
    autosaver.dispose();
  });

  it('claims a restored slot at once, so no other window offers it back', async () => {
    const { calls, autosaver } = setup();
    autosaver.adopt('old-slot');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['beat old-slot k1 7000']);
    autosaver.dispose();
  });

  it('keeps a removal behind the write before it', async () => {
    const calls: string[] = [];
    let finishPut = () => undefined as void;
    const autosaver = createAutosaver({
      newKey: () => 'k',
      put: () => new Promise<void>((resolve) => (finishPut = () => (calls.push('put'), resolve()))),
      heartbeat: async () => undefined,
      discard: async () => void calls.push('discard'),
    });
    autosaver.update({ dirty: true, path: null, flow: flow('a') });
    await vi.advanceTimersByTimeAsync(1000);
    autosaver.update({ dirty: false, path: null, flow: flow('a') });
    await vi.advanceTimersByTimeAsync(0);
    finishPut();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['put', 'discard']);
  });
});

describe('describeSavedAt', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  it('says how long ago, as a person would', () => {
    expect(describeSavedAt('2026-01-01T11:59:30Z', now)).toBe('just now');
    expect(describeSavedAt('2026-01-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(describeSavedAt('2026-01-01T10:00:00Z', now)).toBe('2 hours ago');
  });
});
