import type { StoreApi } from 'zustand';
import type { BackendClient } from '../ipc/backend-client';
import { createFrameBatcher } from './frame-batcher';
import type { FrameScheduler } from './frame-batcher';
import type { RunNotice, RunStore } from './run-store';

/**
 * Feeds the backend's `run.update` notifications into the run store, one state change per
 * animation frame. Returns the function that disconnects.
 */
export function connectRunUpdates(
  backend: Pick<BackendClient, 'on'>,
  store: StoreApi<RunStore>,
  schedule?: FrameScheduler,
  soon?: FrameScheduler,
): () => void {
  const batcher = createFrameBatcher<RunNotice>(
    (notices) => store.getState().receive(notices),
    schedule,
    soon,
  );
  const unsubscribe = backend.on('run.update', (notice) => batcher.push(notice));
  return () => {
    unsubscribe();
    batcher.cancel();
  };
}
