import type { Edge, Node } from '@xyflow/react';
import type { FlowDocument, FlowLeg, FlowNode, FlowNote } from '../../shared/flow/flow-document';
import { sameBadge } from '../problems/problem-badges';
import type { ProblemBadge } from '../problems/problem-badges';
import { noteElementId } from '../store/element-ids';
import type { Size } from '../store/designer-store';

/** What a node on the canvas carries: its flow node, the leg it acts on, and its problems. */
export type LegflowNodeData = {
  flowNode: FlowNode;
  leg: FlowLeg | null;
  badge: ProblemBadge | null;
};
export type LegflowNode = Node<LegflowNodeData, 'legflow'>;
/** A sticky note on the canvas. */
export type NoteNode = Node<{ note: FlowNote }, 'note'>;
/** Everything React Flow draws as a node. */
export type CanvasNode = LegflowNode | NoteNode;

/** The view state the canvas elements depend on besides the flow. */
export interface CanvasViewState {
  selectedNodeIds: readonly string[];
  selectedNoteIds: readonly string[];
  measured: Readonly<Record<string, Size>>;
  badges: ReadonlyMap<string, ProblemBadge>;
}

function flowNodeElement(
  flowNode: FlowNode,
  leg: FlowLeg | null,
  badge: ProblemBadge | null,
  selected: boolean,
  measured: Size | undefined,
  before: CanvasNode | undefined,
): LegflowNode {
  if (
    before?.type === 'legflow' &&
    before.data.flowNode === flowNode &&
    before.data.leg === leg &&
    sameBadge(before.data.badge, badge) &&
    before.selected === selected &&
    before.measured === measured
  ) {
    return before;
  }
  return {
    id: flowNode.id,
    type: 'legflow',
    position: flowNode.position,
    data: { flowNode, leg, badge },
    selected,
    ...(measured && { measured }),
  };
}

function noteElement(
  note: FlowNote,
  selected: boolean,
  measured: Size | undefined,
  before: CanvasNode | undefined,
): NoteNode {
  if (
    before?.type === 'note' &&
    before.data.note === note &&
    before.selected === selected &&
    before.measured === measured
  ) {
    return before;
  }
  return {
    id: noteElementId(note.id),
    type: 'note',
    position: note.position,
    data: { note },
    selected,
    // Notes sit under the nodes, so a note never hides a port someone is aiming for.
    zIndex: -1,
    ...(measured && { measured }),
  };
}

/**
 * React Flow's nodes for a flow, notes first. A node whose inputs did not change is returned as
 * the very same object as before (from `previous`), so React Flow re-renders only what changed.
 */
export function toCanvasNodes(
  flow: FlowDocument,
  view: CanvasViewState,
  previous: ReadonlyMap<string, CanvasNode>,
): CanvasNode[] {
  const legs = new Map(flow.legs.map((leg) => [leg.id, leg]));
  const selectedNodes = new Set(view.selectedNodeIds);
  const selectedNotes = new Set(view.selectedNoteIds);
  const notes = flow.notes.map((note) => {
    const id = noteElementId(note.id);
    return noteElement(note, selectedNotes.has(note.id), view.measured[id], previous.get(id));
  });
  const nodes = flow.nodes.map((flowNode) =>
    flowNodeElement(
      flowNode,
      (flowNode.leg && legs.get(flowNode.leg)) || null,
      view.badges.get(flowNode.id) ?? null,
      selectedNodes.has(flowNode.id),
      view.measured[flowNode.id],
      previous.get(flowNode.id),
    ),
  );
  return notes.length ? [...notes, ...nodes] : nodes;
}

/**
 * React Flow's edges for a flow: each leaves its node by the handle named after its port. Like
 * the nodes, an unchanged edge keeps its identity so its view does not re-render.
 */
export function toCanvasEdges(
  flow: Pick<FlowDocument, 'edges'>,
  selectedEdgeIds: readonly string[],
  previous: ReadonlyMap<string, Edge> = new Map(),
): Edge[] {
  const selected = new Set(selectedEdgeIds);
  return flow.edges.map((edge) => {
    const isSelected = selected.has(edge.id);
    const before = previous.get(edge.id);
    if (
      before &&
      before.source === edge.from &&
      before.sourceHandle === edge.port &&
      before.target === edge.to &&
      before.selected === isSelected
    ) {
      return before;
    }
    return {
      id: edge.id,
      source: edge.from,
      sourceHandle: edge.port,
      target: edge.to,
      selected: isSelected,
      ...(edge.port === 'error' && { className: 'edge--error' }),
    };
  });
}
