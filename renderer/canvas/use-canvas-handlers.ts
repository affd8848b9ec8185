import type {
  Connection,
  EdgeChange,
  FinalConnectionState,
  InternalNode,
  NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { isConnectionAllowed } from '../store/connection-rules';
import { useDesignerStoreApi } from '../store/designer-context';
import { parseElementId } from '../store/element-ids';
import type { XY } from '../store/designer-store';
import type { CanvasNode } from './canvas-elements';
import { nodeIdAtPoint } from './node-at-point';

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
    (changes: NodeChange<CanvasNode>[]) => {
      const state = store.getState();
      const moves = { nodes: new Map<string, XY>(), notes: new Map<string, XY>() };
      const sizes = new Map<string, { width: number; height: number }>();
      const nodeSelects: { id: string; selected: boolean }[] = [];
      const noteSelects: { id: string; selected: boolean }[] = [];
      let dragEnded = false;
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) {
          sizes.set(change.id, change.dimensions);
          continue;
        }
        if (change.type !== 'position' && change.type !== 'select') continue;
        const { type, id } = parseElementId(change.id);
        if (change.type === 'position') {
          if (change.position)
            (type === 'note' ? moves.notes : moves.nodes).set(id, change.position);
          dragEnded ||= change.dragging === false;
        } else {
          (type === 'note' ? noteSelects : nodeSelects).push({ id, selected: change.selected });
        }
      }
      if (sizes.size) state.setMeasuredMany(sizes);
      // All nodes of one drag move in one edit, so a multi-node drag is one undo step.
      state.moveElements(moves);
      // The drag is over: the next move is a new undo step.
      if (dragEnded) state.checkpoint();
      if (nodeSelects.length || noteSelects.length) {
        state.select({
          nodes: nextSelection(state.selectedNodeIds, nodeSelects),
          notes: nextSelection(state.selectedNoteIds, noteSelects),
        });
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const state = store.getState();
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length) state.select({ edges: nextSelection(state.selectedEdgeIds, selects) });
    },
    [store],
  );

  const onConnect = useCallback(
    ({ source, sourceHandle, target }: Connection) => {
      if (sourceHandle) store.getState().connect(source, sourceHandle, target);
    },
    [store],
  );

  // Live feedback while dragging a connection: the handle under the pointer turns invalid.
  const isValidConnection = useCallback(
    ({
      source,
      sourceHandle,
      target,
    }: {
      source: string;
      sourceHandle?: string | null;
      target: string;
    }) =>
      !!sourceHandle &&
      isConnectionAllowed(store.getState().flow, { from: source, port: sourceHandle, to: target }),
    [store],
  );

  // A drop React Flow did not turn into a connection: onto a node's body, or onto a handle the
  // rules refuse. The body counts as the node's input (easier to hit than the small handle), and a
  // refusal says why instead of the line silently vanishing.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState<InternalNode>) => {
      if (connection.isValid || connection.fromHandle?.type !== 'source') return;
      const from = connection.fromNode?.id;
      const port = connection.fromHandle.id;
      const to = connection.toNode?.id ?? nodeIdAtPoint(event);
      if (!from || !port || !to || parseElementId(to).type === 'note') return;
      // Letting go over the node the line started from is a cancelled drag, not a request.
      if (to === from && connection.isValid === null) return;
      store.getState().connect(from, port, to);
    },
    [store],
  );

  return useMemo(
    () => ({ onNodesChange, onEdgesChange, onConnect, isValidConnection, onConnectEnd }),
    [onNodesChange, onEdgesChange, onConnect, isValidConnection, onConnectEnd],
  );
}
