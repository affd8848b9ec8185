// Flows of any size that look like real ones: a start, menus with several choices, steps that
// lead on, joins where branches meet again, and a few lines back up to an earlier menu (retries).
import { defaultParams } from '../../../shared/catalog';
import type { NodeKind } from '../../../shared/catalog';
import { getDefinition } from '../../../shared/catalog';
import type { FlowDocument, FlowEdge, FlowNode } from '../../../shared/flow/flow-document';
import { newFlow } from '../../../renderer/store/new-flow';

const KINDS: NodeKind[] = ['say', 'gather', 'play', 'say', 'wait', 'answer', 'hangup'];

/** A seeded flow of `count` nodes: the same count and seed give the same flow. */
export function generatedFlow(count: number, seed = 1): FlowDocument {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const nodes: FlowNode[] = Array.from({ length: count }, (_, index) => {
    const kind: NodeKind =
      index === 0 ? 'incoming-call' : KINDS[Math.floor(random() * KINDS.length)]!;
    return {
      id: `n${index}`,
      kind,
      leg: 'caller',
      label: '',
      params: defaultParams(kind),
      position: { x: 0, y: 0 },
    };
  });
  const free = new Map(nodes.map((node) => [node.id, portsOf(node)]));
  const edges: FlowEdge[] = [];
  const connect = (from: FlowNode, to: FlowNode) => {
    const port = free.get(from.id)!.shift();
    if (port) edges.push({ id: `e${edges.length + 1}`, from: from.id, port, to: to.id });
  };
  for (const [index, node] of nodes.entries()) {
    if (index === 0) continue;
    // Every node is reached from an earlier one with an output still free.
    const earlier = nodes
      .slice(Math.max(0, index - 12), index)
      .filter((n) => free.get(n.id)!.length);
    const from = earlier[Math.floor(random() * earlier.length)];
    if (from) connect(from, node);
  }
  for (const node of nodes) {
    // Some outputs left free join a later node; a few lead back to an earlier menu.
    if (random() < 0.35) {
      const index = Number(node.id.slice(1));
      const back = random() < 0.2;
      const target = back
        ? nodes[Math.max(1, index - 1 - Math.floor(random() * 6))]
        : nodes[Math.min(count - 1, index + 1 + Math.floor(random() * 8))];
      if (target && target !== node && target.kind !== 'incoming-call') connect(node, target);
    }
  }
  return { ...newFlow(`Generated ${count}`), nodes, edges };
}

function portsOf(node: FlowNode): string[] {
  return (getDefinition(node.kind)?.ports(node.params) ?? []).map((port) => port.name);
}
