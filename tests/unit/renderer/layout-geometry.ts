// Checks of a laid-out flow's picture: overlapping nodes, lines through nodes, crossings and
// bends. Used by the auto-layout tests and reported by the layout benchmark.
import type { FlowDocument } from '../../../shared/flow/flow-document';
import type { FlowLayout } from '../../../renderer/canvas/auto-layout';

interface Box {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface XY {
  x: number;
  y: number;
}

/** Each node's box at its laid-out position, at the size the layout assumed for it. */
export function boxesOf(
  flow: FlowDocument,
  layout: FlowLayout,
  sizeOf: (id: string) => { width: number; height: number },
): Box[] {
  return flow.nodes.map((node) => {
    const at = layout.positions.get(node.id)!;
    const { width, height } = sizeOf(node.id);
    return { id: node.id, left: at.x, top: at.y, right: at.x + width, bottom: at.y + height };
  });
}

/** Pairs of nodes whose boxes overlap. */
export function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        found.push(`${a.id} overlaps ${b.id}`);
      }
    }
  }
  return found;
}

/** Lines whose route passes through a node that is neither of its ends. */
export function linesThroughNodes(
  flow: FlowDocument,
  layout: FlowLayout,
  boxes: readonly Box[],
): string[] {
  const found: string[] = [];
  for (const edge of flow.edges) {
    const route = layout.routes.get(edge.id);
    if (!route) {
      found.push(`${edge.id} has no route`);
      continue;
    }
    for (const box of boxes) {
      if (box.id === edge.from || box.id === edge.to) continue;
      if (segmentsOf(route).some(([a, b]) => segmentHitsBox(a, b, box))) {
        found.push(`${edge.id} (${edge.from} → ${edge.to}) passes through ${box.id}`);
      }
    }
  }
  return found;
}

/** How many times two lines cross, and how many bends the lines have in all. */
export function crossingsAndBends(layout: FlowLayout): { crossings: number; bends: number } {
  const routes = [...layout.routes.values()];
  let crossings = 0;
  for (const [index, a] of routes.entries()) {
    for (const b of routes.slice(index + 1)) {
      for (const [a1, a2] of segmentsOf(a)) {
        for (const [b1, b2] of segmentsOf(b)) if (properlyCross(a1, a2, b1, b2)) crossings += 1;
      }
    }
  }
  const bends = routes.reduce((sum, route) => sum + Math.max(route.length - 2, 0), 0);
  return { crossings, bends };
}

function segmentsOf(route: readonly XY[]): Array<[XY, XY]> {
  return route.slice(1).map((point, index) => [route[index]!, point]);
}

/** Whether an axis-aligned segment enters a box (touching its border does not count). */
function segmentHitsBox(a: XY, b: XY, box: Box): boolean {
  const inset = 1;
  const [left, right] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return (
    left < box.right - inset &&
    right > box.left + inset &&
    top < box.bottom - inset &&
    bottom > box.top + inset
  );
}

/** Whether a horizontal and a vertical segment cross at a point inside both. */
function properlyCross(a1: XY, a2: XY, b1: XY, b2: XY): boolean {
  const horizontal = (p: XY, q: XY) => p.y === q.y && p.x !== q.x;
  const vertical = (p: XY, q: XY) => p.x === q.x && p.y !== q.y;
  const [h1, h2, v1, v2] =
    horizontal(a1, a2) && vertical(b1, b2) ? [a1, a2, b1, b2] : [b1, b2, a1, a2];
  if (!horizontal(h1, h2) || !vertical(v1, v2)) return false;
  const x = v1.x;
  const y = h1.y;
  return (
    x > Math.min(h1.x, h2.x) &&
    x < Math.max(h1.x, h2.x) &&
    y > Math.min(v1.y, v2.y) &&
    y < Math.max(v1.y, v2.y)
  );
}
