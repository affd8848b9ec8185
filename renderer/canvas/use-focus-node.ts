import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';

/** How long the viewport glides to a node; short enough not to feel like waiting. */
const GLIDE_MS = 250;

/**
 * Returns a function that selects a node and glides the viewport so the node sits in the middle,
 * zoomed in far enough to read. Used by the problems panel and node search.
 * Needs a surrounding ReactFlowProvider.
 */
export function useFocusNode(): (nodeId: string) => void {
  const store = useDesignerStoreApi();
  const { getInternalNode, getZoom, setCenter } = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      store.getState().select({ nodes: [nodeId], edges: [], notes: [] });
      const node = getInternalNode(nodeId);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 0;
      const height = node.measured.height ?? 0;
      void setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(getZoom(), 1),
        duration: GLIDE_MS,
      });
    },
    [store, getInternalNode, getZoom, setCenter],
  );
}
