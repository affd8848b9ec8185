import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { LONGEST_REPLAY_GAP_MS, STEP_BY_STEP } from '../../../../renderer/run/replay-timing';
import { createRunStore } from '../../../../renderer/run/run-store';
import { ivrRun, ivrSummary as summary } from './run-updates-fixture';

/** The IVR run with its menu waiting two minutes for a key: a long gap after its 12th update. */
function slowMenu(): RunUpdateMessage[] {
  return ivrRun().map((update) =>
    update.at >= 1_000 + 13 * 100 ? { ...update, at: update.at + 120_000 } : update,
  );
}

describe('a playing replay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const opened = (updates: RunUpdateMessage[]) => {
    const store = createRunStore();
    store.getState().openReplay(summary, updates);
    return store;
  };

  it('plays from the start at the end, in the run’s own time, and stops at the end', () => {
    const updates = ivrRun();
    const store = opened(updates);
    store.getState().playReplay();
    // At the end, Play starts over; the first update shows at once.
    expect(store.getState().replay).toMatchObject({ playing: true, position: 0 });
    vi.advanceTimersByTime(0);
    expect(store.getState().replay?.position).toBe(1);
    // The fixture's updates are 100 ms apart: at 1× one more shows every 100 ms.
    vi.advanceTimersByTime(99);
    expect(store.getState().replay?.position).toBe(1);
    vi.advanceTimersByTime(1);
    expect(store.getState().replay?.position).toBe(2);
    vi.advanceTimersByTime(100 * updates.length);
    expect(store.getState().replay).toMatchObject({ playing: false, position: updates.length });
    // Folding on step by step ends where folding all at once does.
    expect(store.getState().replay?.view).toEqual(foldRunUpdates(updates));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('goes faster at a higher speed', () => {
    const store = opened(ivrRun());
    store.getState().setReplaySpeed(5);
    store.getState().playReplay();
    vi.advanceTimersByTime(0);
    vi.advanceTimersByTime(20);
    expect(store.getState().replay?.position).toBe(2);
  });

  it('pauses when paused, scrubbed or closed, leaving no timer behind', () => {
    const store = opened(ivrRun());
    store.getState().playReplay();
    vi.advanceTimersByTime(250);
    const at = store.getState().replay!.position;
    store.getState().pauseReplay();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(store.getState().replay?.position).toBe(at);

    store.getState().playReplay();
    store.getState().scrub(2);
    expect(store.getState().replay).toMatchObject({ playing: false, position: 2 });
    expect(vi.getTimerCount()).toBe(0);

    store.getState().playReplay();
    expect(vi.getTimerCount()).toBe(1);
    store.getState().closeReplay();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shortens a two-minute gap to the cap, counting the run’s time down meanwhile', () => {
    const updates = slowMenu();
    const store = opened(updates);
    store.getState().scrub(12);
    store.getState().playReplay();
    expect(store.getState().replay?.waiting).toEqual({ runMsLeft: 120_100, shortened: true });
    vi.advanceTimersByTime(LONGEST_REPLAY_GAP_MS / 2);
    expect(store.getState().replay?.waiting?.runMsLeft).toBeCloseTo(60_050, 0);
    expect(store.getState().replay?.position).toBe(12);
    vi.advanceTimersByTime(LONGEST_REPLAY_GAP_MS / 2);
    expect(store.getState().replay).toMatchObject({ position: 13, waiting: null });
  });

  it('times the gap it sits in again when the speed changes', () => {
    const store = opened(slowMenu());
    store.getState().scrub(12);
    store.getState().playReplay();
    vi.advanceTimersByTime(1_000);
    store.getState().setReplaySpeed(20);
    // 120.1 s of the run at 20× is 6 s from the change, not the 9 s left at 1×.
    vi.advanceTimersByTime(6_000);
    expect(store.getState().replay?.position).toBe(12);
    vi.advanceTimersByTime(5);
    // At 20× the last updates, 100 ms apart in the run, come within a frame: all at once.
    expect(store.getState().replay?.position).toBe(ivrRun().length);
  });

  it('shows one update per beat step by step', () => {
    const store = opened(slowMenu());
    store.getState().setReplaySpeed(STEP_BY_STEP);
    store.getState().scrub(12);
    store.getState().playReplay();
    expect(store.getState().replay?.waiting).toBeNull();
    vi.advanceTimersByTime(600);
    expect(store.getState().replay?.position).toBe(13);
  });

  it('keeps its speed for the next replay opened', () => {
    const store = opened(ivrRun());
    store.getState().setReplaySpeed(20);
    store.getState().openReplay(summary, ivrRun('run-2'));
    expect(store.getState().replay).toMatchObject({ speed: 20, playing: false });
  });
});
