import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { useBackend } from '../ipc/backend-context';
import { connectPace } from './connect-pace';
import { connectRunUpdates } from './connect-run-updates';
import { createRunStore } from './run-store';
import type { RunStore } from './run-store';

const RunStoreContext = createContext<StoreApi<RunStore> | null>(null);

/**
 * Gives everything below it this window's run store (its own unless one is handed in, as tests
 * do) and keeps it fed with the backend's `run.update` notifications, and the window's pace
 * (pace-store.ts) with the Simulator's speed.
 */
export function RunStoreProvider(props: { store?: StoreApi<RunStore>; children: ReactNode }) {
  const [store] = useState(() => props.store ?? createRunStore());
  const backend = useBackend();
  useEffect(() => connectRunUpdates(backend, store), [backend, store]);
  useEffect(() => connectPace(backend), [backend]);
  return <RunStoreContext.Provider value={store}>{props.children}</RunStoreContext.Provider>;
}

/** The run store itself, for actions and reads inside event handlers. */
export function useRunStoreApi(): StoreApi<RunStore> {
  const store = useContext(RunStoreContext);
  if (!store) throw new Error('useRun must be used inside <RunStoreProvider>');
  return store;
}

/** Selects from the run store; wrap the selector in `useShallow` when it builds a new object. */
export function useRun<T>(selector: (state: RunStore) => T): T {
  return useStore(useRunStoreApi(), selector);
}

// Stands in when no run store is provided (the canvas's own tests): an idle store nobody feeds.
const NO_RUNS = createRunStore();

/**
 * Like `useRun`, but usable where the run feature may be absent: the canvas nodes render in
 * tests without a run store and then simply show no run.
 */
export function useOptionalRun<T>(selector: (state: RunStore) => T): T {
  return useStore(useOptionalRunStoreApi(), selector);
}

/** The run store, or an idle one where the run feature is absent (as for `useOptionalRun`). */
export function useOptionalRunStoreApi(): StoreApi<RunStore> {
  return useContext(RunStoreContext) ?? NO_RUNS;
}
