import { getDefinition } from '../../shared/catalog';
import type { ParamValue } from '../../shared/catalog';
import type { FlowDocument, FlowNode } from '../../shared/flow/flow-document';

/** A node found by search, with what to show for it in the list. */
export interface NodeMatch {
  id: string;
  kind: string;
  /** The node's label, or its kind's title. */
  name: string;
  /** The kind's title and the node's summary, to tell same-named nodes apart. */
  detail: string;
}

function paramText(value: ParamValue): string[] {
  if (!Array.isArray(value)) return [String(value)];
  return value.map((item) => (typeof item === 'string' ? item : Object.values(item).join(' ')));
}

/** Everything a user might type to find a node: its name, kind, summary and param text. */
function haystacks(node: FlowNode): { name: string; rest: string } {
  const definition = getDefinition(node.kind);
  const title = definition?.title ?? node.kind;
  const name = (node.label || title).toLowerCase();
  const rest = [
    title,
    node.id,
    definition?.summary(node.params) ?? '',
    ...Object.values(node.params).flatMap(paramText),
  ]
    .join('\n')
    .toLowerCase();
  return { name, rest };
}

/**
 * Nodes whose name, kind, summary or param text contain every word of `query`, those matched by
 * name first, then in flow order. An empty query finds nothing.
 */
export function searchNodes(flow: FlowDocument, query: string, limit = 30): NodeMatch[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const byName: NodeMatch[] = [];
  const byText: NodeMatch[] = [];
  for (const node of flow.nodes) {
    const { name, rest } = haystacks(node);
    if (!words.every((word) => name.includes(word) || rest.includes(word))) continue;
    const definition = getDefinition(node.kind);
    const title = definition?.title ?? node.kind;
    const summary = definition?.summary(node.params) ?? '';
    const match = {
      id: node.id,
      kind: node.kind,
      name: node.label || title,
      detail: [node.label ? title : '', summary].filter(Boolean).join(' · '),
    };
    (words.every((word) => name.includes(word)) ? byName : byText).push(match);
  }
  return [...byName, ...byText].slice(0, limit);
}
