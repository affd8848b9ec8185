import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { NodeKind } from '../../shared/catalog';
import { useDesigner } from '../store/designer-context';

/** Roughly half a freshly added node, so "at the centre" means the node's middle, not its corner. */
const HALF_NODE = { x: 110, y: 50 };

/**
 * Adds nodes where the user expects them: at the middle of what the canvas shows, or below what
 * is already there (double-click or Enter in the palette), or under the mouse (drop).
 * Needs a surrounding ReactFlowProvider.
 */
export function useAddNode() {
  const addNode = useDesigner((state) => state.addNode);
  const flowStore = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  const addAtCentre = useCallback(
    (kind: NodeKind) => {
      const { width, height, transform } = flowStore.getState();
      const [panX, panY, zoom] = transform;
      const centre = { x: (width / 2 - panX) / zoom, y: (height / 2 - panY) / zoom };
      const position = { x: centre.x - HALF_NODE.x, y: centre.y - HALF_NODE.y };
      return addNode(kind, position, { findSpace: true });
    },
    [addNode, flowStore],
  );

  const addAtScreenPoint = useCallback(
    (kind: NodeKind, point: { x: number; y: number }) => addNode(kind, screenToFlowPosition(point)),
    [addNode, screenToFlowPosition],
  );

  return { addAtCentre, addAtScreenPoint };
}
