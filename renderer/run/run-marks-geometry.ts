import type { ReactFlowState } from '@xyflow/react';

interface XY {
  x: number;
  y: number;
}

/** Where a marked node is on the flow, and where its outputs' handles are (their centres). */
export interface MarkBox extends XY {
  width: number;
  height: number;
  ports: Readonly<Record<string, XY>>;
}

export type MarkBoxes = ReadonlyMap<string, MarkBox>;

/**
 * The boxes of the nodes named, in flow coordinates, from React Flow's measurements. A node not
 * measured yet (just added, or never drawn) has no box and gets no mark until it is.
 */
export function markBoxes(state: Pick<ReactFlowState, 'nodeLookup'>, nodeIds: readonly string[]) {
  const boxes = new Map<string, MarkBox>();
  for (const nodeId of nodeIds) {
    const node = state.nodeLookup.get(nodeId);
    const { width, height } = node?.measured ?? {};
    if (!node || !width || !height) continue;
    const { x, y } = node.internals.positionAbsolute;
    const ports: Record<string, XY> = {};
    for (const handle of node.internals.handleBounds?.source ?? []) {
      if (!handle.id) continue;
      ports[handle.id] = {
        x: x + handle.x + handle.width / 2,
        y: y + handle.y + handle.height / 2,
      };
    }
    boxes.set(nodeId, { x, y, width, height, ports });
  }
  return boxes as MarkBoxes;
}

const samePoint = (a: XY | undefined, b: XY | undefined) => a?.x === b?.x && a?.y === b?.y;

/**
 * Whether two answers are the same, so the layer draws again only when a marked node moves or
 * changes size, not at every pan or zoom (React Flow's store changes with the view).
 */
export function sameBoxes(a: MarkBoxes, b: MarkBoxes): boolean {
  if (a.size !== b.size) return false;
  for (const [nodeId, box] of a) {
    const other = b.get(nodeId);
    if (!other || !samePoint(box, other) || box.width !== other.width) return false;
    if (box.height !== other.height) return false;
    const ports = Object.keys(box.ports);
    if (ports.length !== Object.keys(other.ports).length) return false;
    if (ports.some((port) => !samePoint(box.ports[port], other.ports[port]))) return false;
  }
  return true;
}

/** A rectangle of the flow, in flow coordinates. */
export interface Extent {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Extents move in steps this big, so dragging a node rarely changes the layer's size. */
const EXTENT_STEP = 512;

/**
 * Room for every node and its marks, rounded out to whole steps. The marks layer takes this
 * size rather than its contents' size: a composited layer whose size changes makes the browser
 * lay out all the page's layers again, and the contents grow at every event.
 */
export function flowExtent(state: Pick<ReactFlowState, 'nodeLookup'>): Extent {
  let left = 0;
  let top = 0;
  let right = 0;
  let bottom = 0;
  for (const node of state.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (node.measured.width ?? 0));
    bottom = Math.max(bottom, y + (node.measured.height ?? 0));
  }
  const down = (value: number) => Math.floor(value / EXTENT_STEP - 0.25) * EXTENT_STEP;
  const up = (value: number) => Math.ceil(value / EXTENT_STEP + 0.25) * EXTENT_STEP;
  const x = down(left);
  const y = down(top);
  return { x, y, width: up(right) - x, height: up(bottom) - y };
}

export const sameExtent = (a: Extent, b: Extent) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
