import type { NodeTypes } from '@xyflow/react';
import { FlowNodeView } from './flow-node-view';
import { NoteView } from './note-view';

/** Defined once at module scope: React Flow re-creates every node when this object changes. */
export const nodeTypes: NodeTypes = { legflow: FlowNodeView, note: NoteView };
