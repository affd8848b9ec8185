import { describe, expect, it } from 'vitest';
import { connectRunUpdates } from '../../../../renderer/run/connect-run-updates';
import { createFrameBatcher } from '../../../../renderer/run/frame-batcher';
import { createRunStore, shownRun } from '../../../../renderer/run/run-store';
import type { RunNotice } from '../../../../renderer/run/run-store';
import { ivrRun, ivrSummary } from './run-updates-fixture';

const notices = (runId: string): RunNotice[] => ivrRun(runId).map((update) => ({ runId, update }));

/** A frame clock the test advances by hand. */
function manualFrames() {
  const waiting: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => void waiting.push(callback),
    frame: () => waiting.splice(0).forEach((callback) => callback()),
    pending: () => waiting.length,
  };
}

describe('the frame batcher', () => {
  it('hands a burst over at once after the messages queued with it, then once a frame', () => {
    const frames = manualFrames();
    const tasks = manualFrames();
    const batches: number[][] = [];
    const batcher = createFrameBatcher<number>(
      (items) => batches.push(items),
      frames.schedule,
      tasks.schedule,
    );
    for (let i = 0; i < 500; i++) batcher.push(i);
    expect(batches).toEqual([]);
    tasks.frame();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(500);
    // Items after the hand-over wait for the next animation frame.
    batcher.push(500);
    batcher.push(501);
    expect(tasks.pending()).toBe(0);
    frames.frame();
    expect(batches).toEqual([expect.any(Array), [500, 501]]);
    // A frame with nothing waiting frees the next: the next item goes at the next task again.
    frames.frame();
    expect(frames.pending()).toBe(0);
    batcher.push(502);
    tasks.frame();
    expect(batches.at(-1)).toEqual([502]);
  });
});

describe('the frame batcher after a hand-over that throws', () => {
  it('keeps handing over what comes next', () => {
    const frames = manualFrames();
    const tasks = manualFrames();
    const batches: number[][] = [];
    let fail = true;
    const batcher = createFrameBatcher<number>(
      (items) => {
        if (fail) throw new Error('a bug in the store');
        batches.push(items);
      },
      frames.schedule,
      tasks.schedule,
    );
    batcher.push(1);
    expect(() => tasks.frame()).toThrow('a bug in the store');
    fail = false;
    batcher.push(2);
    frames.frame();
    expect(batches).toEqual([[2]]);
  });
});

describe('the run store', () => {
  it('changes state at most once a frame for a burst of updates', () => {
    const frames = manualFrames();
    const store = createRunStore();
    let listener: ((notice: RunNotice) => void) | undefined;
    const backend = {
      on: (_name: string, l: (notice: RunNotice) => void) => ((listener = l), () => undefined),
    };
    connectRunUpdates(backend as never, store, frames.schedule, frames.schedule);
    store.getState().begin();
    store.getState().adopt('run-1');
    let changes = 0;
    store.subscribe(() => changes++);
    for (const notice of notices('run-1')) listener?.(notice);
    expect(changes).toBe(0);
    frames.frame();
    expect(changes).toBe(1);
    expect(store.getState().live.phase).toBe('finished');
  });

  it('keeps updates that beat run.start’s reply, and ignores other windows’ runs', () => {
    const store = createRunStore();
    store.getState().begin();
    const mine = notices('run-1');
    store.getState().receive([...notices('run-2').slice(0, 3), ...mine.slice(0, 2)]);
    store.getState().adopt('run-1');
    store.getState().receive([...mine.slice(2), ...notices('run-2')]);
    expect(store.getState().live).toMatchObject({ runId: 'run-1', count: mine.length });
  });

  it('toggles breakpoints and replays a kept run at a scrubber position', () => {
    const store = createRunStore();
    expect(store.getState().toggleBreakpoint('menu')).toEqual(['menu']);
    expect(store.getState().toggleBreakpoint('menu')).toEqual([]);
    const updates = ivrRun();
    store.getState().openReplay(ivrSummary, updates);
    expect(shownRun(store.getState()).phase).toBe('finished');
    store.getState().scrub(9);
    expect(shownRun(store.getState())).toMatchObject({
      phase: 'paused',
      current: { nodeId: 'menu' },
    });
    store.getState().closeReplay();
    expect(shownRun(store.getState()).phase).toBe('idle');
  });
});
