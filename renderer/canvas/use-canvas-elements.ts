import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDesigner } from '../store/designer-context';
import { toCanvasEdges, toCanvasNodes } from './canvas-elements';
import type { LegflowNode } from './canvas-elements';

/** The canvas's nodes and edges, derived from the flow document and the view state. */
export function useCanvasElements() {
  const { flow, selectedNodeIds, selectedEdgeIds, measured } = useDesigner(
    useShallow((state) => ({
      flow: state.flow,
      selectedNodeIds: state.selectedNodeIds,
      selectedEdgeIds: state.selectedEdgeIds,
      measured: state.measured,
    })),
  );
  // Last render's nodes, so unchanged nodes keep their identity (see toCanvasNodes).
  const previous = useRef<ReadonlyMap<string, LegflowNode>>(new Map());
  const nodes = useMemo(() => {
    const next = toCanvasNodes(flow, { selectedNodeIds, measured }, previous.current);
    previous.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [flow, selectedNodeIds, measured]);
  const edges = useMemo(() => toCanvasEdges(flow, selectedEdgeIds), [flow, selectedEdgeIds]);
  return { nodes, edges };
}
