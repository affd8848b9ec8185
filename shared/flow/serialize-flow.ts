import { getDefinition } from '../catalog';
import type { Params } from '../catalog';
import type { FlowDocument, FlowNode, FlowNote } from './flow-document';

/**
 * Writes a flow so it reads well in a git diff: keys in a fixed order, positions rounded to
 * whole pixels and written on one line, each edge and leg on one line. Moving one node
 * changes one line; the same document always gives the same text.
 */
export function serializeFlow(flow: FlowDocument): string {
  const lines = [
    '{',
    `  "format": ${json(flow.format)},`,
    `  "version": ${flow.version},`,
    `  "name": ${json(flow.name)},`,
    `  "legs": ${list(
      flow.legs.map((leg) => inline({ id: leg.id, label: leg.label, color: leg.color })),
      2,
    )},`,
    `  "nodes": ${list(flow.nodes.map(nodeText), 2)},`,
    `  "edges": ${list(
      flow.edges.map((edge) =>
        inline({ id: edge.id, from: edge.from, port: edge.port, to: edge.to }),
      ),
      2,
    )},`,
    `  "notes": ${list(flow.notes.map(noteText), 2)},`,
    `  "variables": ${block(
      sortedEntries(flow.variables).map(([k, v]) => `${json(k)}: ${json(v)}`),
      2,
    )}`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** A one-line object or array: `{ "x": 1, "y": 2 }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(inline).join(', ')}]` : '[]';
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length
      ? `{ ${entries.map(([k, v]) => `${json(k)}: ${inline(v)}`).join(', ')} }`
      : '{}';
  }
  return json(value);
}

/** A multi-line array whose items are already-formatted texts. */
function list(items: string[], indent: number): string {
  if (items.length === 0) return '[]';
  const pad = ' '.repeat(indent + 2);
  return `[\n${items.map((item) => pad + item).join(',\n')}\n${' '.repeat(indent)}]`;
}

/** A multi-line object whose entries are already-formatted `"key": value` texts. */
function block(entries: string[], indent: number): string {
  if (entries.length === 0) return '{}';
  const pad = ' '.repeat(indent + 2);
  return `{\n${entries.map((entry) => pad + entry).join(',\n')}\n${' '.repeat(indent)}}`;
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function position(value: { x: number; y: number }): string {
  // `+ 0` turns -0 into 0 so a node at the origin always writes the same text.
  return inline({ x: Math.round(value.x) + 0, y: Math.round(value.y) + 0 });
}

/** Params in the catalog's order, then any unknown ones alphabetically; lists one item a line. */
function paramsText(kind: string, params: Params, indent: number): string {
  const order = getDefinition(kind)?.params.map((spec) => spec.name) ?? [];
  const known = order.filter((name) => params[name] !== undefined);
  const unknown = Object.keys(params)
    .filter((name) => !order.includes(name))
    .sort();
  const entries = [...known, ...unknown].map((name) => {
    const value = params[name];
    const text = Array.isArray(value) ? list(value.map(inline), indent + 2) : inline(value);
    return `${json(name)}: ${text}`;
  });
  return block(entries, indent);
}

function nodeText(node: FlowNode): string {
  return block(
    [
      `"id": ${json(node.id)}`,
      `"kind": ${json(node.kind)}`,
      `"leg": ${json(node.leg)}`,
      `"label": ${json(node.label)}`,
      `"position": ${position(node.position)}`,
      `"params": ${paramsText(node.kind, node.params, 6)}`,
    ],
    4,
  );
}

function noteText(note: FlowNote): string {
  return block(
    [
      `"id": ${json(note.id)}`,
      `"text": ${json(note.text)}`,
      `"position": ${position(note.position)}`,
    ],
    4,
  );
}
