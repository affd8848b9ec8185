// Pure edits of a flow for form changes that also move output ports: a Gather choice's keys name
// its port, and a Branch condition's place names its port (`if-1`, `if-2`...). When a choice is
// renamed or a condition moved, its connection must move with it, or the flow silently rewires.
import type { ParamValue } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';

/** Sets one param of a node; `undefined` removes it, so the kind's default applies. */
export function withParam(
  flow: FlowDocument,
  nodeId: string,
  name: string,
  value: ParamValue | undefined,
): FlowDocument {
  return {
    ...flow,
    nodes: flow.nodes.map((node) => {
      if (node.id !== nodeId) return node;
      const params = { ...node.params };
      if (value === undefined) delete params[name];
      else params[name] = value;
      return { ...node, params };
    }),
  };
}

/**
 * Moves the edges leaving `nodeId` by the ports in `mapping` to their new port, or drops them
 * where the new port is null. A port leads to one place, so an edge moved onto a port that
 * already had one replaces it.
 */
export function remapPorts(
  flow: FlowDocument,
  nodeId: string,
  mapping: ReadonlyMap<string, string | null>,
): FlowDocument {
  if (mapping.size === 0) return flow;
  const outgoing = flow.edges.filter((edge) => edge.from === nodeId);
  if (!outgoing.some((edge) => mapping.has(edge.port))) return flow;
  const arriving = new Set(
    outgoing.flatMap((edge) => (mapping.has(edge.port) ? [mapping.get(edge.port)] : [])),
  );
  const edges = flow.edges.flatMap((edge) => {
    if (edge.from !== nodeId) return [edge];
    if (!mapping.has(edge.port)) return arriving.has(edge.port) ? [] : [edge];
    const port = mapping.get(edge.port);
    return port ? [{ ...edge, port }] : [];
  });
  return { ...flow, edges };
}

/** The port of the Branch condition at `index`. */
export function conditionPort(index: number): string {
  return `if-${index + 1}`;
}

/** Where each condition port goes when the condition at `index` is removed from `count`. */
export function conditionRemoval(count: number, index: number): Map<string, string | null> {
  const mapping = new Map<string, string | null>([[conditionPort(index), null]]);
  for (let later = index + 1; later < count; later++) {
    mapping.set(conditionPort(later), conditionPort(later - 1));
  }
  return mapping;
}

/** Where each condition port goes when the conditions at `a` and `b` swap places. */
export function conditionSwap(a: number, b: number): Map<string, string | null> {
  return new Map([
    [conditionPort(a), conditionPort(b)],
    [conditionPort(b), conditionPort(a)],
  ]);
}
