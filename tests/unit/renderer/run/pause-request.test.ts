import { describe, expect, it } from 'vitest';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { isPausing, notePauseRequested } from '../../../../renderer/run/pause-request';
import { createRunStore } from '../../../../renderer/run/run-store';
import { PAUSING_TEXT, runStatusText } from '../../../../renderer/run/run-status-text';
import { newFlow } from '../../../../renderer/store/new-flow';
import { ivrRun } from './run-updates-fixture';

const updates = ivrRun('run-1');

/** A run store whose live run has had the first `count` updates of the IVR run. */
function runAt(count: number) {
  const store = createRunStore();
  store.getState().begin();
  store.getState().adopt('run-1');
  feed(store, 0, count);
  return store;
}

function feed(store: ReturnType<typeof createRunStore>, from: number, to: number) {
  store.getState().receive(updates.slice(from, to).map((update) => ({ runId: 'run-1', update })));
}

describe('pausing', () => {
  it('is said at once, in words, while the run still runs', () => {
    const flow = newFlow('Test');
    // Running at the menu, where a Gather listens for keys: the next node may be a while off.
    const running = foldRunUpdates(updates.slice(0, 11));
    expect(runStatusText(running, flow)).toBe('Running');
    expect(runStatusText(running, flow, true)).toBe('Pausing before the next node');
    expect(PAUSING_TEXT).toBe('Pausing before the next node');
    // It means nothing to a run that is paused already, or over.
    const paused = foldRunUpdates(updates.slice(0, 9));
    expect(runStatusText(paused, flow, true)).toBe('Paused before menu (breakpoint)');
    expect(runStatusText(foldRunUpdates(updates), flow, true)).toMatch(/^Completed: /);
  });

  it('lasts until the run pauses, and a run continued later is not pausing again', () => {
    const store = runAt(8);
    expect(store.getState().live.phase).toBe('running');
    expect(isPausing(store)).toBe(false);

    notePauseRequested(store, 'run-1');
    expect(isPausing(store)).toBe(true);
    feed(store, 8, 9); // paused before the menu
    expect(isPausing(store)).toBe(false);
    feed(store, 9, 10); // continued
    expect(store.getState().live.phase).toBe('running');
    expect(isPausing(store)).toBe(false);
  });

  it('goes when the run ends, or when asking failed', () => {
    const ended = runAt(11);
    notePauseRequested(ended, 'run-1');
    feed(ended, 11, updates.length);
    expect(isPausing(ended)).toBe(false);

    const refused = runAt(11);
    const forget = notePauseRequested(refused, 'run-1');
    expect(isPausing(refused)).toBe(true);
    forget();
    expect(isPausing(refused)).toBe(false);
  });

  it('is not noted for a run that is not the one running', () => {
    const store = runAt(11);
    notePauseRequested(store, 'run-2');
    expect(isPausing(store)).toBe(false);
  });
});
