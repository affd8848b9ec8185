// Pure edits of a flow document. Each returns a new document and keeps every untouched node and
// edge object as it was, so views keyed on object identity re-render only what changed.
import { defaultParams, definitionOf } from '../../shared/catalog';
import type { NodeKind } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow/flow-document';

export interface XY {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The first id `prefix-N` (N = 1, 2, ...) that is not taken. Short ids keep flow diffs readable. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** What a node is assumed to measure before the canvas has measured it. */
const DEFAULT_SIZE: Size = { width: 220, height: 120 };
const GAP = 16;

/**
 * `position` if a new node fits there, otherwise the nearest spot below it that overlaps no node
 * (with a small gap), so adding at the same place twice never hides a node under another.
 */
export function freeSpot(
  flow: FlowDocument,
  position: XY,
  sizes: Readonly<Record<string, Size>>,
  size: Size = DEFAULT_SIZE,
): XY {
  const boxes = flow.nodes.map((node) => ({
    ...node.position,
    ...(sizes[node.id] ?? DEFAULT_SIZE),
  }));
  const spot = roundXY(position);
  for (;;) {
    const blocker = boxes.find(
      (box) =>
        spot.x < box.x + box.width + GAP &&
        box.x < spot.x + size.width + GAP &&
        spot.y < box.y + box.height + GAP &&
        box.y < spot.y + size.height + GAP,
    );
    if (!blocker) return spot;
    spot.y = Math.round(blocker.y + blocker.height + GAP);
  }
}

/** Adds a node of `kind` at `position` with default params, on the first leg if it uses one. */
export function addNode(
  flow: FlowDocument,
  kind: NodeKind,
  position: XY,
): { flow: FlowDocument; id: string } {
  const definition = definitionOf(kind);
  const id = nextId(
    kind,
    flow.nodes.map((node) => node.id),
  );
  const node = {
    id,
    kind,
    leg: definition.usesLeg ? (flow.legs[0]?.id ?? null) : null,
    label: definition.title,
    params: defaultParams(kind),
    position: roundXY(position),
  };
  return { flow: { ...flow, nodes: [...flow.nodes, node] }, id };
}

export function moveNode(flow: FlowDocument, id: string, position: XY): FlowDocument {
  const rounded = roundXY(position);
  return {
    ...flow,
    nodes: flow.nodes.map((node) => (node.id === id ? { ...node, position: rounded } : node)),
  };
}

/** Removes nodes and every edge into or out of them. */
export function removeNodes(flow: FlowDocument, ids: ReadonlySet<string>): FlowDocument {
  return {
    ...flow,
    nodes: flow.nodes.filter((node) => !ids.has(node.id)),
    edges: flow.edges.filter((edge) => !ids.has(edge.from) && !ids.has(edge.to)),
  };
}

export function removeEdges(flow: FlowDocument, ids: ReadonlySet<string>): FlowDocument {
  return { ...flow, edges: flow.edges.filter((edge) => !ids.has(edge.id)) };
}

/**
 * Connects an output port to a node. A port leads to one place (the run follows one path), so a
 * new connection from a port replaces the old one. Whether the connection is allowed at all is
 * for connection-rules.ts to say; the store checks it first.
 */
export function connect(flow: FlowDocument, from: string, port: string, to: string): FlowDocument {
  const kept = flow.edges.filter((edge) => !(edge.from === from && edge.port === port));
  const id = nextId(
    'edge',
    flow.edges.map((edge) => edge.id),
  );
  return { ...flow, edges: [...kept, { id, from, port, to }] };
}

/** Flow files keep whole-pixel positions, so a move changes one short line of the file. */
export function roundXY({ x, y }: XY): XY {
  return { x: Math.round(x), y: Math.round(y) };
}
