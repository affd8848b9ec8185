import type { StoreApi } from 'zustand';
import type { FlowDocument } from '../../shared/flow';
import { failedNodeId } from './failed-node';
import { nodeRunState } from './node-run-state';
import type { NodeRunState } from './node-run-state';
import { marksInputs, sameInputs } from './run-marks';
import { shownRun } from './run-store';
import type { RunStore } from './run-store';
import type { RunWaitingView } from './run-view';

/** What one canvas node shows of the run shown (live or replayed). */
export interface NodeRun {
  state: NodeRunState;
  visits: number;
  breakpoint: boolean;
  /** The outputs the run left this node by. */
  takenPorts: readonly string[];
  /** The live run's wait on this node (a Wait, a Gather's time-out, a ringing leg), if any. */
  waiting: RunWaitingView | null;
}

const NO_PORTS: readonly string[] = [];

/** A node the run has not touched: one shared object, so it compares equal every time. */
export const UNTOUCHED: NodeRun = {
  state: 'idle',
  visits: 0,
  breakpoint: false,
  takenPorts: NO_PORTS,
  waiting: null,
};

/** The live run's wait, which only a live run shows (a replay counts no time down). */
const shownWaiting = (store: RunStore) => (store.replay === null ? store.live.waiting : null);

/**
 * What every node's values are made from: the marks' inputs (run-marks.ts), the breakpoints and
 * the wait. The fold never changes a view in place and keeps the parts an update does not touch,
 * so while these are the same objects no node's values changed: most updates (an event logged,
 * an API call, a variable set) pass with one comparison.
 */
const inputsOf = (store: RunStore): readonly unknown[] => [
  ...marksInputs(shownRun(store)),
  store.breakpoints,
  shownWaiting(store),
];

const sameRun = (a: NodeRun, b: NodeRun) =>
  a.state === b.state &&
  a.visits === b.visits &&
  a.breakpoint === b.breakpoint &&
  a.takenPorts === b.takenPorts &&
  a.waiting === b.waiting;

/** The values of every node the run has touched; any other node is UNTOUCHED. */
function touchedNodes(store: RunStore, flow: FlowDocument): Map<string, NodeRun> {
  const view = shownRun(store);
  const failedId = failedNodeId(view, flow);
  const waiting = shownWaiting(store);
  const ids = new Set([
    ...Object.keys(view.visits),
    ...Object.keys(view.portsTaken),
    ...store.breakpoints,
    ...[view.current?.nodeId, view.paused?.nodeId, waiting?.nodeId, failedId].filter(
      (id): id is string => typeof id === 'string',
    ),
  ]);
  const values = new Map<string, NodeRun>();
  for (const nodeId of ids) {
    values.set(nodeId, {
      state: nodeRunState(view, nodeId, failedId),
      visits: view.visits[nodeId] ?? 0,
      breakpoint: store.breakpoints.includes(nodeId),
      takenPorts: view.portsTaken[nodeId] ?? NO_PORTS,
      waiting: waiting?.nodeId === nodeId ? waiting : null,
    });
  }
  return values;
}

/** Hands each canvas node its own part of the run, and tells it only when that part changed. */
export interface NodeRunChannel {
  get(nodeId: string): NodeRun;
  subscribe(nodeId: string, listener: () => void): () => void;
}

/**
 * One subscription to the run store for the whole canvas. When each of a big flow's nodes
 * subscribed itself, every run update ran hundreds of selectors and React's checks of them,
 * several ms a frame (tests/bench/glow-latency.ts); now an update works out which nodes changed,
 * and only their views render again. `flowOf` gives the flow where a failed run is blamed on a
 * node; it is read, not followed, as where a run that is over failed does not change with edits.
 */
export function createNodeRunChannel(
  run: Pick<StoreApi<RunStore>, 'getState' | 'subscribe'>,
  flowOf: () => FlowDocument,
): NodeRunChannel {
  const listeners = new Map<string, Set<() => void>>();
  let inputs: readonly unknown[] = [];
  let values = new Map<string, NodeRun>();
  /** Set while some node listens: then the values follow the store as it changes. */
  let stopFollowing: (() => void) | null = null;

  /** Brings the values up to the store's state; returns the nodes whose values changed. */
  const update = (): string[] => {
    const state = run.getState();
    const next = inputsOf(state);
    if (sameInputs(next, inputs)) return [];
    inputs = next;
    const fresh = touchedNodes(state, flowOf());
    const changed: string[] = [];
    for (const [nodeId, value] of fresh) {
      const before = values.get(nodeId);
      // Unchanged values keep their object, so a node's snapshot stays equal.
      if (before && sameRun(before, value)) fresh.set(nodeId, before);
      else if (before || !sameRun(value, UNTOUCHED)) changed.push(nodeId);
    }
    for (const nodeId of values.keys()) if (!fresh.has(nodeId)) changed.push(nodeId);
    values = fresh;
    return changed;
  };
  const follow = () => {
    for (const nodeId of update()) listeners.get(nodeId)?.forEach((listener) => listener());
  };

  return {
    get(nodeId) {
      // While nodes listen, the store has told this channel of every change (React's own
      // listeners only schedule a render); before the first, it is asked afresh.
      if (!stopFollowing) update();
      return values.get(nodeId) ?? UNTOUCHED;
    },
    subscribe(nodeId, listener) {
      if (!stopFollowing) {
        update();
        stopFollowing = run.subscribe(follow);
      }
      let set = listeners.get(nodeId);
      if (!set) listeners.set(nodeId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(nodeId);
        // No node left (the canvas closed): the store no longer holds this channel.
        if (listeners.size === 0) {
          stopFollowing?.();
          stopFollowing = null;
        }
      };
    },
  };
}
