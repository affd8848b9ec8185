import {
  Background,
  BackgroundVariant,
  Controls,
  Panel,
  ReactFlow,
  useNodesInitialized,
  useStore,
} from '@xyflow/react';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { droppedKind, isNodeKindDrag } from '../palette/drag-data';
import { ShortcutsSheet } from '../shortcuts/shortcuts-sheet';
import { useDesignerShortcuts } from '../shortcuts/use-designer-shortcuts';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { useTheme } from '../theme/theme-store';
import { CanvasNotice } from './canvas-notice';
import { CanvasToolbar } from './canvas-toolbar';
import { FlowMinimap } from './flow-minimap';
import { NodeSearch } from './node-search';
import { edgeTypes, nodeTypes } from './node-types';
import { useAddNode } from './use-add-node';
import { useCanvasElements } from './use-canvas-elements';
import { useCanvasHandlers } from './use-canvas-handlers';
import { useFitOnOpen } from './use-fit-on-open';

function acceptPaletteDrag(event: DragEvent) {
  if (!isNodeKindDrag(event.dataTransfer)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

const GRID = 16;
const SNAP_GRID: [number, number] = [GRID, GRID];
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 };
const DEFAULT_EDGE_OPTIONS = { type: 'legflow' };
// Shift adds to the selection by click and selects by box, as in most drawing tools; Ctrl/⌘-click
// adds too, as React Flow users expect.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/**
 * Below this zoom node text is too small to read (12px becomes 5px), so nodes show only their
 * shape, colours and problem badges: a readable overview, and far less to paint per frame.
 */
const FAR_ZOOM = 0.45;

/** The middle pane: the flow as a graph. Palette items can be dropped onto it. */
export function FlowCanvas() {
  const { nodes, edges } = useCanvasElements();
  const handlers = useCanvasHandlers();
  const { addAtScreenPoint } = useAddNode();
  const store = useDesignerStoreApi();
  const snapToGrid = useDesigner((state) => state.snapToGrid);
  const overlay = useDesigner((state) => state.overlay);
  const theme = useTheme();
  const far = useStore((state) => state.transform[2] < FAR_ZOOM);
  // Fit the document there at mount. An empty canvas must not queue a fit: React Flow would run it
  // on the first node added later, moving the view under the user's hands.
  const [fitAtMount] = useState(() => store.getState().flow.nodes.length > 0);
  const nodesInitialized = useNodesInitialized();
  useFitOnOpen(nodesInitialized);
  useDesignerShortcuts();

  const onDrop = (event: DragEvent) => {
    const kind = droppedKind(event.dataTransfer);
    if (!kind) return;
    event.preventDefault();
    addAtScreenPoint(kind, { x: event.clientX, y: event.clientY });
  };

  return (
    <main
      className="canvas"
      aria-label="Flow canvas"
      data-zoom={far ? 'far' : 'near'}
      onDragOver={acceptPaletteDrag}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        colorMode={theme}
        // Deleting goes through the designer's own shortcut, so a mixed selection of nodes,
        // edges and notes goes in one undo step.
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        fitView={fitAtMount}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.25}
        maxZoom={2}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        onlyRenderVisibleElements
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.5} />
        <Panel position="top-left">
          <CanvasToolbar />
        </Panel>
        <Controls showInteractive={false} />
        {nodes.length > 0 && (
          <Panel position="bottom-right">
            <FlowMinimap />
          </Panel>
        )}
      </ReactFlow>
      {nodes.length === 0 && (
        <p className="canvas__empty">
          Drag a node here from the palette, or double-click one, to start your flow.
        </p>
      )}
      {overlay === 'search' && <NodeSearch />}
      {overlay === 'shortcuts' && <ShortcutsSheet />}
      <CanvasNotice />
    </main>
  );
}
