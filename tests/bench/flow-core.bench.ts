import { bench, describe } from 'vitest';
import { compileNodeExoml } from '../../shared/exoml';
import { loadFlow, serializeFlow, validateFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { defaultParams } from '../../shared/catalog';

/** A long IVR: an incoming call, then `size` Say → Gather pairs, each Gather's choices leading on. */
function bigFlow(size: number): FlowDocument {
  const flow: FlowDocument = {
    format: 'legflow.flow',
    version: 2,
    name: `Bench ${size}`,
    legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
    nodes: [
      {
        id: 'start',
        kind: 'incoming-call',
        leg: 'caller',
        label: '',
        params: { exophone: '08030752400' },
        position: { x: 0, y: 0 },
      },
    ],
    edges: [],
    notes: [],
    variables: {},
  };
  let previous = 'start';
  let previousPort = 'next';
  for (let i = 0; i < size; i++) {
    const say = `say${i}`;
    const menu = `menu${i}`;
    flow.nodes.push(
      {
        id: say,
        kind: 'say',
        leg: 'caller',
        label: '',
        params: { ...defaultParams('say'), text: `Step ${i} of the menu, {{digits}}` },
        position: { x: 0, y: i * 200 },
      },
      {
        id: menu,
        kind: 'gather',
        leg: 'caller',
        label: '',
        params: { ...defaultParams('gather'), choices: [{ digits: '1', label: 'On' }] },
        position: { x: 0, y: i * 200 + 100 },
      },
    );
    flow.edges.push(
      { id: `a${i}`, from: previous, port: previousPort, to: say },
      { id: `b${i}`, from: say, port: 'next', to: menu },
    );
    flow.edges.push({ id: `c${i}`, from: menu, port: 'no-input', to: say });
    previous = menu;
    previousPort = '1';
  }
  flow.nodes.push({
    id: 'end',
    kind: 'end',
    leg: null,
    label: '',
    params: {},
    position: { x: 0, y: size * 200 },
  });
  flow.edges.push({ id: 'last', from: previous, port: previousPort, to: 'end' });
  return flow;
}

for (const size of [50, 500]) {
  const flow = bigFlow(size);
  const text = serializeFlow(flow);
  describe(`a flow of ${flow.nodes.length} nodes`, () => {
    bench('validate', () => {
      validateFlow(flow);
    });
    bench('serialize', () => {
      serializeFlow(flow);
    });
    bench('load (parse + schema + references)', () => {
      loadFlow(text);
    });
    bench('compile every node to ExoML', () => {
      for (const node of flow.nodes) compileNodeExoml(node, { digits: '1' });
    });
  });
}
