import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FlowNodeView } from './flow-node-view';
import { NoteView } from './note-view';
import { RunAwareEdge } from './run-aware-edge';

/** Defined once at module scope: React Flow re-creates every node when this object changes. */
export const nodeTypes: NodeTypes = { legflow: FlowNodeView, note: NoteView };

/** Every line of a flow is this type (see DEFAULT_EDGE_OPTIONS); module scope, as above. */
export const edgeTypes: EdgeTypes = { legflow: RunAwareEdge };
