import { describe, expect, it } from 'vitest';
import { addLegForNode, removeLegFrom } from '../../../renderer/legs/leg-actions';
import {
  setFlowName,
  setListParam,
  setParam,
  typingKey,
} from '../../../renderer/inspector/node-edits';
import { createDesignerStore } from '../../../renderer/store/designer-store';

function gatherWithChoice() {
  const store = createDesignerStore();
  const menu = store.getState().addNode('gather', { x: 0, y: 0 });
  const sales = store.getState().addNode('say', { x: 0, y: 200 });
  setListParam(store, menu, 'choices', [{ digits: '1', label: 'Sales' }]);
  store.getState().connect(menu, '1', sales);
  return { store, menu, sales };
}

describe('form edits in the designer store', () => {
  it('make one undo step of one run of typing, and a new one after the field is left', () => {
    const store = createDesignerStore();
    const say = store.getState().addNode('say', { x: 0, y: 0 });
    for (const text of ['H', 'Hi', 'Hi!'])
      setParam(store, say, 'text', text, typingKey(say, 'text'));
    store.getState().checkpoint();
    setParam(store, say, 'text', 'Hi!!', typingKey(say, 'text'));
    store.getState().undo();
    expect(store.getState().flow.nodes[0]!.params.text).toBe('Hi!');
    store.getState().undo();
    expect(store.getState().flow.nodes[0]!.params.text).toBeUndefined();
    expect(store.getState().flow.nodes).toHaveLength(1);
  });

  it('move a choice’s connection with its keys, undone together in one step', () => {
    const { store, menu } = gatherWithChoice();
    setListParam(
      store,
      menu,
      'choices',
      [{ digits: '5', label: 'Sales' }],
      new Map([['1', '5']]),
      typingKey(menu, 'choices.0.digits'),
    );
    expect(store.getState().flow.edges.map((edge) => edge.port)).toEqual(['5']);
    store.getState().undo();
    expect(store.getState().flow.edges.map((edge) => edge.port)).toEqual(['1']);
    expect(store.getState().flow.nodes[0]!.params.choices).toEqual([
      { digits: '1', label: 'Sales' },
    ]);
  });

  it('rename the flow with typing as one step', () => {
    const store = createDesignerStore();
    for (const name of ['S', 'Su', 'Support']) setFlowName(store, name);
    expect(store.getState().flow.name).toBe('Support');
    store.getState().undo();
    expect(store.getState().flow.name).toBe('Untitled flow');
  });
});

describe('leg edits in the designer store', () => {
  it('add a leg and put the node on it as one step', () => {
    const store = createDesignerStore();
    const say = store.getState().addNode('say', { x: 0, y: 0 });
    const id = addLegForNode(store, say, 'Agent');
    expect(store.getState().flow.nodes[0]!.leg).toBe(id);
    store.getState().undo();
    expect(store.getState().flow.legs.map((leg) => leg.id)).toEqual(['caller']);
    expect(store.getState().flow.nodes[0]!.leg).toBe('caller');
  });

  it('remove a leg in use in one undoable step', () => {
    const store = createDesignerStore();
    store.getState().addNode('say', { x: 0, y: 0 });
    removeLegFrom(store, 'caller');
    expect(store.getState().flow.nodes[0]!.leg).toBeNull();
    store.getState().undo();
    expect(store.getState().flow.nodes[0]!.leg).toBe('caller');
    expect(store.getState().flow.legs).toHaveLength(1);
  });
});
