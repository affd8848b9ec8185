import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../shared/flow';
import {
  choiceKeysProblem,
  nextChoiceKey,
  operatorTakesValue,
  removeItem,
  swapItems,
} from '../../../renderer/inspector/list-items';
import {
  conditionRemoval,
  conditionSwap,
  remapPorts,
  withParam,
} from '../../../renderer/inspector/port-rewiring';

function menuFlow(): FlowDocument {
  const target = (id: string) => ({
    id,
    kind: 'hangup' as const,
    leg: 'caller',
    label: '',
    params: {},
    position: { x: 0, y: 0 },
  });
  return {
    format: 'legflow.flow',
    version: 2,
    name: 'Menu',
    legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
    nodes: [
      {
        id: 'menu',
        kind: 'gather',
        leg: 'caller',
        label: '',
        params: { choices: [{ digits: '1', label: 'Sales' }] },
        position: { x: 0, y: 0 },
      },
      target('a'),
      target('b'),
    ],
    edges: [
      { id: 'e1', from: 'menu', port: '1', to: 'a' },
      { id: 'e2', from: 'menu', port: '2', to: 'b' },
      { id: 'e3', from: 'a', port: '1', to: 'b' },
    ],
    notes: [],
    variables: {},
  };
}

const ports = (flow: FlowDocument) =>
  flow.edges.map((edge) => `${edge.from}:${edge.port}->${edge.to}`);

describe('setting a param', () => {
  it('replaces one node’s param and keeps every other node as it was', () => {
    const flow = menuFlow();
    const next = withParam(flow, 'menu', 'numDigits', 2);
    expect(next.nodes[0]!.params).toMatchObject({ numDigits: 2, choices: [{ digits: '1' }] });
    expect(next.nodes[1]).toBe(flow.nodes[1]);
    expect(flow.nodes[0]!.params.numDigits).toBeUndefined();
  });

  it('removes the param when set to undefined', () => {
    const next = withParam(menuFlow(), 'menu', 'choices', undefined);
    expect('choices' in next.nodes[0]!.params).toBe(false);
  });
});

describe('moving connections with their ports', () => {
  it('moves an edge to the renamed port and leaves other nodes’ edges alone', () => {
    const next = remapPorts(menuFlow(), 'menu', new Map([['1', '9']]));
    expect(ports(next)).toEqual(['menu:9->a', 'menu:2->b', 'a:1->b']);
  });

  it('drops the edge of a removed port', () => {
    const next = remapPorts(menuFlow(), 'menu', new Map([['2', null]]));
    expect(ports(next)).toEqual(['menu:1->a', 'a:1->b']);
  });

  it('swaps two ports at once', () => {
    const next = remapPorts(
      menuFlow(),
      'menu',
      new Map([
        ['1', '2'],
        ['2', '1'],
      ]),
    );
    expect(ports(next)).toEqual(['menu:2->a', 'menu:1->b', 'a:1->b']);
  });

  it('lets a moved edge replace the one already on its new port', () => {
    const next = remapPorts(menuFlow(), 'menu', new Map([['1', '2']]));
    expect(ports(next)).toEqual(['menu:2->a', 'a:1->b']);
  });

  it('returns the same flow when no edge is affected', () => {
    const flow = menuFlow();
    expect(remapPorts(flow, 'menu', new Map([['7', '8']]))).toBe(flow);
  });

  it('maps Branch ports when a condition is removed or two are swapped', () => {
    expect([...conditionRemoval(3, 0)]).toEqual([
      ['if-1', null],
      ['if-2', 'if-1'],
      ['if-3', 'if-2'],
    ]);
    expect([...conditionRemoval(3, 2)]).toEqual([['if-3', null]]);
    expect([...conditionSwap(0, 1)]).toEqual([
      ['if-1', 'if-2'],
      ['if-2', 'if-1'],
    ]);
  });
});

describe('list items', () => {
  it('gives a new choice the first free keypad key', () => {
    expect(nextChoiceKey([])).toBe('1');
    expect(
      nextChoiceKey([
        { digits: '1', label: '' },
        { digits: '3', label: '' },
      ]),
    ).toBe('2');
    const all = [...'1234567890*#'].map((digits) => ({ digits, label: '' }));
    expect(nextChoiceKey(all)).toBe('');
  });

  it('says what is wrong with a choice’s keys', () => {
    const choices = [
      { digits: '1', label: '' },
      { digits: '1', label: '' },
    ];
    expect(choiceKeysProblem('', 0, choices)).toMatch(/Type the key/);
    expect(choiceKeysProblem('1a', 0, choices)).toBe('Use keypad keys only: 0-9, * and #.');
    expect(choiceKeysProblem('1', 0, choices)).toBe('Another choice already uses 1.');
    expect(choiceKeysProblem('*9#', 0, choices)).toBeNull();
  });

  it('swaps and removes items without touching the original list', () => {
    const list = ['a', 'b', 'c'];
    expect(swapItems(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(swapItems(list, 2, 3)).toEqual(list);
    expect(removeItem(list, 1)).toEqual(['a', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('knows which Branch tests take a value', () => {
    expect(operatorTakesValue('equals')).toBe(true);
    expect(operatorTakesValue('is-empty')).toBe(false);
    expect(operatorTakesValue('is-not-empty')).toBe(false);
  });
});
