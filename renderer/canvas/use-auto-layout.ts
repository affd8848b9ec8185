import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { layoutFlow } from './auto-layout';

/**
 * Tidies the flow with auto-layout as one undoable step, then fits it in view. `busy` is true
 * while ELK works, so the button can say so. Needs a surrounding ReactFlowProvider.
 */
export function useAutoLayout(): { layout: () => Promise<void>; busy: boolean } {
  const store = useDesignerStoreApi();
  const { fitView } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const layout = useCallback(async () => {
    const { flow, measured } = store.getState();
    if (flow.nodes.length === 0) return;
    setBusy(true);
    try {
      const positions = await layoutFlow(flow, measured);
      // The user may have edited while ELK worked; lay out only if the flow is the one measured.
      if (store.getState().flow !== flow) {
        store.getState().notify('The flow changed during auto-layout; try again.', 'refusal');
        return;
      }
      store.getState().placeNodes(positions);
      // Wait for React Flow to have the new positions before fitting them.
      requestAnimationFrame(() => void fitView({ padding: 0.15, duration: 250 }));
    } catch (error) {
      store.getState().notify(`Auto-layout failed: ${(error as Error).message}`, 'refusal');
    } finally {
      setBusy(false);
    }
  }, [store, fitView]);
  return { layout, busy };
}
