import type { StoreApi } from 'zustand';

/**
 * Calls `show` with `select(state)` when it changes, at most once every `ms`: a change after a
 * quiet spell at once, and changes that follow it within `ms` together, with the latest value,
 * when that time is up (so the last value is always shown). Returns the way to stop.
 */
export function followAtMostEvery<S, V>(
  store: Pick<StoreApi<S>, 'getState' | 'subscribe'>,
  select: (state: S) => V,
  ms: number,
  show: (value: V) => void,
  now: () => number = () => performance.now(),
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let shownAt = -Infinity;
  const showLatest = () => {
    timer = null;
    shownAt = now();
    show(select(store.getState()));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (timer !== null || select(state) === select(previous)) return;
    const wait = shownAt + ms - now();
    if (wait <= 0) showLatest();
    else timer = setTimeout(showLatest, wait);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
