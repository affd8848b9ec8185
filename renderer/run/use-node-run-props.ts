import { useRef } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { failedNodeId } from './failed-node';
import { useOptionalRun } from './run-context';
import { shownRun } from './run-store';
import { nodeRunState } from './node-run-state';

/** A node no run has left yet: one shared empty list, so it compares equal every time. */
const NO_PORTS: readonly string[] = [];

interface NodeRunValues {
  state: ReturnType<typeof nodeRunState>;
  visits: number;
  breakpoint: boolean;
  takenPorts: readonly string[];
}

const sameValues = (a: NodeRunValues, b: NodeRunValues) =>
  a.state === b.state &&
  a.visits === b.visits &&
  a.breakpoint === b.breakpoint &&
  a.takenPorts === b.takenPorts;

/**
 * What a canvas node carries of the run shown (live or replayed): the attributes of its root
 * (`data-run-state`, `data-visits`, `data-breakpoint`) and the ports the run left by. They are
 * for tests, tools and the breakpoint dot: the run's marks themselves are drawn by the marks
 * layer (run-marks-layer.tsx). The node re-renders only when its own values change.
 */
export function useNodeRunProps(nodeId: string) {
  // Every node's selector runs on every run update: compared field by field, not with zustand's
  // general `shallow`, which builds two Maps per call (tests/bench/glow-latency).
  const kept = useRef<NodeRunValues | null>(null);
  const designer = useDesignerStoreApi();
  const { state, visits, breakpoint, takenPorts } = useOptionalRun((store) => {
    const view = shownRun(store);
    // The flow is read, not subscribed to: where a run failed is settled once it ends.
    const state = nodeRunState(view, nodeId, failedNodeId(view, designer.getState().flow));
    const next: NodeRunValues = {
      state,
      visits: view.visits[nodeId] ?? 0,
      breakpoint: store.breakpoints.includes(nodeId),
      takenPorts: view.portsTaken[nodeId] ?? NO_PORTS,
    };
    if (kept.current && sameValues(kept.current, next)) return kept.current;
    kept.current = next;
    return next;
  });
  return {
    attributes: {
      'data-run-state': state,
      'data-visits': visits > 0 ? String(visits) : undefined,
      'data-breakpoint': breakpoint ? 'on' : undefined,
    },
    takenPorts,
  };
}
