import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../shared/catalog';
import { validateFlow } from '../../../shared/flow';
import type { FlowDocument, FlowNode, Problem } from '../../../shared/flow';
import {
  fieldMessage,
  groupNodeProblems,
  worstSeverity,
} from '../../../renderer/inspector/field-problems';

function flowWith(nodes: FlowNode[]): FlowDocument {
  return {
    format: 'legflow.flow',
    version: 2,
    name: 'Test',
    legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
    nodes,
    edges: [],
    notes: [],
    variables: {},
  };
}

function node(
  id: string,
  kind: FlowNode['kind'],
  params: FlowNode['params'],
  leg: string | null = 'caller',
) {
  return { id, kind, leg, label: '', params, position: { x: 0, y: 0 } } as FlowNode;
}

describe('grouping a node’s problems for its form', () => {
  const say = node('say-1', 'say', { loop: 11 });
  const start = node('start', 'incoming-call', { exophone: '08030752400' });
  const flow = flowWith([start, say]);
  const problems = validateFlow(flow);
  const groups = groupNodeProblems(
    problems,
    { id: 'say-1', name: 'Say' },
    definitionOf('say').params,
  );

  it('puts param problems under their field, in the field’s own words', () => {
    expect(groups.params.get('loop')).toEqual([
      { severity: 'error', text: 'Repeats must be from 0 to 10.', missing: false },
    ]);
    expect(groups.params.get('text')).toEqual([
      { severity: 'error', text: 'Text is required.', missing: true },
    ]);
  });

  it('puts problems with the node as a whole on top, and ignores other nodes', () => {
    const all = problems.filter((problem) => problem.nodeId === 'say-1');
    const placed = [...groups.params.values()].flat().length + groups.leg.length;
    expect(groups.node).toHaveLength(all.length - placed);
    expect(groups.node.some((message) => message.text.includes('"Next" output'))).toBe(true);
    expect(groups.node.every((message) => !message.text.includes('Incoming call'))).toBe(true);
  });

  it('puts leg problems under the leg select', () => {
    const orphan = node('say-2', 'say', { text: 'Hi' }, 'agent');
    const legFlow = flowWith([start, orphan]);
    const legGroups = groupNodeProblems(
      validateFlow(legFlow),
      { id: 'say-2', name: 'Say' },
      definitionOf('say').params,
    );
    expect(legGroups.leg).toHaveLength(1);
    expect(legGroups.leg[0]!.text).toBe(
      'Acts on the leg "agent", which is not one of the flow\'s legs.',
    );
  });

  it('uses the kind’s own checks, e.g. a sip: address needs VoIP', () => {
    const call = node('call', 'outbound-call', {
      contact_uri: 'sip:agent@example.com',
      exophone: '08030752400',
      network_type: 'pstn',
    });
    const callGroups = groupNodeProblems(
      validateFlow(flowWith([call])),
      { id: 'call', name: 'Outbound call' },
      definitionOf('outbound-call').params,
    );
    expect(callGroups.params.get('network_type')?.[0]?.text).toBe(
      'A sip: address needs the VoIP network.',
    );
  });

  it('drops the node’s name from the start of a field’s message', () => {
    const bridge = node('bridge', 'bridge-legs', { legs: ['caller'] }, null);
    const bridgeGroups = groupNodeProblems(
      validateFlow(flowWith([bridge])),
      { id: 'bridge', name: 'Bridge legs' },
      definitionOf('bridge-legs').params,
    );
    expect(bridgeGroups.params.get('legs')?.[0]?.text).toBe(
      'Must connect at least two different legs; it has 1.',
    );
  });

  it('says each message once even when validation repeats it', () => {
    const twice: Problem[] = [
      { code: 'param-invalid', severity: 'error', message: '"X": A b.', nodeId: 'n', param: 'p' },
      { code: 'param-invalid', severity: 'error', message: '"X": A b.', nodeId: 'n', param: 'p' },
    ];
    const spec = { name: 'p', label: 'P', help: '', type: 'string' } as const;
    expect(groupNodeProblems(twice, { id: 'n', name: 'X' }, [spec]).params.get('p')).toHaveLength(
      1,
    );
  });
});

describe('field messages', () => {
  it('keep the node’s name where no field gives the context', () => {
    const problem: Problem = {
      code: 'unreachable',
      severity: 'warning',
      message: '"Say" can never run.',
      nodeId: 'n',
    };
    expect(fieldMessage(problem, 'Say').text).toBe('"Say" can never run.');
  });

  it('rate a field by its worst message', () => {
    expect(worstSeverity(undefined)).toBeUndefined();
    expect(worstSeverity([{ severity: 'warning', text: 'a', missing: false }])).toBe('warning');
    expect(
      worstSeverity([
        { severity: 'warning', text: 'a', missing: false },
        { severity: 'error', text: 'b', missing: true },
      ]),
    ).toBe('error');
  });
});
