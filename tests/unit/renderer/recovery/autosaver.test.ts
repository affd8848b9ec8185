import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowDocument } from '../../../../shared/flow/flow-document';
import { createAutosaver } from '../../../../renderer/recovery/autosaver';
import type { AutosaveSnapshot } from '../../../../renderer/recovery/autosaver';
import { describeSavedAt } from '../../../../renderer/recovery/saved-at';

const flow = (name: string) => ({ name }) as unknown as FlowDocument;

function setup() {
  const calls: string[] = [];
  const autosaver = createAutosaver({
    newKey: () => 'k1',
    put: async (snapshot: AutosaveSnapshot) =>
      void calls.push(`put ${snapshot.key} ${snapshot.flow.name}`),
    discard: async (key) => void calls.push(`discard ${key}`),
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
    expect(calls).toEqual(['put old-slot r', 'discard old-slot']);
  });

  it('keeps a removal behind the write before it', async () => {
    const calls: string[] = [];
    let finishPut = () => undefined as void;
    const autosaver = createAutosaver({
      newKey: () => 'k',
      put: () => new Promise<void>((resolve) => (finishPut = () => (calls.push('put'), resolve()))),
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
