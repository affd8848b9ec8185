import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api';
import { getDefinition } from '../../shared/catalog';
import type { FlowDocument, FlowNode } from '../../shared/flow/flow-document';
import type { Size, XY } from '../store/designer-store';
import { nodeWidth } from './node-width';

/** How tall a node is assumed to be when the canvas has not measured it (yet). */
const FALLBACK_HEIGHT = 96;
/** A handle's box when the canvas has not measured it: a 12 px dot half outside the edge. */
const FALLBACK_HANDLE = 12;

/** A handle's box, relative to its node's top-left corner. */
export interface HandleBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node as the canvas measured it: its size and where its input and outputs sit. */
export interface NodeGeometry extends Size {
  input?: HandleBox;
  /** By port name. */
  outputs: Readonly<Record<string, HandleBox>>;
}

/** The laid-out flow: where each node goes, and each line's route through the gaps. */
export interface FlowLayout {
  positions: Map<string, XY>;
  /** By edge id: the points a line passes, from its output to its input, all right angles. */
  routes: Map<string, XY[]>;
}

/**
 * Layered, top to bottom, as the nodes are drawn: the start at the top, each step below the one
 * before, inputs on a node's top edge and outputs along its bottom edge at the places the canvas
 * drew them (fixed port positions), so a line leaves straight down and enters straight from above.
 * Lines are routed with right angles through the gaps between nodes, never through one. Model
 * order keeps a node's outputs left to right in port order (choice 1 left of choice 2), so the
 * picture reads like the menu it is.
 */
const LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '14',
  'elk.spacing.nodeNode': '32',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '14',
  'elk.spacing.componentComponent': '96',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

const inputPortId = (nodeId: string) => `${nodeId}::in`;
const outputPortId = (nodeId: string, port: string) => `${nodeId}::out::${port}`;

/** The ELK graph for a flow's nodes and edges, with each node and handle where it was measured. */
export function toElkGraph(
  flow: FlowDocument,
  geometry: Readonly<Record<string, NodeGeometry | Size>>,
): ElkNode {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const children = flow.nodes.map((node) => elkNode(node, geometryOf(node, geometry[node.id])));
  const portIds = new Set(children.flatMap((child) => (child.ports ?? []).map((port) => port.id)));
  const edges: ElkExtendedEdge[] = flow.edges
    .filter((edge) => byId.has(edge.from) && byId.has(edge.to))
    .map((edge) => {
      const source = outputPortId(edge.from, edge.port);
      const target = inputPortId(edge.to);
      return {
        id: edge.id,
        sources: [portIds.has(source) ? source : edge.from],
        targets: [portIds.has(target) ? target : edge.to],
      };
    });
  return { id: 'flow', layoutOptions: LAYOUT_OPTIONS, children, edges };
}

function elkNode(node: FlowNode, geometry: NodeGeometry): ElkNode {
  // ELK puts a port wholly outside its node; a handle sits half across the edge, so each port is
  // moved in by half its height. Then a route starts and ends where React Flow starts and ends
  // the line: the far side of the handle's dot.
  const port = (id: string, box: HandleBox, side: 'NORTH' | 'SOUTH'): ElkPort => ({
    id,
    ...box,
    layoutOptions: { 'elk.port.side': side, 'elk.port.borderOffset': String(-box.height / 2) },
  });
  const ports: ElkPort[] = [];
  if (geometry.input) ports.push(port(inputPortId(node.id), geometry.input, 'NORTH'));
  for (const [name, box] of Object.entries(geometry.outputs)) {
    ports.push(port(outputPortId(node.id, name), box, 'SOUTH'));
  }
  return {
    id: node.id,
    width: geometry.width,
    height: geometry.height,
    ports,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
  };
}

/**
 * A node's geometry as measured, or as the node view draws it when it has not been measured:
 * the input centred on the top edge, the outputs spread evenly along the bottom in port order.
 */
function geometryOf(node: FlowNode, measured: NodeGeometry | Size | undefined): NodeGeometry {
  if (measured && 'outputs' in measured) return measured;
  const definition = getDefinition(node.kind);
  const ports = definition?.ports(node.params) ?? [];
  const { width, height } = measured ?? { width: nodeWidth(ports.length), height: FALLBACK_HEIGHT };
  const half = FALLBACK_HANDLE / 2;
  const dot = (centreX: number, centreY: number): HandleBox => ({
    x: centreX - half,
    y: centreY - half,
    width: FALLBACK_HANDLE,
    height: FALLBACK_HANDLE,
  });
  return {
    width,
    height,
    ...(definition && !definition.trigger ? { input: dot(width / 2, 0) } : {}),
    outputs: Object.fromEntries(
      ports.map((port, index) => [port.name, dot(((index + 0.5) * width) / ports.length, height)]),
    ),
  };
}

/**
 * Node positions and line routes from ELK's result, moved so the laid-out flow starts where the
 * flow's top-left node was: the flow changes shape without jumping elsewhere on the canvas.
 */
export function layoutFromElk(flow: FlowDocument, laidOut: ElkNode): FlowLayout {
  const children = laidOut.children ?? [];
  if (flow.nodes.length === 0 || children.length === 0) {
    return { positions: new Map(), routes: new Map() };
  }
  const left = Math.min(...children.map((child) => child.x ?? 0));
  const top = Math.min(...children.map((child) => child.y ?? 0));
  const shift = {
    x: Math.min(...flow.nodes.map((node) => node.position.x)) - left,
    y: Math.min(...flow.nodes.map((node) => node.position.y)) - top,
  };
  const moved = (point: { x?: number; y?: number }): XY => ({
    x: Math.round((point.x ?? 0) + shift.x),
    y: Math.round((point.y ?? 0) + shift.y),
  });
  const positions = new Map(children.map((child) => [child.id, moved(child)]));
  const routes = new Map<string, XY[]>();
  for (const edge of laidOut.edges ?? []) {
    const section = edge.sections?.[0];
    if (!section) continue;
    routes.set(edge.id, [
      moved(section.startPoint),
      ...(section.bendPoints ?? []).map(moved),
      moved(section.endPoint),
    ]);
  }
  return { positions, routes };
}

/** Node positions alone (see {@link layoutFromElk}). */
export function positionsFromLayout(flow: FlowDocument, laidOut: ElkNode): Map<string, XY> {
  return layoutFromElk(flow, laidOut).positions;
}

/**
 * Lays a flow out with elkjs. ELK is large, so it is loaded on first use rather than with the
 * app, which keeps opening the app fast.
 */
export async function layoutFlow(
  flow: FlowDocument,
  geometry: Readonly<Record<string, NodeGeometry | Size>>,
): Promise<FlowLayout> {
  const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
  const laidOut = await new Elk().layout(toElkGraph(flow, geometry));
  return layoutFromElk(flow, laidOut);
}
