import { useRef } from 'react';
import type { CSSProperties } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
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
  glowLeg: string | null;
  takenPorts: readonly string[];
}

const sameValues = (a: NodeRunValues, b: NodeRunValues) =>
  a.state === b.state &&
  a.visits === b.visits &&
  a.breakpoint === b.breakpoint &&
  a.glowLeg === b.glowLeg &&
  a.takenPorts === b.takenPorts;

/**
 * What a canvas node shows of the run shown (live or replayed): the attributes of its root
 * (`data-run-state`, `data-visits` drawn as a count by run.css, `data-breakpoint`), the glow
 * colour of the leg the call is on when it is the cursor's node, and the ports the run left by.
 * The node re-renders only when its own values change.
 */
export function useNodeRunProps(nodeId: string) {
  // Every node's selector runs on every run update: compared field by field, not with zustand's
  // general `shallow`, which builds two Maps per call (tests/bench/glow-latency).
  const kept = useRef<NodeRunValues | null>(null);
  const designer = useDesignerStoreApi();
  const { state, visits, breakpoint, glowLeg, takenPorts } = useOptionalRun((store) => {
    const view = shownRun(store);
    // The flow is read, not subscribed to: where a run failed is settled once it ends.
    const state = nodeRunState(view, nodeId, failedNodeId(view, designer.getState().flow));
    const next: NodeRunValues = {
      state,
      visits: view.visits[nodeId] ?? 0,
      breakpoint: store.breakpoints.includes(nodeId),
      glowLeg: state === 'active' ? (view.current?.leg ?? null) : null,
      takenPorts: view.portsTaken[nodeId] ?? NO_PORTS,
    };
    if (kept.current && sameValues(kept.current, next)) return kept.current;
    kept.current = next;
    return next;
  });
  const glow = useDesigner((designer) =>
    glowLeg ? designer.flow.legs.find((leg) => leg.id === glowLeg)?.color : undefined,
  );
  return {
    attributes: {
      'data-run-state': state,
      'data-visits': visits > 0 ? String(visits) : undefined,
      'data-breakpoint': breakpoint ? 'on' : undefined,
    },
    glowStyle: glow ? ({ '--run-glow': glow } as CSSProperties) : undefined,
    takenPorts,
  };
}
