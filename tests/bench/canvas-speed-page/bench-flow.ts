// The benchmark's flow: 1,000 nodes on a grid of layers and 1,200 edges, each port used once,
// always leading to the next layer so it looks like a (very large) real flow.
import { defaultParams, definitionOf } from '../../../shared/catalog';
import type { NodeKind } from '../../../shared/catalog';
import type { FlowDocument, FlowEdge, FlowNode } from '../../../shared/flow/flow-document';

export const NODE_COUNT = 1000;
export const EDGE_COUNT = 1200;
const COLUMNS = 40;
const KINDS: NodeKind[] = ['say', 'play', 'answer', 'gather', 'wait', 'hangup'];

/** The same flow on every call, so both pages and every run draw exactly the same graph. */
export function benchFlow(): FlowDocument {
  const nodes: FlowNode[] = Array.from({ length: NODE_COUNT }, (_, index) => {
    const kind: NodeKind = index === 0 ? 'incoming-call' : KINDS[index % KINDS.length]!;
    const params = defaultParams(kind);
    if (kind === 'say') params.text = `Prompt number ${index}, read to the caller`;
    return {
      id: `n${index}`,
      kind,
      leg: kind === 'wait' ? null : 'caller',
      label: `Step ${index}`,
      params,
      position: { x: (index % COLUMNS) * 280, y: Math.floor(index / COLUMNS) * 220 },
    };
  });
  const edges: FlowEdge[] = [];
  // First outputs lead straight down a layer, then second outputs lead down and right.
  for (const [which, shift] of [
    [0, COLUMNS],
    [1, COLUMNS + 1],
  ] as const) {
    for (let index = 0; index + shift < NODE_COUNT && edges.length < EDGE_COUNT; index++) {
      if (which === 1 && index % 3 !== 0) continue;
      const node = nodes[index]!;
      const port = definitionOf(node.kind).ports(node.params)[which];
      if (!port) continue;
      edges.push({
        id: `e${edges.length}`,
        from: node.id,
        port: port.name,
        to: `n${index + shift}`,
      });
    }
  }
  return {
    format: 'legflow.flow',
    version: 2,
    name: 'Benchmark',
    legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
    nodes,
    edges,
    notes: [],
    variables: {},
  };
}
