import { describe, expect, it } from 'vitest';
import { isRunnable, validateFlow } from '../../../../shared/flow';
import type { Problem, ProblemCode } from '../../../../shared/flow';
import { FlowBuilder, answeredCall } from './flow-builder';

function problems(builder: FlowBuilder): Problem[] {
  return validateFlow(builder.flow);
}

function codes(builder: FlowBuilder): ProblemCode[] {
  return problems(builder).map((problem) => problem.code);
}

function only(builder: FlowBuilder, code: ProblemCode): Problem[] {
  return problems(builder).filter((problem) => problem.code === code);
}

describe('validateFlow', () => {
  it('finds nothing wrong in a complete small flow', () => {
    const flow = answeredCall().node('bye', 'hangup').edge('answer', 'next', 'bye');
    expect(problems(flow)).toEqual([]);
  });

  it('needs a start', () => {
    const flow = new FlowBuilder()
      .node('say', 'say', { text: 'hi' })
      .node('end', 'end', {}, null)
      .edge('say', 'next', 'end');
    expect(only(flow, 'no-start')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('no start') }),
    ]);
  });

  it('allows one start only', () => {
    const flow = answeredCall()
      .node('bye', 'hangup')
      .edge('answer', 'next', 'bye')
      .node('again', 'incoming-call', { exophone: '08030752401' });
    expect(only(flow, 'several-starts')).toEqual([
      expect.objectContaining({ nodeId: 'again', severity: 'error' }),
    ]);
  });

  it('warns about nodes nothing leads to', () => {
    const flow = answeredCall()
      .node('bye', 'hangup')
      .edge('answer', 'next', 'bye')
      .node('orphan', 'say', { text: 'x' });
    expect(only(flow, 'unreachable')).toEqual([
      expect.objectContaining({
        nodeId: 'orphan',
        severity: 'warning',
        message: expect.stringContaining('can never run'),
      }),
    ]);
  });

  it('reports required params that are missing, in plain words', () => {
    const flow = answeredCall()
      .node('say', 'say', { text: '' })
      .node('bye', 'hangup')
      .edge('answer', 'next', 'say')
      .edge('say', 'next', 'bye');
    expect(only(flow, 'param-missing')).toEqual([
      {
        code: 'param-missing',
        severity: 'error',
        message: '"Say" needs text.',
        nodeId: 'say',
        param: 'text',
      },
    ]);
  });

  it.each([
    ['play', { url: 'https://a/b.wav', loop: 11 }, 'loop', 'must be from 0 to 10'],
    ['play', { url: 'ftp://a/b.wav' }, 'url', 'must start with https:// or http://'],
    ['play', { url: 'not a url' }, 'url', 'is not a web address'],
    [
      'say',
      { text: 'x', preferredTTSEngine: 'siri' },
      'preferredTTSEngine',
      'must be one of "polly", "googletts"',
    ],
    ['gather', { numDigits: 2.5 }, 'numDigits', 'must be a whole number'],
    ['start-stream', { streamUrl: 'https://bot' }, 'streamUrl', 'must start with wss:// or ws://'],
    ['join-bridge', { bridgeSid: 'b', absorbDtmf: 'yes' }, 'absorbDtmf', 'must be on or off'],
  ] as const)('reports %s with %j: %s is invalid', (kind, params, param, words) => {
    const flow = answeredCall().node('n', kind, params).edge('answer', 'next', 'n');
    const found = only(flow, 'param-invalid').filter((problem) => problem.param === param);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(words);
    expect(found[0]!.nodeId).toBe('n');
  });

  it('checks outbound numbers and the rules that span params', () => {
    const flow = new FlowBuilder()
      .node('dial', 'outbound-call', {
        contact_uri: '12345',
        exophone: '08030752400',
        time_limit: 20000,
        async_amd: true,
      })
      .node('bye', 'hangup')
      .edge('dial', 'answered', 'bye');
    const messages = problems(flow).map((problem) => `${problem.param}: ${problem.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^contact_uri: .*"12345" is not a phone number/),
      expect.stringMatching(/^time_limit: .*must be from 1 to 14400/),
      expect.stringMatching(/^async_amd: .*does nothing unless "Detect answering machines" is on/),
    ]);
  });

  it('accepts templates where a number or URL is expected', () => {
    const flow = new FlowBuilder()
      .node('dial', 'outbound-call', {
        contact_uri: '{{customer_number}}',
        exophone: '08030752400',
      })
      .node('bye', 'hangup')
      .edge('dial', 'answered', 'bye');
    expect(problems(flow)).toEqual([]);
  });

  it('refuses a template in the ExoPhone callers dial, which nothing can have set', () => {
    const flow = new FlowBuilder()
      .node('start', 'incoming-call', { exophone: '{{support_line}}' })
      .node('answer', 'answer')
      .edge('start', 'next', 'answer');
    expect(only(flow, 'param-invalid')).toEqual([
      expect.objectContaining({
        severity: 'error',
        nodeId: 'start',
        param: 'exophone',
        message:
          '"Incoming call": The ExoPhone callers dial must be a number, not a {{template}}: nothing has been set when the call comes in.',
      }),
    ]);
    expect(isRunnable(problems(flow))).toBe(false);
  });

  it('flags a sip: address on the PSTN network', () => {
    const flow = new FlowBuilder()
      .node('dial', 'outbound-call', {
        contact_uri: 'sip:agent@pbx.example',
        exophone: '08030752400',
      })
      .node('bye', 'hangup')
      .edge('dial', 'answered', 'bye');
    expect(only(flow, 'param-invalid')).toEqual([
      expect.objectContaining({ param: 'network_type', message: expect.stringContaining('VoIP') }),
    ]);
  });

  it('requires Gather to stop on a digit count or a finish key', () => {
    const flow = answeredCall()
      .node('menu', 'gather', { numDigits: undefined as never, finishOnKey: '' })
      .edge('answer', 'next', 'menu')
      .edge('menu', 'no-input', 'answer');
    delete flow.flow.nodes[2]!.params.numDigits;
    expect(only(flow, 'param-invalid').map((problem) => problem.message)).toEqual([
      '"Gather digits": Gather needs a number of digits or a finish key, or it never stops listening.',
    ]);
  });

  it('requires required ports to be connected', () => {
    const flow = answeredCall()
      .node('menu', 'gather', { choices: [{ digits: '1', label: 'Sales' }] })
      .edge('answer', 'next', 'menu')
      .node('bye', 'hangup')
      .edge('menu', 'no-input', 'bye');
    expect(only(flow, 'port-unconnected')).toEqual([
      expect.objectContaining({
        nodeId: 'menu',
        message: 'The "1 · Sales" output of "Gather digits" must lead somewhere.',
      }),
    ]);
  });

  it('rejects edges from ports a node does not have, and two edges from one port', () => {
    const flow = answeredCall()
      .node('a', 'hangup')
      .node('b', 'hangup')
      .edge('answer', 'next', 'a')
      .edge('answer', 'next', 'b')
      .edge('a', 'answered', 'b');
    expect(codes(flow)).toEqual(expect.arrayContaining(['port-reused', 'port-unknown']));
  });

  it('rejects an edge into a trigger', () => {
    const flow = answeredCall().edge('answer', 'next', 'start');
    expect(only(flow, 'edge-into-trigger')).toEqual([expect.objectContaining({ nodeId: 'start' })]);
  });

  it('requires each action to name a leg that the flow creates', () => {
    const flow = answeredCall()
      .leg('agent', 'Agent')
      .node('a', 'say', { text: 'x' }, null)
      .node('b', 'say', { text: 'x' }, 'ghost')
      .node('c', 'say', { text: 'x' }, 'agent')
      .edge('answer', 'next', 'a')
      .edge('a', 'next', 'b')
      .edge('b', 'next', 'c');
    expect(codes(flow).filter((code) => code.startsWith('leg-'))).toEqual([
      'leg-missing',
      'leg-undefined',
      'leg-never-created',
    ]);
    expect(only(flow, 'leg-never-created')[0]!.message).toBe(
      '"Say (c)" acts on Agent, but no Incoming call or Outbound call creates that leg.',
    );
  });

  it('names a node by its label alone while no other node shares it, else adds its id', () => {
    const flow = answeredCall()
      .leg('agent', 'Agent')
      .node('welcome', 'say', { text: 'x' }, 'agent')
      .edge('answer', 'next', 'welcome');
    expect(only(flow, 'leg-never-created')[0]!.message).toMatch(/^"Say" acts on Agent/);
    const twice = flow
      .node('goodbye', 'say', { text: 'x' }, 'agent')
      .edge('welcome', 'next', 'goodbye');
    const messages = only(twice, 'leg-never-created').map((problem) => problem.message);
    expect(messages).toEqual([
      '"Say (welcome)" acts on Agent, but no Incoming call or Outbound call creates that leg.',
      '"Say (goodbye)" acts on Agent, but no Incoming call or Outbound call creates that leg.',
    ]);
  });

  it('needs a bridge of at least two legs', () => {
    const flow = answeredCall()
      .node('bridge', 'bridge-legs', { legs: ['caller', 'caller'] }, null)
      .edge('answer', 'next', 'bridge');
    expect(only(flow, 'bridge-too-few-legs')).toEqual([
      expect.objectContaining({
        nodeId: 'bridge',
        message: '"Bridge legs" must connect at least two different legs; it has 1.',
      }),
    ]);
  });

  it('warns about a Hold with no Unhold after it', () => {
    const held = answeredCall()
      .node('hold', 'hold')
      .node('bye', 'hangup')
      .edge('answer', 'next', 'hold')
      .edge('hold', 'next', 'bye');
    expect(only(held, 'hold-without-unhold')).toEqual([
      expect.objectContaining({ nodeId: 'hold', severity: 'warning' }),
    ]);
    const released = answeredCall()
      .node('hold', 'hold')
      .node('unhold', 'unhold')
      .node('bye', 'hangup')
      .edge('answer', 'next', 'hold')
      .edge('hold', 'next', 'unhold')
      .edge('unhold', 'next', 'bye');
    expect(only(released, 'hold-without-unhold')).toEqual([]);
  });

  it('warns about a Gather with no no-input branch', () => {
    const flow = answeredCall()
      .node('menu', 'gather')
      .node('bye', 'hangup')
      .edge('answer', 'next', 'menu')
      .edge('menu', 'invalid', 'bye');
    expect(only(flow, 'gather-without-no-input')).toEqual([
      expect.objectContaining({ nodeId: 'menu', severity: 'warning' }),
    ]);
  });

  it('finds a loop with no way out, and accepts one that can leave', () => {
    const trapped = answeredCall()
      .node('a', 'say', { text: 'again' })
      .node('b', 'wait', {}, null)
      .edge('answer', 'next', 'a')
      .edge('a', 'next', 'b')
      .edge('b', 'next', 'a');
    expect(only(trapped, 'cycle-without-exit')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('loop with no way out'),
      }),
    ]);
    const escapable = answeredCall()
      .node('menu', 'gather', { choices: [{ digits: '1', label: 'Again' }] })
      .node('bye', 'hangup')
      .edge('answer', 'next', 'menu')
      .edge('menu', '1', 'menu')
      .edge('menu', 'no-input', 'bye');
    expect(only(escapable, 'cycle-without-exit')).toEqual([]);
  });

  it('orders problems by node and tells whether the flow can run', () => {
    const flow = answeredCall().node('say', 'say', { text: '' }).edge('answer', 'next', 'say');
    const found = problems(flow);
    expect(found.map((problem) => problem.nodeId)).toEqual(['say', 'say']);
    expect(isRunnable(found)).toBe(false);
    expect(isRunnable([{ code: 'unreachable', severity: 'warning', message: '' }])).toBe(true);
  });
});
