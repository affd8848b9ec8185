import { useEffect } from 'react';
import type { RunControls } from './use-run-controls';

const DOT = '.flow-node__breakpoint';

/**
 * Clicking a node's breakpoint dot (top-left of the node) toggles its breakpoint. Listened for
 * on the document, in the capture phase, so the canvas's node views stay free of run logic and
 * the click does not also start a drag or change the selection.
 */
export function useBreakpointDots(controls: RunControls): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const dot = event.target instanceof Element ? event.target.closest(DOT) : null;
      const nodeId = dot?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
      if (!nodeId) return;
      event.stopPropagation();
      void controls.toggleBreakpoint(nodeId);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [controls]);
}
