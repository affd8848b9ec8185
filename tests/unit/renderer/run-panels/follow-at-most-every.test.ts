import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { followAtMostEvery } from '../../../../renderer/run-panels/follow-at-most-every';

describe('following a store at most every so often (the dock panels during a fast run)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const follow = () => {
    const store = createStore(() => ({ count: 0, other: 0 }));
    const shown: number[] = [];
    const stop = followAtMostEvery(
      store,
      (state) => state.count,
      100,
      (value) => shown.push(value),
      () => Date.now(),
    );
    const set = (count: number) => store.setState({ count });
    return { store, shown, stop, set };
  };

  it('shows a change after a quiet spell at once', () => {
    const { shown, set } = follow();
    set(1);
    expect(shown).toEqual([1]);
  });

  it('shows the changes that follow within the interval together, the latest at its end', () => {
    const { shown, set } = follow();
    set(1);
    vi.advanceTimersByTime(30);
    set(2);
    set(3);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(69);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([1, 3]);
    // Quiet again: the next change shows at once.
    vi.advanceTimersByTime(500);
    set(4);
    expect(shown).toEqual([1, 3, 4]);
  });

  it('ignores changes to what it does not select, and stops when told', () => {
    const { store, shown, stop, set } = follow();
    store.setState({ other: 5 });
    expect(shown).toEqual([]);
    set(1);
    set(2);
    stop();
    vi.advanceTimersByTime(1_000);
    expect(shown).toEqual([1]);
  });
});
