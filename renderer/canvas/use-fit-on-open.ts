import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesigner } from '../store/designer-context';

/**
 * Fits the whole flow in view whenever another document is opened (replaceFlow), once its nodes
 * have been measured, so an opened flow never starts off-screen.
 */
export function useFitOnOpen(nodesInitialized: boolean): void {
  const documentNumber = useDesigner((state) => state.documentNumber);
  const { fitView } = useReactFlow();
  // The document there at mount is fitted by React Flow's own fitView; only later ones are ours.
  const fitted = useRef(documentNumber);
  useEffect(() => {
    if (!nodesInitialized || fitted.current === documentNumber) return;
    fitted.current = documentNumber;
    void fitView({ padding: 0.15, maxZoom: 1 });
  }, [documentNumber, nodesInitialized, fitView]);
}
