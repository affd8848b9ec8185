import { FlowGraph } from './flow-graph';
import type { FlowDocument } from './flow-document';
import type { Problem } from './problem';
import { validateCycles, validateHolds, validatePorts, validateStart } from './validate-graph';
import { validateLegs } from './validate-legs';
import { validateNodeParams } from './validate-params';

/**
 * Every problem of a loaded flow: errors stop it from running, warnings are advice. Problems
 * come in a stable order (flow-wide first, then by node order) so the panel does not jump.
 */
export function validateFlow(flow: FlowDocument): Problem[] {
  const graph = new FlowGraph(flow);
  const problems = [
    ...validateStart(graph),
    ...flow.nodes.flatMap((node) => validateNodeParams(node, flow)),
    ...validateLegs(flow),
    ...validatePorts(graph),
    ...validateHolds(graph),
    ...validateCycles(graph),
  ];
  const order = new Map(flow.nodes.map((node, index) => [node.id, index]));
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        (a.problem.nodeId === undefined ? -1 : order.get(a.problem.nodeId)!) -
          (b.problem.nodeId === undefined ? -1 : order.get(b.problem.nodeId)!) || a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** True when nothing stops the flow from running. */
export function isRunnable(problems: Problem[]): boolean {
  return problems.every((problem) => problem.severity !== 'error');
}
