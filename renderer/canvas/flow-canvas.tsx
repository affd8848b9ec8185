import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  Panel,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import type { DragEvent } from 'react';
import { Map as MapIcon, Maximize } from 'lucide-react';
import { droppedKind, isNodeKindDrag } from '../palette/drag-data';
import { RunMarksLayer } from '../run/run-marks-layer';
import { ShortcutsSheet } from '../shortcuts/shortcuts-sheet';
import { useDesignerShortcuts } from '../shortcuts/use-designer-shortcuts';
import { useDesigner } from '../store/designer-context';
import { useTheme } from '../theme/theme-store';
import { CanvasNotice } from './canvas-notice';
import { CanvasToolbar } from './canvas-toolbar';
import { fitReadably } from './fit-readably';
import { useEdgeRoutes } from './edge-routes';
import { FlowMinimap } from './flow-minimap';
import { useMinimapPreference } from './minimap-preference';
import { NodeSearch } from './node-search';
import { edgeTypes, nodeTypes } from './node-types';
import { useAddNode } from './use-add-node';
import { useCanvasElements } from './use-canvas-elements';
import { useCanvasHandlers } from './use-canvas-handlers';
import { useFitOnOpen } from './use-fit-on-open';
import { useRoutesOnOpen } from './use-routes-on-open';

function acceptPaletteDrag(event: DragEvent) {
  if (!isNodeKindDrag(event.dataTransfer)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

const GRID = 16;
const SNAP_GRID: [number, number] = [GRID, GRID];
const DEFAULT_EDGE_OPTIONS = { type: 'legflow' };
// Shift adds to the selection by click and selects by box, as in most drawing tools; Ctrl/⌘-click
// adds too, as React Flow users expect.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/**
 * Below this zoom node text is too small to read (12px becomes 5px), so nodes show only their
 * shape, colours and problem badges: a readable overview, and far less to paint per frame.
 */
const FAR_ZOOM = 0.45;
/** Past this many nodes, drawing the ones out of view costs more than it is worth. */
const MAX_NODES_DRAWN_WHOLE = 200;

/** The middle pane: the flow as a graph. Palette items can be dropped onto it. */
export function FlowCanvas() {
  const { nodes, edges } = useCanvasElements();
  const handlers = useCanvasHandlers();
  const { addAtScreenPoint } = useAddNode();
  const snapToGrid = useDesigner((state) => state.snapToGrid);
  const overlay = useDesigner((state) => state.overlay);
  const theme = useTheme();
  const far = useStore((state) => state.transform[2] < FAR_ZOOM);
  const nodesInitialized = useNodesInitialized();
  const reactFlow = useReactFlow();
  const flowStore = useStoreApi();
  const minimap = useMinimapPreference();
  // While a line is being drawn the minimap lets the pointer through, so a drop over it connects.
  const connecting = useStore((state) => state.connection.inProgress);
  const routed = useEdgeRoutes((state) => state.routes.size > 0);
  useFitOnOpen(nodesInitialized);
  useRoutesOnOpen(nodesInitialized);
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
      // Whether the lines follow Tidy up's routes (see edge-routes.ts), for tests and styling.
      data-lines={routed ? 'routed' : 'plain'}
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
        minZoom={0.25}
        maxZoom={2}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        // Only a big flow draws just what is in view: a small one is drawn whole, so a node out of
        // view (the view opens at a readable zoom, not always the whole flow) is still on the page
        // for find, export and accessibility tools.
        onlyRenderVisibleElements={nodes.length > MAX_NODES_DRAWN_WHOLE}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.5} />
        <RunMarksLayer />
        <Panel position="top-left">
          <CanvasToolbar />
        </Panel>
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton
            onClick={() => fitReadably(reactFlow, flowStore.getState(), { duration: 200 })}
            title="Fit the flow in view"
            aria-label="Fit view"
          >
            <Maximize size={14} aria-hidden />
          </ControlButton>
          <ControlButton
            onClick={minimap.toggle}
            title={minimap.shown ? 'Hide the minimap' : 'Show the minimap'}
            aria-label={minimap.shown ? 'Hide the minimap' : 'Show the minimap'}
            aria-pressed={minimap.shown}
          >
            <MapIcon size={14} aria-hidden />
          </ControlButton>
        </Controls>
        {nodes.length > 0 && minimap.shown && (
          <Panel position="bottom-right" className={connecting ? 'minimap-panel--passive' : ''}>
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
