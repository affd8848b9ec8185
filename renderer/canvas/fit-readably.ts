import type { ReactFlowInstance, ReactFlowState } from '@xyflow/react';
import { useMinimapPreference } from './minimap-preference';

/**
 * Below this zoom a node's text (12-13 px) is too small to read. A flow too big to fit above it
 * is shown from its top at this zoom instead, and the minimap shows the rest.
 */
export const READABLE_ZOOM = 0.75;

/**
 * Room kept clear around the flow, in screen pixels, for the floating panels over the canvas:
 * the toolbar (top left), the zoom controls (bottom left) and the minimap (bottom right). The
 * minimap's room is taken at the side rather than below: flows read top to bottom, so a canvas
 * has width to spare more often than height.
 */
export function clearOfPanels(minimapShown: boolean) {
  return { top: 68, left: 60, right: minimapShown ? 212 : 28, bottom: 28 };
}

/**
 * Fits the flow in view clear of the floating panels, at 100% or smaller but never below
 * {@link READABLE_ZOOM}; what does not fit then is below and beside the start, which stays in view.
 */
export function fitReadably(
  reactFlow: Pick<ReactFlowInstance, 'getNodesBounds' | 'getNodes' | 'setViewport'>,
  view: Pick<ReactFlowState, 'width' | 'height'>,
  options: { duration?: number } = {},
): void {
  const nodes = reactFlow.getNodes();
  if (nodes.length === 0 || view.width === 0 || view.height === 0) return;
  const bounds = reactFlow.getNodesBounds(nodes);
  const clear = clearOfPanels(useMinimapPreference.getState().shown);
  const room = {
    width: Math.max(view.width - clear.left - clear.right, 1),
    height: Math.max(view.height - clear.top - clear.bottom, 1),
  };
  const fits = Math.min(room.width / bounds.width, room.height / bounds.height, 1);
  const zoom = Math.max(fits, READABLE_ZOOM);
  const topmost = nodes.reduce((top, node) => (node.position.y < top.position.y ? node : top));
  // Centred when it fits; when it does not, the topmost node (the start) is centred across.
  const x =
    bounds.width * zoom <= room.width
      ? clear.left + (room.width - bounds.width * zoom) / 2 - bounds.x * zoom
      : clear.left +
        room.width / 2 -
        (topmost.position.x + (topmost.measured?.width ?? 0) / 2) * zoom;
  const y =
    bounds.height * zoom <= room.height
      ? clear.top + (room.height - bounds.height * zoom) / 2 - bounds.y * zoom
      : clear.top - bounds.y * zoom;
  void reactFlow.setViewport({ x, y, zoom }, options);
}
