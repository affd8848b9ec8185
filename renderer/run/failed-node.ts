import type { FlowDocument } from '../../shared/flow';
import type { RunView } from './run-view';

// Answered once per run view, with the flow as it is then: every canvas node asks on every
// update (the answer is shared), and a later edit such as connecting the `error` output does
// not rewrite where a run that is over failed. Views are never changed in place.
const answers = new WeakMap<RunView, string | null>();

/**
 * The node a failed run failed at: the one it left by an output that leads nowhere (an
 * unconnected `error`, `busy`, `no-answer`), which is how a node's failure ends a run. Null when
 * the run has not failed, or failed without a node to blame (a leg hung up, a guard stopped it).
 */
export function failedNodeId(view: RunView, flow: FlowDocument): string | null {
  if (view.finished?.status !== 'failed') return null;
  let failed = answers.get(view);
  if (failed === undefined) {
    failed = findFailedNode(view, flow);
    answers.set(view, failed);
  }
  return failed;
}

function findFailedNode(view: RunView, flow: FlowDocument): string | null {
  const leading = new Set(flow.edges.map((edge) => portKey(edge.from, edge.port)));
  const kinds = new Map(flow.nodes.map((node) => [node.id, node.kind]));
  for (const [nodeId, ports] of Object.entries(view.portsTaken)) {
    // A Bridge legs with nothing after it holds the call until a leg hangs up: not a failure.
    const held = (port: string) => port === 'next' && kinds.get(nodeId) === 'bridge-legs';
    if (ports.some((port) => !leading.has(portKey(nodeId, port)) && !held(port))) return nodeId;
  }
  return null;
}

const portKey = (nodeId: string, port: string) => `${nodeId}\u0000${port}`;
