import { describe, expect, it } from 'vitest';
import { AUTOSAVE_QUIET_AFTER_MS } from '../../../shared/ipc';
import {
  autosaveStatus,
  processIsRunning,
  recheckDelay,
} from '../../../electron/storage/autosave-liveness';
import type { LivenessContext } from '../../../electron/storage/autosave-liveness';
import type { AutosaveEntry, AutosaveOwner } from '../../../electron/storage/autosave-store';

const NOW = Date.parse('2026-01-01T10:00:10Z');
const self = { pid: 100, backend: 'this-backend' };

function entry(owner?: Partial<AutosaveOwner>): AutosaveEntry {
  return {
    key: 'doc',
    path: null,
    name: 'Menu',
    flowText: '{}',
    savedAt: '2026-01-01T10:00:00.000Z',
    ...(owner && {
      owner: {
        window: 'tab-a',
        ...self,
        seenAt: '2026-01-01T10:00:08.000Z',
        quietAfterMs: AUTOSAVE_QUIET_AFTER_MS.visible,
        ...owner,
      },
    }),
  };
}

function context(running: number[] = []): LivenessContext {
  return { now: NOW, self, isProcessRunning: (pid) => running.includes(pid) };
}

describe('which autosaves were left behind', () => {
  it('keeps a window heard from a moment ago as holding its flow', () => {
    expect(autosaveStatus(entry({}), context())).toEqual({ state: 'held', quietInMs: 5_000 });
  });

  it('offers a flow whose window has gone quiet for longer than it said it might', () => {
    const quiet = entry({ seenAt: '2026-01-01T10:00:02.000Z' });
    expect(autosaveStatus(quiet, context())).toEqual({ state: 'left-behind' });
    // A hidden tab asked for minutes, so a few seconds of silence do not count against it.
    const hidden = { ...quiet.owner!, quietAfterMs: AUTOSAVE_QUIET_AFTER_MS.hidden };
    expect(autosaveStatus({ ...quiet, owner: hidden }, context()).state).toBe('held');
  });

  it('offers at once a flow whose backend is gone: killed, or closed and started again', () => {
    expect(autosaveStatus(entry({ backend: 'earlier-backend' }), context())).toEqual({
      state: 'left-behind',
    });
    expect(autosaveStatus(entry({ pid: 7, backend: 'elsewhere' }), context([]))).toEqual({
      state: 'left-behind',
    });
    // Another process that still runs (the desktop app beside browser mode) keeps its own.
    expect(autosaveStatus(entry({ pid: 7, backend: 'elsewhere' }), context([7])).state).toBe(
      'held',
    );
  });

  it('offers an entry written before owners were kept', () => {
    expect(autosaveStatus(entry(), context())).toEqual({ state: 'left-behind' });
  });

  it('looks again once the flows of windows seen a moment ago would have gone quiet', () => {
    expect(recheckDelay([])).toBeNull();
    expect(recheckDelay([{ state: 'left-behind' }])).toBeNull();
    expect(
      recheckDelay([
        { state: 'held', quietInMs: 2_000 },
        { state: 'held', quietInMs: 6_500 },
        // A hidden tab's long silence waits for a later start.
        { state: 'held', quietInMs: 170_000 },
      ]),
    ).toBe(7_500);
  });

  it('knows this process runs and a made-up one does not', () => {
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(2 ** 22 + 12_345)).toBe(false);
  });
});
