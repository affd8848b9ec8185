import { describe, expect, it } from 'vitest';
import { toCanvasEdges, toCanvasNodes } from '../../../renderer/canvas/canvas-elements';
import type { CanvasNode, CanvasViewState } from '../../../renderer/canvas/canvas-elements';
import { moveNode } from '../../../renderer/store/flow-edits';
import { flowOf, node } from './flow-builders';

const view: CanvasViewState = {
  selectedNodeIds: [],
  selectedNoteIds: [],
  measured: {},
  badges: new Map(),
};
const flow = {
  ...flowOf([node('a', 'say'), node('b', 'hangup', 0, 200)], [['a', 'next', 'b']]),
  notes: [{ id: 'n1', text: 'Hi', position: { x: 300, y: 0 } }],
};
const byId = (nodes: CanvasNode[]) => new Map(nodes.map((element) => [element.id, element]));

describe('toCanvasNodes', () => {
  it('draws notes under nodes, with ids that cannot clash with node ids', () => {
    const nodes = toCanvasNodes(flow, view, new Map());
    expect(nodes.map((element) => [element.id, element.type])).toEqual([
      ['note:n1', 'note'],
      ['a', 'legflow'],
      ['b', 'legflow'],
    ]);
    expect(nodes[0]!.zIndex).toBe(-1);
  });

  it('returns the same object for every node a move did not touch', () => {
    const before = toCanvasNodes(flow, view, new Map());
    const after = toCanvasNodes(moveNode(flow, 'a', { x: 50, y: 0 }), view, byId(before));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
  });

  it('keeps a node when its badge is rebuilt with the same content', () => {
    const badge = { count: 1, severity: 'error' as const, message: 'x' };
    const before = toCanvasNodes(flow, { ...view, badges: new Map([['a', badge]]) }, new Map());
    const again = new Map([['a', { ...badge }]]);
    const after = toCanvasNodes(flow, { ...view, badges: again }, byId(before));
    expect(after[1]).toBe(before[1]);
    const worse = new Map([['a', { ...badge, count: 2 }]]);
    expect(toCanvasNodes(flow, { ...view, badges: worse }, byId(before))[1]).not.toBe(before[1]);
  });

  it('marks selected nodes and notes', () => {
    const nodes = toCanvasNodes(
      flow,
      { ...view, selectedNodeIds: ['b'], selectedNoteIds: ['n1'] },
      new Map(),
    );
    expect(nodes.map((element) => element.selected)).toEqual([true, false, true]);
  });
});

describe('toCanvasEdges', () => {
  it('leaves by the port handle and keeps unchanged edges', () => {
    const edges = toCanvasEdges(flow, []);
    expect(edges).toEqual([
      { id: 'e1', source: 'a', sourceHandle: 'next', target: 'b', selected: false },
    ]);
    const again = toCanvasEdges(flow, [], new Map(edges.map((edge) => [edge.id, edge])));
    expect(again[0]).toBe(edges[0]);
    expect(toCanvasEdges(flow, ['e1'], new Map([['e1', edges[0]!]]))[0]!.selected).toBe(true);
  });
});
