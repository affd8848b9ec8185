import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { FlowDocument } from '../../shared/flow/flow-document';
import type { Size, XY } from '../store/designer-store';

/** What a node is assumed to measure when the canvas has not measured it (yet). */
const FALLBACK_SIZE: Size = { width: 220, height: 120 };

/**
 * Layered, top to bottom: the start at the top, each step below the one before. Model order
 * keeps a node's outputs left to right in port order (choice 1 left of choice 2), so the picture
 * reads like the menu it is.
 */
const LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.spacing.nodeNode': '48',
  'elk.spacing.componentComponent': '96',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/** The ELK graph for a flow's nodes and edges, with each node at its measured size. */
export function toElkGraph(flow: FlowDocument, sizes: Readonly<Record<string, Size>>): ElkNode {
  const ids = new Set(flow.nodes.map((node) => node.id));
  return {
    id: 'flow',
    layoutOptions: LAYOUT_OPTIONS,
    children: flow.nodes.map((node) => ({ id: node.id, ...(sizes[node.id] ?? FALLBACK_SIZE) })),
    edges: flow.edges
      .filter((edge) => ids.has(edge.from) && ids.has(edge.to))
      .map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  };
}

/**
 * Node positions from ELK's result, moved so the laid-out flow starts where the flow's top-left
 * node was: the flow changes shape without jumping elsewhere on the canvas.
 */
export function positionsFromLayout(flow: FlowDocument, laidOut: ElkNode): Map<string, XY> {
  const children = laidOut.children ?? [];
  if (flow.nodes.length === 0 || children.length === 0) return new Map();
  const origin = {
    x: Math.min(...flow.nodes.map((node) => node.position.x)),
    y: Math.min(...flow.nodes.map((node) => node.position.y)),
  };
  const left = Math.min(...children.map((child) => child.x ?? 0));
  const top = Math.min(...children.map((child) => child.y ?? 0));
  return new Map(
    children.map((child) => [
      child.id,
      {
        x: Math.round(origin.x + (child.x ?? 0) - left),
        y: Math.round(origin.y + (child.y ?? 0) - top),
      },
    ]),
  );
}

/**
 * Lays a flow out with elkjs. ELK is large, so it is loaded on first use rather than with the
 * app, which keeps opening the app fast.
 */
export async function layoutFlow(
  flow: FlowDocument,
  sizes: Readonly<Record<string, Size>>,
): Promise<Map<string, XY>> {
  const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
  const laidOut = await new Elk().layout(toElkGraph(flow, sizes));
  return positionsFromLayout(flow, laidOut);
}
