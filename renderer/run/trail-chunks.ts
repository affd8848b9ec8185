import { sameList, sameNodeMark } from './run-marks';
import type { NodeMark } from './run-marks';
import type { MarkBox } from './run-marks-geometry';

/** A node's mark placed on the flow: its state and counts, and its box. */
export type PlacedMark = NodeMark & Pick<MarkBox, 'x' | 'y' | 'width' | 'height'>;

/** A ring round an output the run left by, at its handle's centre. */
export interface PortDot {
  key: string;
  x: number;
  y: number;
  failed: boolean;
}

/** A line the run took, by the path its edge is drawn along. */
export interface LinePath {
  edgeId: string;
  d: string;
}

/** The trail's marks of a few neighbouring nodes of the flow, drawn in an SVG of their own. */
export interface TrailChunk {
  key: number;
  nodes: PlacedMark[];
  ports: PortDot[];
  /** The lines out of these nodes. */
  lines: LinePath[];
}

/** Nodes per chunk: small enough that an event redraws little, few enough to stay cheap. */
export const NODES_PER_CHUNK = 24;

/**
 * The trail split by where its nodes stand in the flow's list: an event changes the marks of one
 * or two nodes, and only their chunk is drawn again. In one SVG, every event made the browser
 * repaint the whole trail, hundreds of shapes by the end of a long run (tests/bench/glow-latency).
 * A line goes with the node it leaves; a node the flow no longer has goes in the last chunk.
 */
export function trailChunks(
  marks: { nodes: readonly PlacedMark[]; ports: readonly (PortDot & { nodeId: string })[] },
  lines: readonly (LinePath & { from: string })[],
  nodeIndex: ReadonlyMap<string, number>,
): TrailChunk[] {
  const chunks = new Map<number, TrailChunk>();
  const chunkOf = (nodeId: string) => {
    const key = Math.floor((nodeIndex.get(nodeId) ?? nodeIndex.size) / NODES_PER_CHUNK);
    let chunk = chunks.get(key);
    if (!chunk) chunks.set(key, (chunk = { key, nodes: [], ports: [], lines: [] }));
    return chunk;
  };
  for (const mark of marks.nodes) chunkOf(mark.nodeId).nodes.push(mark);
  for (const { nodeId, ...dot } of marks.ports) chunkOf(nodeId).ports.push(dot);
  for (const { from, ...line } of lines) chunkOf(from).lines.push(line);
  return [...chunks.values()].sort((a, b) => a.key - b.key);
}

/** The trail is drawn in three passes over all chunks, lines under nodes under port rings. */
export type TrailPass = 'lines' | 'nodes' | 'ports';

const sameNode = (a: PlacedMark, b: PlacedMark) =>
  sameNodeMark(a, b) && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Whether one pass of a chunk draws the same as before: then React leaves its SVG alone. Each
 * pass is compared on its own list, so a port ring added does not redraw the chunk's tints.
 */
export function samePass(a: TrailChunk, b: TrailChunk, pass: TrailPass): boolean {
  if (a.key !== b.key) return false;
  switch (pass) {
    case 'lines':
      return sameList(a.lines, b.lines, (x, y) => x.edgeId === y.edgeId && x.d === y.d);
    case 'nodes':
      return sameList(a.nodes, b.nodes, sameNode);
    case 'ports':
      return sameList(
        a.ports,
        b.ports,
        (x, y) => x.key === y.key && x.x === y.x && x.y === y.y && x.failed === y.failed,
      );
  }
}
