import { describe, expect, it } from 'vitest';
import type { ActiveRun } from '../../../../shared/ipc';
import { createRunStore, shownRun } from '../../../../renderer/run/run-store';
import type { RunNotice } from '../../../../renderer/run/run-store';
import { newFlow } from '../../../../renderer/store/new-flow';
import { ivrRun } from './run-updates-fixture';

/** The IVR run's updates as `run.update` brings them, each with its place in the run. */
const notices = (runId: string): RunNotice[] =>
  ivrRun(runId).map((update, seq) => ({ runId, update, seq }));

/** What `run.active` answers for a run that has sent its first `count` updates. */
function activeRun(runId: string, count: number, flow = 'IVR menu'): ActiveRun {
  return {
    runId,
    profile: 'Simulator',
    flow: newFlow(flow),
    path: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    breakpoints: ['menu'],
    updates: ivrRun(runId).slice(0, count),
  };
}

describe('a window attaching to the runs going on', () => {
  it('shows the run from its snapshot, folding each update once however they cross', () => {
    const store = createRunStore();
    const all = notices('run-1');
    store.getState().startAttaching();
    // Sent before the snapshot was taken, and after it: both can beat `run.active`'s reply.
    store.getState().receive(all.slice(3, 6));
    store.getState().attached([activeRun('run-1', 5)], 'run-1');
    // Still queued for the next frame when the reply came: folded already, or new.
    store.getState().receive(all.slice(4, 9));
    const { live, breakpoints } = store.getState();
    expect(live).toMatchObject({
      runId: 'run-1',
      flow: 'IVR menu',
      count: 9,
      phase: 'paused',
      paused: { nodeId: 'menu' },
      visits: { start: 1, answer: 1 },
    });
    expect(live.timeline).toHaveLength(3);
    expect(breakpoints).toEqual(['menu']);
    store.getState().receive(all.slice(9));
    expect(store.getState().live).toMatchObject({ phase: 'finished', count: all.length });
  });

  it('lists the runs it does not show, until they end; runs other windows start join them', () => {
    const store = createRunStore();
    store.getState().startAttaching();
    store.getState().receive(notices('run-3').slice(0, 1));
    store
      .getState()
      .attached([activeRun('run-1', 3, 'Click to call'), activeRun('run-2', 2, 'Reminder')], null);
    expect(store.getState().live.phase).toBe('idle');
    expect(store.getState().elsewhere).toEqual([
      { runId: 'run-1', flow: 'Click to call' },
      { runId: 'run-2', flow: 'Reminder' },
      { runId: 'run-3', flow: 'IVR menu' },
    ]);
    store.getState().receive([...notices('run-2').slice(2), ...notices('run-4').slice(0, 2)]);
    expect(store.getState().elsewhere.map((run) => run.runId)).toEqual(['run-1', 'run-3', 'run-4']);
    // Nothing of them is painted on this canvas.
    expect(shownRun(store.getState())).toMatchObject({ phase: 'idle', visits: {}, timeline: [] });
  });

  it('keeps what it knew when the backend cannot be asked', () => {
    const store = createRunStore({ elsewhere: [{ runId: 'run-1', flow: 'Click to call' }] });
    store.getState().startAttaching();
    store.getState().receive(notices('run-2').slice(0, 1));
    store.getState().attachFailed();
    expect(store.getState()).toMatchObject({ attaching: false, early: [] });
    expect(store.getState().elsewhere.map((run) => run.runId)).toEqual(['run-1', 'run-2']);
  });

  it('drops a run that ended as the snapshot was taken', () => {
    const store = createRunStore();
    store.getState().startAttaching();
    const ended = activeRun('run-1', ivrRun().length);
    store.getState().attached([ended], 'run-1');
    expect(store.getState()).toMatchObject({ live: { phase: 'idle' }, elsewhere: [] });
  });
});

describe('opening another flow', () => {
  it('leaves nothing of a finished run: status, marks, events, replay and breakpoints go', () => {
    const store = createRunStore();
    store.getState().toggleBreakpoint('menu');
    store.getState().begin();
    store.getState().adopt('run-1');
    store.getState().receive(notices('run-1'));
    expect(store.getState().live.phase).toBe('finished');
    store.getState().documentChanged();
    expect(store.getState()).toMatchObject({ breakpoints: [], elsewhere: [], replay: null });
    expect(store.getState().live).toMatchObject({
      phase: 'idle',
      runId: null,
      visits: {},
      portsTaken: {},
      timeline: [],
    });
  });

  it('moves a run still going off the canvas, names it, and forgets it when it ends', () => {
    const store = createRunStore();
    const all = notices('run-1');
    store.getState().begin();
    store.getState().adopt('run-1');
    store.getState().receive(all.slice(0, 5));
    store.getState().documentChanged();
    expect(store.getState().elsewhere).toEqual([{ runId: 'run-1', flow: 'IVR menu' }]);
    // Its next updates do not paint the new flow's canvas.
    store.getState().receive(all.slice(5, 9));
    expect(shownRun(store.getState())).toMatchObject({ phase: 'idle', current: null });
    store.getState().receive(all.slice(9));
    expect(store.getState().elsewhere).toEqual([]);
    expect(store.getState().live.phase).toBe('idle');
  });

  it('keeps a run started just before it off the new canvas', () => {
    const store = createRunStore();
    store.getState().begin();
    store.getState().receive(notices('run-1').slice(0, 2));
    store.getState().documentChanged();
    store.getState().adopt('run-1');
    expect(store.getState().live.phase).toBe('idle');
    expect(store.getState().elsewhere).toEqual([{ runId: 'run-1', flow: 'IVR menu' }]);
  });

  it('opens a run going elsewhere on this canvas, moving the one shown off it', () => {
    const store = createRunStore();
    store.getState().begin();
    store.getState().adopt('run-2');
    store.getState().receive(notices('run-2').slice(0, 3));
    store.getState().startAttaching();
    store.getState().attached([activeRun('run-1', 4), activeRun('run-2', 3)], 'run-1');
    expect(store.getState().live).toMatchObject({ runId: 'run-1', count: 4 });
    expect(store.getState().elsewhere).toEqual([{ runId: 'run-2', flow: 'IVR menu' }]);
  });
});
