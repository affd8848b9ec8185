import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { useRunStoreApi } from './run-context';
import type { RunStore } from './run-store';

/**
 * The run this window asked to pause and that has not paused yet. The runner pauses before the
 * next node, which can be a long way off while a node waits (a Gather listening for keys), so
 * the toolbar says at once that the pause is coming ("Pausing before the next node").
 */
export interface PauseRequest {
  runId: string | null;
}

// One per run store, like the profile choice: each window (and each test's store) has its own.
const requests = new WeakMap<StoreApi<RunStore>, StoreApi<PauseRequest>>();

function requestOf(runs: StoreApi<RunStore>): StoreApi<PauseRequest> {
  let request = requests.get(runs);
  if (!request) {
    request = createStore<PauseRequest>()(() => ({ runId: null }));
    requests.set(runs, request);
  }
  return request;
}

/** The run `runId` is the live one and still running. */
const stillRunning = (state: RunStore, runId: string) =>
  state.live.runId === runId && state.live.phase === 'running';

/**
 * Notes that `runId` was asked to pause. The note lasts while that run is the live one and is
 * still running: it goes once the run pauses, ends or another run starts, whoever caused it.
 * Returns a function that takes the note back (the request failed).
 */
export function notePauseRequested(runs: StoreApi<RunStore>, runId: string): () => void {
  const request = requestOf(runs);
  const forget = () => {
    unsubscribe();
    if (request.getState().runId === runId) request.setState({ runId: null });
  };
  const unsubscribe = runs.subscribe((state) => {
    if (!stillRunning(state, runId)) forget();
  });
  request.setState({ runId });
  if (!stillRunning(runs.getState(), runId)) forget();
  return forget;
}

/** True while the live run was asked to pause and has not yet: for reads outside React. */
export function isPausing(runs: StoreApi<RunStore>): boolean {
  const { runId } = requestOf(runs).getState();
  return runId !== null && stillRunning(runs.getState(), runId);
}

/** True while the live run was asked to pause and has not yet. */
export function usePausing(): boolean {
  const runs = useRunStoreApi();
  const runId = useStore(requestOf(runs), (state) => state.runId);
  return useStore(runs, (state) => runId !== null && stillRunning(state, runId));
}
