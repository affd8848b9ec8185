import type { FlowDocument } from '../../shared/flow';
import { edgeRunMark } from './edge-run-mark';
import type { EdgeRunMark } from './edge-run-mark';
import { nodeRunState } from './node-run-state';
import type { NodeRunState } from './node-run-state';
import type { RunView } from './run-view';

/** A node the run shown has reached, as the marks layer draws it. */
export interface NodeMark {
  nodeId: string;
  state: Exclude<NodeRunState, 'idle'>;
  visits: number;
  /** The node the call is on: the colour of the leg it is on (else the node's own leg's). */
  legColor: string | null;
}

/** A line the run went along. */
export interface LineMark {
  edgeId: string;
  mark: EdgeRunMark;
}

/** An output the run left a node by. */
export interface PortMark {
  nodeId: string;
  port: string;
}

export interface RunMarks {
  nodes: NodeMark[];
  lines: LineMark[];
  ports: PortMark[];
}

/**
 * Everything the run shown has marked on the flow: the nodes it reached (with their state and
 * visit count), the lines it went along and the outputs it left by. The canvas draws these in a
 * layer of their own (run-marks-layer.tsx) rather than restyling its nodes and lines.
 */
export function runMarks(view: RunView, flow: FlowDocument, failedId: string | null): RunMarks {
  const nodes: NodeMark[] = [];
  const ports: PortMark[] = [];
  for (const node of flow.nodes) {
    const state = nodeRunState(view, node.id, failedId);
    if (state === 'idle') continue;
    nodes.push({
      nodeId: node.id,
      state,
      visits: view.visits[node.id] ?? 0,
      legColor: state === 'active' ? legColor(flow, view.current?.leg ?? node.leg) : null,
    });
    for (const port of view.portsTaken[node.id] ?? []) ports.push({ nodeId: node.id, port });
  }
  const lines: LineMark[] = [];
  for (const edge of flow.edges) {
    const mark = edgeRunMark(view, edge.from, edge.port, edge.to);
    if (mark) lines.push({ edgeId: edge.id, mark });
  }
  return { nodes, lines, ports };
}

/** What a run's marks are made from, besides the flow (runMarks reads nothing else of the view). */
export const marksInputs = (view: RunView): readonly unknown[] => [
  view.phase,
  view.current,
  view.paused,
  view.visits,
  view.taken,
  view.portsTaken,
  view.finished,
];

/** Whether two lists of inputs hold the same values, each compared by identity. */
export const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

const legColor = (flow: FlowDocument, legId: string | null) =>
  flow.legs.find((leg) => leg.id === legId)?.color ?? null;

/** Whether two lists hold the same items, in order, by `same`. */
export const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((item, index) => same(item, b[index]!));

/** Whether two nodes' marks draw the same. */
export const sameNodeMark = (x: NodeMark, y: NodeMark) =>
  x.nodeId === y.nodeId &&
  x.state === y.state &&
  x.visits === y.visits &&
  x.legColor === y.legColor;

/**
 * Whether two sets of marks draw the same: most run updates (an event logged, a variable set)
 * change no mark, and the layer must then not draw again.
 */
export function sameMarks(a: RunMarks, b: RunMarks): boolean {
  return (
    sameList(a.nodes, b.nodes, sameNodeMark) &&
    sameList(a.lines, b.lines, (x, y) => x.edgeId === y.edgeId && x.mark === y.mark) &&
    sameList(a.ports, b.ports, (x, y) => x.nodeId === y.nodeId && x.port === y.port)
  );
}
