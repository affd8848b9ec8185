import type { InternalNode } from '@xyflow/react';
import type { HandleBox, NodeGeometry } from './auto-layout';

/**
 * Each node's size and handle boxes as React Flow measured them, for Tidy up to place ports where
 * they are drawn. Nodes not measured yet are left out (the layout assumes the node view's shape).
 */
export function measuredGeometry(
  nodeLookup: ReadonlyMap<string, InternalNode>,
): Record<string, NodeGeometry> {
  const geometry: Record<string, NodeGeometry> = {};
  for (const [id, node] of nodeLookup) {
    const width = node.measured.width;
    const height = node.measured.height;
    const handles = node.internals.handleBounds;
    if (!width || !height || !handles) continue;
    const box = ({ x, y, width: w, height: h }: HandleBox): HandleBox => ({
      x,
      y,
      width: w,
      height: h,
    });
    const input = handles.target?.[0];
    geometry[id] = {
      width,
      height,
      ...(input ? { input: box(input) } : {}),
      outputs: Object.fromEntries(
        (handles.source ?? []).flatMap((handle) => (handle.id ? [[handle.id, box(handle)]] : [])),
      ),
    };
  }
  return geometry;
}
