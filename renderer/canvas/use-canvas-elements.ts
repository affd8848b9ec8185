import type { Edge } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { problemBadges } from '../problems/problem-badges';
import { problemsOf } from '../problems/problems-of';
import { useDesigner } from '../store/designer-context';
import { toCanvasEdges, toCanvasNodes } from './canvas-elements';
import type { CanvasNode } from './canvas-elements';

/** The canvas's nodes and edges, derived from the flow document and the view state. */
export function useCanvasElements() {
  const { flow, selectedNodeIds, selectedNoteIds, selectedEdgeIds, measured } = useDesigner(
    useShallow((state) => ({
      flow: state.flow,
      selectedNodeIds: state.selectedNodeIds,
      selectedNoteIds: state.selectedNoteIds,
      selectedEdgeIds: state.selectedEdgeIds,
      measured: state.measured,
    })),
  );
  // The same array while only positions change (a drag), so badges are not rebuilt every frame.
  const problems = problemsOf(flow);
  const badges = useMemo(() => problemBadges(problems), [problems]);
  // Last render's elements, so unchanged ones keep their identity (see canvas-elements.ts).
  const previousNodes = useRef<ReadonlyMap<string, CanvasNode>>(new Map());
  const previousEdges = useRef<ReadonlyMap<string, Edge>>(new Map());
  const nodes = useMemo(() => {
    const view = { selectedNodeIds, selectedNoteIds, measured, badges };
    const next = toCanvasNodes(flow, view, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [flow, selectedNodeIds, selectedNoteIds, measured, badges]);
  const flowEdges = flow.edges;
  const edges = useMemo(() => {
    const next = toCanvasEdges({ edges: flowEdges }, selectedEdgeIds, previousEdges.current);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [flowEdges, selectedEdgeIds]);
  return { nodes, edges };
}
