import type { Edge, Node } from '@xyflow/react';
import type { FlowDocument, FlowLeg, FlowNode } from '../../shared/flow/flow-document';
import type { Size } from '../store/designer-store';

/** What a node on the canvas carries: its flow node and the leg it acts on, if any. */
export type LegflowNodeData = { flowNode: FlowNode; leg: FlowLeg | null };
export type LegflowNode = Node<LegflowNodeData, 'legflow'>;

interface NodeViewState {
  selectedNodeIds: readonly string[];
  measured: Readonly<Record<string, Size>>;
}

/**
 * React Flow's nodes for a flow. A node whose inputs did not change is returned as the very same
 * object as before (from `previous`), so React Flow re-renders only nodes that changed.
 */
export function toCanvasNodes(
  flow: FlowDocument,
  view: NodeViewState,
  previous: ReadonlyMap<string, LegflowNode>,
): LegflowNode[] {
  const legs = new Map(flow.legs.map((leg) => [leg.id, leg]));
  const selected = new Set(view.selectedNodeIds);
  return flow.nodes.map((flowNode) => {
    const leg = (flowNode.leg && legs.get(flowNode.leg)) || null;
    const isSelected = selected.has(flowNode.id);
    const measured = view.measured[flowNode.id];
    const before = previous.get(flowNode.id);
    if (
      before &&
      before.data.flowNode === flowNode &&
      before.data.leg === leg &&
      before.selected === isSelected &&
      before.measured === measured
    ) {
      return before;
    }
    return {
      id: flowNode.id,
      type: 'legflow',
      position: flowNode.position,
      data: { flowNode, leg },
      selected: isSelected,
      ...(measured && { measured }),
    };
  });
}

/** React Flow's edges for a flow: each leaves its node by the handle named after its port. */
export function toCanvasEdges(flow: FlowDocument, selectedEdgeIds: readonly string[]): Edge[] {
  const selected = new Set(selectedEdgeIds);
  return flow.edges.map((edge) => ({
    id: edge.id,
    source: edge.from,
    sourceHandle: edge.port,
    target: edge.to,
    selected: selected.has(edge.id),
  }));
}
