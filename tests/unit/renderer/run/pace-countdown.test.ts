import { describe, expect, it } from 'vitest';
import { connectPace } from '../../../../renderer/run/connect-pace';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { createPaceStore, virtualNow } from '../../../../renderer/run/pace-store';
import { secondsLeft } from '../../../../renderer/run/use-countdown';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import type { PaceState as PaceMessage } from '../../../../shared/ipc/pace-contract';

const T0 = 1_767_238_200_000;
const started: RunUpdateMessage = { type: 'started', runId: 'run-1', flow: 'Hold on', at: T0 };
const entered: RunUpdateMessage = {
  type: 'node-entered',
  nodeId: 'hold',
  leg: null,
  step: 1,
  at: T0,
};
const waiting: RunUpdateMessage = {
  type: 'waiting',
  nodeId: 'hold',
  leg: null,
  kind: 'wait',
  until: T0 + 30_000,
  at: T0,
};
const variables: RunUpdateMessage = { type: 'variables', variables: {}, at: T0 + 1 };

describe('the wait a run view shows', () => {
  it('is the last waiting update, until the run moves on, pauses or finishes', () => {
    const view = foldRunUpdates([started, entered, waiting, variables]);
    expect(view.waiting).toEqual({
      nodeId: 'hold',
      leg: null,
      kind: 'wait',
      until: T0 + 30_000,
      at: T0,
    });
    expect(view.count).toBe(4);
    const ends: RunUpdateMessage[] = [
      { type: 'node-left', nodeId: 'hold', port: 'next', to: 'bye', at: T0 + 30_000 },
      { ...entered, nodeId: 'bye', at: T0 + 30_000 },
      { type: 'paused', nodeId: 'bye', reason: 'pause', at: T0 + 30_000 },
      {
        type: 'finished',
        status: 'stopped',
        reason: 'Stopped.',
        path: ['hold'],
        legs: {},
        at: T0 + 2_000,
      },
    ];
    for (const end of ends) {
      expect(foldRunUpdates([started, entered, waiting, end]).waiting).toBeNull();
    }
  });
});

describe('the countdown', () => {
  const view = foldRunUpdates([started, entered, waiting]).waiting!;

  it('counts whole seconds up, down to 0, and never from before the wait was told', () => {
    expect(secondsLeft(view, T0)).toBe(30);
    expect(secondsLeft(view, T0 + 2_001)).toBe(28);
    expect(secondsLeft(view, T0 + 29_999)).toBe(1);
    expect(secondsLeft(view, T0 + 45_000)).toBe(0);
    expect(secondsLeft(view, T0 - 10_000)).toBe(30);
    expect(secondsLeft(view, null)).toBe(30);
  });

  it('reckons virtual time from the last moment seen, at the speed since each change', () => {
    const store = createPaceStore();
    expect(virtualNow(store.getState(), 0)).toBeNull();
    store.getState().sawTime(T0, 1_000);
    expect(virtualNow(store.getState(), 1_500)).toBe(T0 + 500);
    // 20× from real 2 000 ms: the first second passed at 1×, what follows at 20×.
    store.getState().received({ speed: 20, adjustable: true, now: null }, 2_000);
    expect(virtualNow(store.getState(), 2_000)).toBe(T0 + 1_000);
    expect(virtualNow(store.getState(), 2_100)).toBe(T0 + 3_000);
    // The backend's own time, when a reply carries it, is taken over the reckoning.
    store.getState().received({ speed: 0.5, adjustable: true, now: T0 + 10_000 }, 2_200);
    expect(virtualNow(store.getState(), 4_200)).toBe(T0 + 11_000);
  });
});

describe('the window’s pace', () => {
  it('asks the backend once, then follows its changes and the runs’ times', async () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    let answer!: (state: PaceMessage) => void;
    const backend = {
      on: (name: string, listener: (payload: unknown) => void) => {
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
      pace: { get: () => new Promise<PaceMessage>((resolve) => (answer = resolve)) },
    };
    const store = createPaceStore();
    const disconnect = connectPace(backend as unknown as Parameters<typeof connectPace>[0], store);
    answer({ speed: 5, adjustable: true, now: null });
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ speed: 5, adjustable: true });
    listeners.get('pace.changed')!({ speed: 2, adjustable: true, now: T0 });
    expect(store.getState()).toMatchObject({ speed: 2, anchor: { virtualMs: T0 } });
    listeners.get('run.update')!({ runId: 'run-1', update: variables, seq: 3 });
    expect(store.getState().anchor?.virtualMs).toBe(T0 + 1);
    // A speed saved in Settings: the window asks again, which sets it on the session.
    listeners.get('settings.changed')!({});
    answer({ speed: 20, adjustable: true, now: T0 + 5_000 });
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ speed: 20, anchor: { virtualMs: T0 + 5_000 } });
    disconnect();
    expect(listeners.size).toBe(0);
  });
});
