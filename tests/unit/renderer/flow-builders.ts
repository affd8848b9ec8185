// Small flows for renderer tests, built in code so each test shows what it starts from.
import { defaultParams } from '../../../shared/catalog';
import type { NodeKind } from '../../../shared/catalog';
import type { FlowDocument, FlowNode } from '../../../shared/flow/flow-document';
import { newFlow } from '../../../renderer/store/new-flow';

/** A node of `kind` with default params on the caller leg. */
export function node(id: string, kind: NodeKind, x = 0, y = 0, label = ''): FlowNode {
  return { id, kind, leg: 'caller', label, params: defaultParams(kind), position: { x, y } };
}

/** A flow of the given nodes and `[from, port, to]` edges. */
export function flowOf(nodes: FlowNode[], edges: [string, string, string][] = []): FlowDocument {
  return {
    ...newFlow('Test'),
    nodes,
    edges: edges.map(([from, port, to], index) => ({ id: `e${index + 1}`, from, port, to })),
  };
}
