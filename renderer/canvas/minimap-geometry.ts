import type { Rect } from '@xyflow/react';

/** What a node is assumed to measure before the canvas has measured it. */
const FALLBACK = { width: 220, height: 120 };

/** The parts of a canvas node the minimap needs. */
export interface MinimapNode {
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
}

/** The box around every node, or null when there are none. */
export function nodesBounds(nodes: readonly MinimapNode[]): Rect | null {
  if (nodes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { position, measured } of nodes) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + (measured?.width ?? FALLBACK.width));
    bottom = Math.max(bottom, position.y + (measured?.height ?? FALLBACK.height));
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** How flow coordinates map into a minimap of `size`: the bounds centred, padded, scaled to fit. */
export interface MinimapScale {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function minimapScale(
  bounds: Rect,
  size: { width: number; height: number },
  padding = 8,
): MinimapScale {
  const scale = Math.min(
    (size.width - 2 * padding) / Math.max(bounds.width, 1),
    (size.height - 2 * padding) / Math.max(bounds.height, 1),
  );
  return {
    scale,
    offsetX: (size.width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (size.height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** The flow area the canvas shows, given React Flow's transform and the pane size. */
export function visibleFlowRect(
  [x, y, zoom]: readonly [number, number, number],
  pane: { width: number; height: number },
): Rect {
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/** The flow point under a point of the minimap. */
export function flowPointAt(
  { scale, offsetX, offsetY }: MinimapScale,
  point: { x: number; y: number },
): { x: number; y: number } {
  return { x: (point.x - offsetX) / scale, y: (point.y - offsetY) / scale };
}
