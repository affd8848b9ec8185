import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../../renderer/store/designer-store';

describe('the designer store history', () => {
  it('undoes and redoes adding, connecting and removing', () => {
    const store = createDesignerStore();
    const a = store.getState().addNode('say', { x: 0, y: 0 });
    const b = store.getState().addNode('hangup', { x: 0, y: 200 });
    store.getState().connect(a, 'next', b);
    expect(store.getState().flow.edges).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow.edges).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual([a]);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().flow.edges).toHaveLength(1);
    store.getState().removeNodes([b]);
    expect(store.getState().flow.edges).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().flow.edges).toHaveLength(1);
  });

  it('makes one drag one step, and one run of typing in a field one step', () => {
    const store = createDesignerStore();
    const a = store.getState().addNode('say', { x: 0, y: 0 });
    for (let x = 1; x <= 50; x++) store.getState().moveNode(a, { x, y: 0 });
    store.getState().checkpoint();
    for (const text of ['H', 'He', 'Hel', 'Hello']) {
      store
        .getState()
        .updateNode(
          a,
          { params: { ...store.getState().flow.nodes[0]!.params, text } },
          `${a}:text`,
        );
    }
    expect(store.getState().flow.nodes[0]).toMatchObject({
      position: { x: 50, y: 0 },
      params: { text: 'Hello' },
    });
    store.getState().undo();
    expect(store.getState().flow.nodes[0]).toMatchObject({ position: { x: 50, y: 0 } });
    expect(store.getState().flow.nodes[0]!.params.text).toBeUndefined();
    store.getState().undo();
    expect(store.getState().flow.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('drops the redo steps after a new edit, and starts afresh on replaceFlow', () => {
    const store = createDesignerStore();
    store.getState().addNode('say', { x: 0, y: 0 });
    store.getState().undo();
    store.getState().addNode('hangup', { x: 0, y: 0 });
    store.getState().redo();
    expect(store.getState().flow.nodes.map((n) => n.kind)).toEqual(['hangup']);
    store.getState().replaceFlow({ ...store.getState().flow, nodes: [] });
    store.getState().undo();
    expect(store.getState().flow.nodes).toEqual([]);
  });
});
