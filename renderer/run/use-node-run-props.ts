import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDesigner } from '../store/designer-context';
import { useOptionalRun } from './run-context';
import { shownRun } from './run-store';
import { nodeRunState } from './node-run-state';

/** A node no run has left yet: one shared empty list, so it compares equal every time. */
const NO_PORTS: readonly string[] = [];

/**
 * What a canvas node shows of the run shown (live or replayed): the attributes of its root
 * (`data-run-state`, `data-visits` drawn as a count by run.css, `data-breakpoint`), the glow
 * colour of the leg the call is on when it is the cursor's node, and the ports the run left by.
 * The node re-renders only when its own values change.
 */
export function useNodeRunProps(nodeId: string) {
  const { state, visits, breakpoint, glowLeg, takenPorts } = useOptionalRun(
    useShallow((store) => {
      const view = shownRun(store);
      const state = nodeRunState(view, nodeId);
      return {
        state,
        visits: view.visits[nodeId] ?? 0,
        breakpoint: store.breakpoints.includes(nodeId),
        glowLeg: state === 'active' ? (view.current?.leg ?? null) : null,
        takenPorts: view.portsTaken[nodeId] ?? NO_PORTS,
      };
    }),
  );
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
