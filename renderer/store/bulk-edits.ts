// Pure edits that touch many elements at once but must stay one undo step: deleting a mixed
// selection, and placing many nodes (auto-layout).
import type { FlowDocument } from '../../shared/flow/flow-document';
import { roundXY } from './flow-edits';
import type { XY } from './flow-edits';

/** Ids of what to remove, by element type. */
export interface ElementIds {
  nodes?: Iterable<string>;
  edges?: Iterable<string>;
  notes?: Iterable<string>;
}

/** Removes nodes (with every edge into or out of them), edges and notes in one edit. */
export function removeElements(flow: FlowDocument, ids: ElementIds): FlowDocument {
  const nodes = new Set(ids.nodes);
  const edges = new Set(ids.edges);
  const notes = new Set(ids.notes);
  if (nodes.size + edges.size + notes.size === 0) return flow;
  const next = {
    ...flow,
    nodes: flow.nodes.filter((node) => !nodes.has(node.id)),
    edges: flow.edges.filter(
      (edge) => !edges.has(edge.id) && !nodes.has(edge.from) && !nodes.has(edge.to),
    ),
    notes: flow.notes.filter((note) => !notes.has(note.id)),
  };
  const unchanged =
    next.nodes.length === flow.nodes.length &&
    next.edges.length === flow.edges.length &&
    next.notes.length === flow.notes.length;
  return unchanged ? flow : next;
}

/**
 * Moves the given nodes to new positions; nodes not listed, or already there, keep their
 * identity. Returns `flow` itself when nothing moves, so the store records no empty step.
 */
export function placeNodes(
  flow: FlowDocument,
  positions: ReadonlyMap<string, XY> | Readonly<Record<string, XY>>,
): FlowDocument {
  const lookup =
    positions instanceof Map ? positions : new Map(Object.entries(positions as Record<string, XY>));
  let moved = false;
  const nodes = flow.nodes.map((node) => {
    const target = lookup.get(node.id);
    if (!target) return node;
    const position = roundXY(target);
    if (position.x === node.position.x && position.y === node.position.y) return node;
    moved = true;
    return { ...node, position };
  });
  return moved ? { ...flow, nodes } : flow;
}
