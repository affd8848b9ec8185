import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';
import type { DesignerStore } from '../store/designer-store';
import { useDesignerStoreApi } from '../store/designer-context';
import { createNodeRunChannel } from './node-run-channel';
import type { NodeRun, NodeRunChannel } from './node-run-channel';
import { useOptionalRunStoreApi } from './run-context';
import type { RunStore } from './run-store';

/** One channel per run store and designer store: in the app, one per window. */
const channels = new WeakMap<
  StoreApi<RunStore>,
  WeakMap<StoreApi<DesignerStore>, NodeRunChannel>
>();

function channelFor(run: StoreApi<RunStore>, designer: StoreApi<DesignerStore>): NodeRunChannel {
  let byDesigner = channels.get(run);
  if (!byDesigner) channels.set(run, (byDesigner = new WeakMap()));
  let channel = byDesigner.get(designer);
  if (!channel) {
    channel = createNodeRunChannel(run, () => designer.getState().flow);
    byDesigner.set(designer, channel);
  }
  return channel;
}

/**
 * What a canvas node shows of the run shown (live or replayed), from one channel for the whole
 * canvas (node-run-channel.ts): the node renders again only when its own values change.
 */
export function useNodeRun(nodeId: string): NodeRun {
  const channel = channelFor(useOptionalRunStoreApi(), useDesignerStoreApi());
  const subscribe = useCallback(
    (listener: () => void) => channel.subscribe(nodeId, listener),
    [channel, nodeId],
  );
  return useSyncExternalStore(subscribe, () => channel.get(nodeId));
}

/**
 * The attributes of a node's root (`data-run-state`, `data-visits`, `data-breakpoint`) and the
 * rest of its run values. The attributes are for tests, tools and the breakpoint dot: the run's
 * marks themselves are drawn by the marks layer (run-marks-layer.tsx).
 */
export function useNodeRunProps(nodeId: string) {
  const run = useNodeRun(nodeId);
  return {
    attributes: {
      'data-run-state': run.state,
      'data-visits': run.visits > 0 ? String(run.visits) : undefined,
      'data-breakpoint': run.breakpoint ? 'on' : undefined,
    },
    takenPorts: run.takenPorts,
    waiting: run.waiting,
  };
}
