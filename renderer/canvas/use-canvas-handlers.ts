import type { Connection, EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import type { LegflowNode } from './canvas-elements';

/** A selection after React Flow's select changes for nodes or edges. */
function nextSelection(current: readonly string[], changes: { id: string; selected: boolean }[]) {
  const selection = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) selection.add(id);
    else selection.delete(id);
  }
  return [...selection];
}

/** Turns React Flow's change events into designer store actions. */
export function useCanvasHandlers() {
  const store = useDesignerStoreApi();

  const onNodesChange = useCallback(
    (changes: NodeChange<LegflowNode>[]) => {
      const state = store.getState();
      const selects: { id: string; selected: boolean }[] = [];
      const removed: string[] = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          state.moveNode(change.id, change.position);
          // The drag is over: the next move of this node is a new undo step.
          if (change.dragging === false) state.checkpoint();
        } else if (change.type === 'dimensions' && change.dimensions) {
          state.setMeasured(change.id, change.dimensions);
        } else if (change.type === 'select') selects.push(change);
        else if (change.type === 'remove') removed.push(change.id);
      }
      if (selects.length) state.select({ nodes: nextSelection(state.selectedNodeIds, selects) });
      if (removed.length) state.removeNodes(removed);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const state = store.getState();
      const selects = changes.filter((change) => change.type === 'select');
      const removed = changes.filter((change) => change.type === 'remove').map(({ id }) => id);
      if (selects.length) state.select({ edges: nextSelection(state.selectedEdgeIds, selects) });
      if (removed.length) state.removeEdges(removed);
    },
    [store],
  );

  const onConnect = useCallback(
    ({ source, sourceHandle, target }: Connection) => {
      if (sourceHandle) store.getState().connect(source, sourceHandle, target);
    },
    [store],
  );

  const isValidConnection = useCallback(
    (connection: { source: string; target: string }) => connection.source !== connection.target,
    [],
  );

  return useMemo(
    () => ({ onNodesChange, onEdgesChange, onConnect, isValidConnection }),
    [onNodesChange, onEdgesChange, onConnect, isValidConnection],
  );
}
