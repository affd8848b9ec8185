import { create } from 'zustand';
import type { XY } from '../store/designer-store';

/**
 * The routes Tidy up found for the lines: each a list of points from the output's handle to the
 * input's, with right angles, through the gaps between nodes. They are a picture of the layout,
 * not part of the flow, so they are kept here and never saved; a line whose end has moved since
 * (a node dragged, a port added) no longer matches its route and is drawn the ordinary way.
 */
interface EdgeRoutesState {
  routes: ReadonlyMap<string, readonly XY[]>;
  setRoutes(routes: ReadonlyMap<string, readonly XY[]>): void;
}

export const useEdgeRoutes = create<EdgeRoutesState>((set) => ({
  routes: new Map(),
  setRoutes: (routes) => set({ routes }),
}));

/** How far a line's end may be from its route's end and still use it (sub-pixel rounding). */
const SAME_END = 2;

/** The route of a line from `source` to `target`, if the one stored still joins those points. */
export function routeBetween(
  route: readonly XY[] | undefined,
  source: XY,
  target: XY,
): readonly XY[] | undefined {
  if (!route || route.length < 2) return undefined;
  const near = (a: XY, b: XY) => Math.abs(a.x - b.x) <= SAME_END && Math.abs(a.y - b.y) <= SAME_END;
  return near(route[0]!, source) && near(route[route.length - 1]!, target) ? route : undefined;
}

/** Corners are rounded by this much, or half the shorter side where sides are short. */
const CORNER = 8;

/**
 * An SVG path through `points` with rounded corners, starting and ending exactly at `source` and
 * `target` (the handles' true centres, which the route's ends match to within a pixel or two).
 */
export function roundedPath(points: readonly XY[], source: XY, target: XY): string {
  const all = [source, ...points.slice(1, -1), target];
  let path = `M ${all[0]!.x} ${all[0]!.y}`;
  for (let index = 1; index < all.length - 1; index += 1) {
    const [before, corner, after] = [all[index - 1]!, all[index]!, all[index + 1]!];
    const radius = Math.min(
      CORNER,
      Math.hypot(corner.x - before.x, corner.y - before.y) / 2,
      Math.hypot(after.x - corner.x, after.y - corner.y) / 2,
    );
    const into = towards(corner, before, radius);
    const out = towards(corner, after, radius);
    path += ` L ${into.x} ${into.y} Q ${corner.x} ${corner.y} ${out.x} ${out.y}`;
  }
  const last = all[all.length - 1]!;
  return `${path} L ${last.x} ${last.y}`;
}

/** The point `distance` from `from` along the line to `to`. */
function towards(from: XY, to: XY, distance: number): XY {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return {
    x: from.x + ((to.x - from.x) * distance) / length,
    y: from.y + ((to.y - from.y) * distance) / length,
  };
}
