import { defaultParams } from '../../../../shared/catalog';
import type { NodeKind, Params } from '../../../../shared/catalog';
import type { FlowDocument } from '../../../../shared/flow';

/**
 * Builds small flows for rule tests: `node('a', 'say', { text: 'hi' })`, `edge('a', 'next', 'b')`.
 * Nodes get their kind's defaults and the "caller" leg unless told otherwise.
 */
export class FlowBuilder {
  readonly flow: FlowDocument = {
    format: 'legflow.flow',
    version: 2,
    name: 'Test flow',
    legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
    nodes: [],
    edges: [],
    notes: [],
    variables: {},
  };

  node(id: string, kind: NodeKind, params: Params = {}, leg: string | null = 'caller'): this {
    const y = this.flow.nodes.length * 120;
    this.flow.nodes.push({
      id,
      kind,
      leg,
      label: '',
      params: { ...defaultParams(kind), ...params },
      position: { x: 0, y },
    });
    return this;
  }

  edge(from: string, port: string, to: string): this {
    this.flow.edges.push({ id: `e${this.flow.edges.length + 1}`, from, port, to });
    return this;
  }

  leg(id: string, label: string): this {
    this.flow.legs.push({ id, label, color: '#16a34a' });
    return this;
  }
}

/** An incoming call that answers: the start most rule tests build on. */
export function answeredCall(): FlowBuilder {
  return new FlowBuilder()
    .node('start', 'incoming-call', { exophone: '08030752400' })
    .node('answer', 'answer')
    .edge('start', 'next', 'answer');
}
