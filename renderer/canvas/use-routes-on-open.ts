import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { layoutFlow } from './auto-layout';
import { useEdgeRoutes } from './edge-routes';
import { measuredGeometry } from './measured-geometry';

/** Past this, laying a flow out on the main thread at open would be felt; it keeps plain lines. */
const MAX_NODES_ROUTED_ON_OPEN = 150;

/**
 * Gives an opened flow that was saved tidied (the templates, and any flow saved straight after
 * Tidy up) its routed lines again: routes are not saved, so the layout is worked out afresh and,
 * if it puts every node where the file has it, its routes are used. Nothing in the flow changes.
 */
export function useRoutesOnOpen(nodesInitialized: boolean): void {
  const documentNumber = useDesigner((state) => state.documentNumber);
  const designer = useDesignerStoreApi();
  const flowStore = useStoreApi();
  const routed = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (routed.current === documentNumber) return;
    useEdgeRoutes.getState().setRoutes(new Map());
    const { flow } = designer.getState();
    if (flow.nodes.length === 0 || flow.nodes.length > MAX_NODES_ROUTED_ON_OPEN) {
      routed.current = documentNumber;
      return;
    }
    if (!nodesInitialized) return;
    routed.current = documentNumber;
    const geometry = measuredGeometry(flowStore.getState().nodeLookup);
    void layoutFlow(flow, geometry)
      .then(({ positions, routes }) => {
        if (designer.getState().flow !== flow) return;
        const same = flow.nodes.every((node) => {
          const at = positions.get(node.id);
          return (
            at && Math.abs(at.x - node.position.x) <= 1 && Math.abs(at.y - node.position.y) <= 1
          );
        });
        if (same) useEdgeRoutes.getState().setRoutes(routes);
      })
      .catch(() => {
        // Plain lines are a fine picture too; a layout that fails here is not worth a word.
      });
  }, [documentNumber, nodesInitialized, designer, flowStore]);
}
