import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { fitReadably } from './fit-readably';

/**
 * Fits the flow in view (readably, clear of the floating panels) when the canvas first shows it
 * and whenever another document is opened (replaceFlow), once its nodes have been measured, so an
 * opened flow never starts off-screen or under the toolbar.
 */
export function useFitOnOpen(nodesInitialized: boolean): void {
  const documentNumber = useDesigner((state) => state.documentNumber);
  const designer = useDesignerStoreApi();
  const reactFlow = useReactFlow();
  const flowStore = useStoreApi();
  const fitted = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (fitted.current === documentNumber) return;
    // An empty document is never fitted: the fit would come with the first node the user adds,
    // moving the view under their hands.
    if (designer.getState().flow.nodes.length === 0) {
      fitted.current = documentNumber;
      return;
    }
    if (!nodesInitialized) return;
    fitted.current = documentNumber;
    fitReadably(reactFlow, flowStore.getState());
  }, [documentNumber, nodesInitialized, reactFlow, flowStore, designer]);
}
