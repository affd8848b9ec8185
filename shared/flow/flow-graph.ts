import { definitionOf } from '../catalog';
import type { FlowDocument, FlowEdge, FlowNode } from './flow-document';

/** Read-only views of a flow's graph that several validation rules share. */
export class FlowGraph {
  readonly nodes = new Map<string, FlowNode>();
  readonly outgoing = new Map<string, FlowEdge[]>();
  readonly incoming = new Map<string, FlowEdge[]>();

  constructor(readonly flow: FlowDocument) {
    for (const node of flow.nodes) {
      this.nodes.set(node.id, node);
      this.outgoing.set(node.id, []);
      this.incoming.set(node.id, []);
    }
    for (const edge of flow.edges) {
      this.outgoing.get(edge.from)?.push(edge);
      this.incoming.get(edge.to)?.push(edge);
    }
  }

  /** Where runs begin: Incoming call triggers, and Outbound calls nothing leads into. */
  startNodes(): FlowNode[] {
    return this.flow.nodes.filter(
      (node) =>
        definitionOf(node.kind).trigger ||
        (node.kind === 'outbound-call' && (this.incoming.get(node.id)?.length ?? 0) === 0),
    );
  }

  successors(nodeId: string): string[] {
    return (this.outgoing.get(nodeId) ?? []).map((edge) => edge.to);
  }

  /** Every node reachable from the given ones, themselves included. */
  reachableFrom(starts: string[]): Set<string> {
    const seen = new Set<string>();
    const stack = [...starts];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id) || !this.nodes.has(id)) continue;
      seen.add(id);
      stack.push(...this.successors(id));
    }
    return seen;
  }

  /** Strongly connected components (Tarjan), iteratively so a long flow cannot overflow the stack. */
  stronglyConnectedComponents(): string[][] {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const components: string[][] = [];
    let counter = 0;
    for (const root of this.nodes.keys()) {
      if (index.has(root)) continue;
      const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
      index.set(root, counter);
      low.set(root, counter++);
      stack.push(root);
      onStack.add(root);
      while (work.length) {
        const frame = work.at(-1)!;
        const successors = this.successors(frame.id);
        if (frame.next < successors.length) {
          const to = successors[frame.next++]!;
          if (!index.has(to)) {
            index.set(to, counter);
            low.set(to, counter++);
            stack.push(to);
            onStack.add(to);
            work.push({ id: to, next: 0 });
          } else if (onStack.has(to)) {
            low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
          }
          continue;
        }
        work.pop();
        const parent = work.at(-1);
        if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
        if (low.get(frame.id) === index.get(frame.id)) {
          const component: string[] = [];
          let member: string;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            component.push(member);
          } while (member !== frame.id);
          components.push(component);
        }
      }
    }
    return components;
  }
}
