// Plain React Flow drawing the benchmark graph with its default nodes: the baseline. It gets a
// box the size of our canvas (passed in the URL) and the same zoom limits and fit.
import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import { ReadySignal } from './bench-probe';
import { benchFlow } from './bench-flow';

const flow = benchFlow();
const initialNodes: Node[] = flow.nodes.map((node) => ({
  id: node.id,
  position: node.position,
  data: { label: node.label },
}));
const initialEdges: Edge[] = flow.edges.map((edge) => ({
  id: edge.id,
  source: edge.from,
  target: edge.to,
}));
const params = new URLSearchParams(location.search);
const box = {
  position: 'absolute' as const,
  left: Number(params.get('left') ?? 0),
  top: Number(params.get('top') ?? 0),
  width: Number(params.get('width') ?? 800),
  height: Number(params.get('height') ?? 600),
};

function Plain() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={box}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        minZoom={0.25}
        maxZoom={2}
      />
      <ReadySignal />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Plain />
  </ReactFlowProvider>,
);
