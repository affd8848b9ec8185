import { useEffect } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { matchRunKey } from './run-keys';
import type { RunControls } from './use-run-controls';

/**
 * F5, Shift+F5, F10 and F9 anywhere in the window. Function keys are never text, so they work
 * while a field has focus too; the browser's own F5 (reload) would lose the run's view.
 */
export function useRunKeys(controls: RunControls): void {
  const designer = useDesignerStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = matchRunKey(event);
      if (!key) return;
      event.preventDefault();
      if (key === 'run') void controls.runOrContinue();
      if (key === 'step') void controls.step();
      if (key === 'stop') void controls.stop();
      if (key === 'breakpoint') {
        for (const nodeId of designer.getState().selectedNodeIds) {
          void controls.toggleBreakpoint(nodeId);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controls, designer]);
}
