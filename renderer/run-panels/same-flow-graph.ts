import type { FlowDocument } from '../../shared/flow/flow-document';

type Graph = Pick<FlowDocument, 'nodes' | 'edges'>;

/** The graph as a set of lines: each node's id and kind, each edge's ends and port. */
function graphLines(flow: Graph): Set<string> {
  return new Set([
    ...flow.nodes.map((node) => `node ${node.id} ${node.kind}`),
    ...flow.edges.map((edge) => `edge ${edge.from}:${edge.port}>${edge.to}`),
  ]);
}

/**
 * Whether a run of `recorded` can be replayed on `open`: the same nodes (by id and kind) joined
 * the same way. Positions, labels, notes and parameters may differ; the animation only needs the
 * run's nodes and lines to be where it draws them.
 */
export function sameFlowGraph(open: Graph, recorded: Graph): boolean {
  const a = graphLines(open);
  const b = graphLines(recorded);
  return a.size === b.size && [...a].every((line) => b.has(line));
}
