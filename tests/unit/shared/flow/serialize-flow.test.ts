import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow, serializeFlow } from '../../../../shared/flow';
import { answeredCall } from './flow-builder';

const examples = readdirSync('assets/examples')
  .filter((name) => name.endsWith('.legflow.json'))
  .map((name) => `assets/examples/${name}`);

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return b.filter((line, index) => line !== a[index]);
}

describe('serializeFlow', () => {
  it('writes the top-level keys in the documented order', () => {
    const text = serializeFlow(answeredCall().flow);
    const keys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((match) => match[1]);
    expect(keys).toEqual([
      'format',
      'version',
      'name',
      'legs',
      'nodes',
      'edges',
      'notes',
      'variables',
    ]);
  });

  it('is the same text however the document objects were built', () => {
    const flow = answeredCall().flow;
    const shuffled = Object.fromEntries(Object.entries(flow).reverse()) as typeof flow;
    shuffled.nodes = flow.nodes.map((node) => ({
      position: node.position,
      params: Object.fromEntries(Object.entries(node.params).reverse()),
      label: node.label,
      leg: node.leg,
      kind: node.kind,
      id: node.id,
    }));
    expect(serializeFlow(shuffled)).toBe(serializeFlow(flow));
  });

  it('moving one node changes one line', () => {
    const flow = answeredCall().flow;
    const before = serializeFlow(flow);
    flow.nodes[1]!.position = { x: 333.4, y: -12.6 };
    expect(changedLines(before, serializeFlow(flow))).toEqual([
      '      "position": { "x": 333, "y": -13 },',
    ]);
  });

  it('adding an edge adds one line', () => {
    const builder = answeredCall().node('bye', 'hangup');
    const before = serializeFlow(builder.flow).split('\n');
    const after = serializeFlow(builder.edge('answer', 'next', 'bye').flow).split('\n');
    expect(after.length - before.length).toBe(1);
    expect(after).toContain('    { "id": "e2", "from": "answer", "port": "next", "to": "bye" }');
  });

  it('sorts variables and keeps unknown params after the catalog ones', () => {
    const flow = answeredCall().flow;
    flow.variables = { zeta: '1', alpha: '2' };
    flow.nodes[1]!.params = { zz: 1, aa: 2 };
    const text = serializeFlow(flow);
    expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
    expect(text.indexOf('"aa"')).toBeLessThan(text.indexOf('"zz"'));
  });

  it.each(examples)('%s is stored exactly as the serializer writes it', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(serializeFlow(loadFlow(text))).toBe(text);
  });
});
