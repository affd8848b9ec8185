import { getNodesBounds, useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { downloadDataUrl, imageFileName, renderViewportImage } from './export-image';
import type { ImageFormat } from './export-image';

/**
 * Exports everything on the canvas (nodes, edges and notes, fitted, whatever part is in view) as
 * a PNG or SVG download named after the flow. Needs a surrounding ReactFlowProvider.
 */
export function useExportImage(): (format: ImageFormat) => Promise<void> {
  const store = useDesignerStoreApi();
  const { getNodes } = useReactFlow();
  return useCallback(
    async (format: ImageFormat) => {
      const nodes = getNodes();
      const viewport = document.querySelector<HTMLElement>('.canvas .react-flow__viewport');
      if (!viewport || nodes.length === 0) {
        store.getState().notify('There is nothing on the canvas to export yet.', 'refusal');
        return;
      }
      const background = getComputedStyle(viewport).getPropertyValue('--canvas-bg').trim();
      try {
        const url = await renderViewportImage(
          viewport,
          getNodesBounds(nodes),
          format,
          background || '#ffffff',
        );
        downloadDataUrl(url, imageFileName(store.getState().flow.name, format));
      } catch (error) {
        store
          .getState()
          .notify(`The image could not be made: ${(error as Error).message}`, 'refusal');
      }
    },
    [store, getNodes],
  );
}
