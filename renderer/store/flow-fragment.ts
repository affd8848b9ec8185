// Copy and paste as data: a fragment is the part of a flow that was selected, written to the
// system clipboard as JSON so it can be pasted into another flow or another window.
import type {
  FlowDocument,
  FlowEdge,
  FlowLeg,
  FlowNode,
  FlowNote,
} from '../../shared/flow/flow-document';
import { nextId, roundXY } from './flow-edits';
import type { XY } from './flow-edits';

/** The format tag of a fragment on the clipboard, so stray JSON is not pasted as nodes. */
export const FRAGMENT_FORMAT = 'legflow.fragment';

/** Selected nodes with the edges between them, the legs they act on, and selected notes. */
export interface FlowFragment {
  format: typeof FRAGMENT_FORMAT;
  version: 1;
  legs: FlowLeg[];
  nodes: FlowNode[];
  edges: FlowEdge[];
  notes: FlowNote[];
}

/** How far each paste moves from the last, so copies never hide exactly under the originals. */
export const PASTE_STEP = 32;

/** The selected part of `flow` as a fragment, or null when nothing is selected. */
export function extractFragment(
  flow: FlowDocument,
  nodeIds: Iterable<string>,
  noteIds: Iterable<string> = [],
): FlowFragment | null {
  const nodeSet = new Set(nodeIds);
  const noteSet = new Set(noteIds);
  const nodes = flow.nodes.filter((node) => nodeSet.has(node.id));
  const notes = flow.notes.filter((note) => noteSet.has(note.id));
  if (nodes.length === 0 && notes.length === 0) return null;
  // Only edges with both ends inside: an edge to a node left behind has nowhere to go.
  const edges = flow.edges.filter((edge) => nodeSet.has(edge.from) && nodeSet.has(edge.to));
  const legIds = new Set(nodes.map((node) => node.leg));
  const legs = flow.legs.filter((leg) => legIds.has(leg.id));
  return { format: FRAGMENT_FORMAT, version: 1, legs, nodes, edges, notes };
}

/**
 * Where a paste lands relative to the copied positions: in place when that spot is free (pasting
 * into another flow), otherwise one step further down and right for each copy already there.
 */
export function pasteOffset(flow: FlowDocument, fragment: FlowFragment): XY {
  const anchor = fragment.nodes[0]?.position ?? fragment.notes[0]?.position;
  if (!anchor) return { x: 0, y: 0 };
  const taken = new Set(
    [...flow.nodes, ...flow.notes].map(({ position }) => `${position.x},${position.y}`),
  );
  let step = 0;
  while (taken.has(`${anchor.x + step * PASTE_STEP},${anchor.y + step * PASTE_STEP}`)) step += 1;
  return { x: step * PASTE_STEP, y: step * PASTE_STEP };
}

/**
 * Adds a fragment's elements to `flow` with fresh ids (edges follow their nodes), moved by
 * `offset`. Legs the flow lacks are added; legs it has keep the flow's own label and colour.
 */
export function pasteFragment(
  flow: FlowDocument,
  fragment: FlowFragment,
  offset: XY = pasteOffset(flow, fragment),
): { flow: FlowDocument; nodeIds: string[]; noteIds: string[] } {
  const move = (position: XY) => roundXY({ x: position.x + offset.x, y: position.y + offset.y });
  const nodeIdsTaken = new Set(flow.nodes.map((node) => node.id));
  const renamed = new Map<string, string>();
  const nodes = fragment.nodes.map((node) => {
    const id = nextId(node.kind, nodeIdsTaken);
    nodeIdsTaken.add(id);
    renamed.set(node.id, id);
    return { ...node, id, position: move(node.position) };
  });

  const edgeIdsTaken = new Set(flow.edges.map((edge) => edge.id));
  const edges: FlowEdge[] = [];
  for (const edge of fragment.edges) {
    const from = renamed.get(edge.from);
    const to = renamed.get(edge.to);
    if (!from || !to) continue;
    const id = nextId('edge', edgeIdsTaken);
    edgeIdsTaken.add(id);
    edges.push({ id, from, port: edge.port, to });
  }

  const noteIdsTaken = new Set(flow.notes.map((note) => note.id));
  const notes = fragment.notes.map((note) => {
    const id = nextId('note', noteIdsTaken);
    noteIdsTaken.add(id);
    return { ...note, id, position: move(note.position) };
  });

  const knownLegs = new Set(flow.legs.map((leg) => leg.id));
  const newLegs = fragment.legs.filter((leg) => !knownLegs.has(leg.id));

  return {
    flow: {
      ...flow,
      legs: newLegs.length ? [...flow.legs, ...newLegs] : flow.legs,
      nodes: [...flow.nodes, ...nodes],
      edges: [...flow.edges, ...edges],
      notes: notes.length ? [...flow.notes, ...notes] : flow.notes,
    },
    nodeIds: nodes.map((node) => node.id),
    noteIds: notes.map((note) => note.id),
  };
}
