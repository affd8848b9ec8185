import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../../renderer/store/designer-store';
import { flowOf, node } from './flow-builders';

const storeWith = () =>
  createDesignerStore({
    flow: flowOf(
      [node('start', 'incoming-call'), node('hello', 'say', 0, 200), node('bye', 'hangup', 0, 400)],
      [['start', 'next', 'hello']],
    ),
  });

describe('the designer store, canvas actions', () => {
  it('refuses a connection into a trigger with a notice and no undo step', () => {
    const store = storeWith();
    const verdict = store.getState().connect('hello', 'next', 'start');
    expect(verdict.ok).toBe(false);
    expect(store.getState().notice).toMatchObject({ tone: 'refusal' });
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('replaces the edge of a used port and says so', () => {
    const store = storeWith();
    store.getState().connect('start', 'next', 'bye');
    expect(store.getState().flow.edges.map((e) => [e.from, e.port, e.to])).toEqual([
      ['start', 'next', 'bye'],
    ]);
    expect(store.getState().notice?.text).toMatch(/instead of to “Say”/);
    store.getState().connect('start', 'next', 'bye');
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('deletes a mixed selection in one step', () => {
    const store = storeWith();
    store.getState().addNote({ x: 0, y: 0 }, 'remember');
    store.getState().select({ nodes: ['hello'], notes: ['note-1'], edges: [] });
    store.getState().deleteSelection();
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual(['start', 'bye']);
    expect(store.getState().flow.edges).toEqual([]);
    expect(store.getState().flow.notes).toEqual([]);
    store.getState().undo();
    expect(store.getState().flow.nodes).toHaveLength(3);
    expect(store.getState().flow.notes).toHaveLength(1);
  });

  it('copies, pastes with fresh ids and selects the copies; cut removes', () => {
    const store = storeWith();
    store.getState().select({ nodes: ['start', 'hello'] });
    const text = store.getState().copySelection()!;
    expect(store.getState().paste(text)).toBe(true);
    expect(store.getState().selectedNodeIds).toEqual(['incoming-call-1', 'say-1']);
    expect(store.getState().flow.edges.at(-1)).toMatchObject({
      from: 'incoming-call-1',
      to: 'say-1',
    });
    store.getState().select({ nodes: ['bye'] });
    expect(store.getState().cutSelection()).toContain('"hangup"');
    expect(store.getState().flow.nodes.some((n) => n.id === 'bye')).toBe(false);
  });

  it('refuses to paste text that holds no nodes, with a notice', () => {
    const store = storeWith();
    expect(store.getState().paste('just words')).toBe(false);
    expect(store.getState().notice?.text).toMatch(/no Legflow nodes/);
  });

  it('duplicates the selection beside it as one step', () => {
    const store = storeWith();
    store.getState().select({ nodes: ['hello'] });
    store.getState().duplicateSelection();
    expect(store.getState().flow.nodes).toHaveLength(4);
    expect(store.getState().flow.nodes[3]!.position).toEqual({ x: 32, y: 232 });
    store.getState().undo();
    expect(store.getState().flow.nodes).toHaveLength(3);
  });

  it('makes a multi-node drag and an auto-layout one step each', () => {
    const store = storeWith();
    for (let step = 1; step <= 10; step++) {
      store.getState().moveElements({
        nodes: new Map([
          ['start', { x: step, y: 0 }],
          ['hello', { x: step, y: 200 }],
        ]),
        notes: new Map(),
      });
    }
    store.getState().checkpoint();
    store.getState().placeNodes(new Map([['bye', { x: 300, y: 300 }]]));
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().flow.nodes[2]!.position).toEqual({ x: 0, y: 400 });
    store.getState().undo();
    expect(store.getState().flow.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('selects everything and edits note text as one step per run of typing', () => {
    const store = storeWith();
    const id = store.getState().addNote({ x: 0, y: 0 });
    for (const text of ['C', 'Ca', 'Cal']) store.getState().setNoteText(id, text, `note:${id}`);
    store.getState().checkpoint();
    expect(store.getState().flow.notes[0]!.text).toBe('Cal');
    store.getState().undo();
    expect(store.getState().flow.notes[0]!.text).toBe('');
    store.getState().selectAll();
    expect(store.getState().selectedNodeIds).toHaveLength(3);
    expect(store.getState().selectedNoteIds).toEqual([id]);
    expect(store.getState().selectedEdgeIds).toHaveLength(1);
  });
});
