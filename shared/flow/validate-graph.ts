import { definitionOf } from '../catalog';
import type { FlowGraph } from './flow-graph';
import { nodeName } from './node-name';
import type { Problem } from './problem';

/** Exactly one start, and every other node reachable from it. */
export function validateStart(graph: FlowGraph): Problem[] {
  const starts = graph.startNodes();
  if (starts.length === 0) {
    return [
      {
        code: 'no-start',
        severity: 'error',
        message:
          'The flow has no start. Add an Incoming call, or an Outbound call that nothing leads into.',
      },
    ];
  }
  const problems: Problem[] = starts.slice(1).map((node) => ({
    code: 'several-starts',
    severity: 'error',
    message: `"${nodeName(node, graph.flow)}" is a second start; a flow starts in one place. Connect it after the first, or remove it.`,
    nodeId: node.id,
  }));
  const reachable = graph.reachableFrom(starts.map((node) => node.id));
  for (const node of graph.flow.nodes) {
    if (!reachable.has(node.id)) {
      problems.push({
        code: 'unreachable',
        severity: 'warning',
        message: `"${nodeName(node, graph.flow)}" can never run: nothing leads to it from the start.`,
        nodeId: node.id,
      });
    }
  }
  return problems;
}

/** Edges must leave by ports the node has, one edge a port, never into a trigger. */
export function validatePorts(graph: FlowGraph): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.flow.nodes) {
    const definition = definitionOf(node.kind);
    const ports = definition.ports(node.params);
    const edges = graph.outgoing.get(node.id) ?? [];
    const used = new Set<string>();
    for (const edge of edges) {
      if (!ports.some((port) => port.name === edge.port)) {
        problems.push({
          code: 'port-unknown',
          severity: 'error',
          message: `"${nodeName(node, graph.flow)}" has no output "${edge.port}" any more; reconnect or delete that line.`,
          nodeId: node.id,
        });
      } else if (used.has(edge.port)) {
        problems.push({
          code: 'port-reused',
          severity: 'error',
          message: `The "${edge.port}" output of "${nodeName(node, graph.flow)}" leads to two places; one output goes one way.`,
          nodeId: node.id,
        });
      }
      used.add(edge.port);
    }
    for (const port of ports) {
      if (port.required && !used.has(port.name)) {
        problems.push({
          code: 'port-unconnected',
          severity: 'error',
          message: `The "${port.label}" output of "${nodeName(node, graph.flow)}" must lead somewhere.`,
          nodeId: node.id,
        });
      }
    }
    if (definition.trigger && (graph.incoming.get(node.id)?.length ?? 0) > 0) {
      problems.push({
        code: 'edge-into-trigger',
        severity: 'error',
        message: `"${nodeName(node, graph.flow)}" starts the flow; nothing may lead into it.`,
        nodeId: node.id,
      });
    }
    if (node.kind === 'gather' && !used.has('no-input')) {
      problems.push({
        code: 'gather-without-no-input',
        severity: 'warning',
        message: `"${nodeName(node, graph.flow)}" has no "No input" branch: a caller who presses nothing ends the call.`,
        nodeId: node.id,
      });
    }
  }
  return problems;
}

/** A Hold whose leg is never taken off hold later keeps the caller waiting forever. */
export function validateHolds(graph: FlowGraph): Problem[] {
  return graph.flow.nodes
    .filter((node) => node.kind === 'hold')
    .filter((hold) => {
      const after = graph.reachableFrom(graph.successors(hold.id));
      return ![...after].some((id) => {
        const node = graph.nodes.get(id)!;
        return node.kind === 'unhold' && node.leg === hold.leg;
      });
    })
    .map((hold) => ({
      code: 'hold-without-unhold' as const,
      severity: 'warning' as const,
      message: `"${nodeName(hold, graph.flow)}" puts the leg on hold, but no Unhold for that leg comes after it.`,
      nodeId: hold.id,
    }));
}

const ENDINGS = new Set(['end', 'hangup']);

/**
 * A loop that no edge leaves and no node in it ends is a run that can only stop on the
 * step guard. Waits in the loop do not help: they only make it slower.
 */
export function validateCycles(graph: FlowGraph): Problem[] {
  const problems: Problem[] = [];
  for (const component of graph.stronglyConnectedComponents()) {
    const members = new Set(component);
    const first = component[0]!;
    const isLoop = component.length > 1 || graph.successors(first).includes(first);
    if (!isLoop) continue;
    const exits = component.some(
      (id) =>
        ENDINGS.has(graph.nodes.get(id)!.kind) ||
        graph.successors(id).some((to) => !members.has(to)),
    );
    if (exits) continue;
    const names = component
      .map((id) => `"${nodeName(graph.nodes.get(id)!, graph.flow)}"`)
      .join(', ');
    problems.push({
      code: 'cycle-without-exit',
      severity: 'error',
      message: `These nodes loop with no way out: ${names}. Add a branch that leaves the loop or ends the call.`,
      nodeId: [...component].sort()[0]!,
    });
  }
  return problems;
}
