import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { layoutFlow } from './auto-layout';
import { useEdgeRoutes } from './edge-routes';
import { fitReadably } from './fit-readably';
import { measuredGeometry } from './measured-geometry';

/**
 * Tidies the flow with auto-layout as one undoable step, then fits it in view. `busy` is true
 * while ELK works, so the button can say so. Needs a surrounding ReactFlowProvider.
 */
export function useAutoLayout(): { layout: () => Promise<void>; busy: boolean } {
  const store = useDesignerStoreApi();
  const flowStore = useStoreApi();
  const reactFlow = useReactFlow();
  const [busy, setBusy] = useState(false);
  const layout = useCallback(async () => {
    const { flow, measured } = store.getState();
    if (flow.nodes.length === 0) return;
    setBusy(true);
    try {
      const geometry = { ...measured, ...measuredGeometry(flowStore.getState().nodeLookup) };
      const { positions, routes } = await layoutFlow(flow, geometry);
      // The user may have edited while ELK worked; lay out only if the flow is the one measured.
      if (store.getState().flow !== flow) {
        store.getState().notify('The flow changed during auto-layout; try again.', 'refusal');
        return;
      }
      store.getState().placeNodes(positions);
      useEdgeRoutes.getState().setRoutes(routes);
      // Wait for React Flow to have drawn the new positions (a frame to render, one to paint)
      // before fitting them.
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          fitReadably(reactFlow, flowStore.getState(), { duration: 250 }),
        ),
      );
    } catch (error) {
      store.getState().notify(`Auto-layout failed: ${(error as Error).message}`, 'refusal');
    } finally {
      setBusy(false);
    }
  }, [store, flowStore, reactFlow]);
  return { layout, busy };
}
