import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { droppedKind, isNodeKindDrag } from '../palette/drag-data';
import { nodeTypes } from './node-types';
import { useAddNode } from './use-add-node';
import { useCanvasElements } from './use-canvas-elements';
import { useCanvasHandlers } from './use-canvas-handlers';

function acceptPaletteDrag(event: DragEvent) {
  if (!isNodeKindDrag(event.dataTransfer)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

/** The middle pane: the flow as a graph. Palette items can be dropped onto it. */
export function FlowCanvas() {
  const { nodes, edges } = useCanvasElements();
  const handlers = useCanvasHandlers();
  const { addAtScreenPoint } = useAddNode();

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
      onDragOver={acceptPaletteDrag}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        {...handlers}
        deleteKeyCode={['Backspace', 'Delete']}
        snapToGrid
        snapGrid={[8, 8]}
        minZoom={0.25}
        maxZoom={2}
        defaultEdgeOptions={{ type: 'smoothstep' }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.5} color="#c3c9d2" />
        <Controls showInteractive={false} />
        {nodes.length > 0 && <MiniMap pannable zoomable ariaLabel="Minimap" />}
      </ReactFlow>
      {nodes.length === 0 && (
        <p className="canvas__empty">
          Drag a node here from the palette, or double-click one, to start your flow.
        </p>
      )}
    </main>
  );
}
