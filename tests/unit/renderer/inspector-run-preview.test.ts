import { describe, expect, it } from 'vitest';
import { compileNodeExoml } from '../../../shared/exoml';
import type { FlowLeg } from '../../../shared/flow';
import { linesOf } from '../../../renderer/inspector/code-figure';
import { prettyExoml } from '../../../renderer/inspector/pretty-exoml';
import { EVENT_ENDPOINT, describeRun } from '../../../renderer/inspector/run-description';

const legs: FlowLeg[] = [
  { id: 'customer', label: 'Customer', color: '#2563eb' },
  { id: 'agent', label: 'Agent', color: '#c2410c' },
];

describe('the ExoML preview', () => {
  it('lays out nested elements one a line and keeps text on its element’s line', () => {
    const exoml = compileNodeExoml({
      kind: 'gather',
      params: { text: 'Press 1 & wait <here>', numDigits: 1, choices: [] },
    })!;
    expect(prettyExoml(exoml)).toBe(
      [
        '<Flow>',
        '  <Gather numDigits="1">',
        '    <Say>Press 1 &amp; wait &lt;here&gt;</Say>',
        '  </Gather>',
        '</Flow>',
      ].join('\n'),
    );
  });

  it('shows an empty element as self-closing', () => {
    expect(prettyExoml('<Flow><Answer/></Flow>')).toBe('<Flow>\n  <Answer/>\n</Flow>');
  });

  it('shows a body it cannot parse exactly as it is', () => {
    expect(prettyExoml('<Flow><Say>')).toBe('<Flow><Say>');
  });

  it('splits code into lines with their depth', () => {
    expect(linesOf('{\n  "a": 1\n}')).toEqual([
      { depth: 0, text: '{' },
      { depth: 1, text: '"a": 1' },
      { depth: 0, text: '}' },
    ]);
  });
});

describe('what a node does at run time', () => {
  it('shows the create-leg request of an Outbound call, templates as written', () => {
    const run = describeRun(
      {
        kind: 'outbound-call',
        leg: 'agent',
        params: {
          contact_uri: '{{agent_number}}',
          exophone: '08030752400',
          custom_param: '',
          timeout: 20,
        },
      },
      legs,
    );
    expect(run.text).toContain('Creates the Agent leg: dials {{agent_number}}');
    expect(run.request).toEqual({
      method: 'POST',
      path: '/v2/accounts/{account_sid}/legs',
      body: {
        contact_uri: '{{agent_number}}',
        exophone: '08030752400',
        timeout: 20,
        leg_event_endpoint: EVENT_ENDPOINT,
      },
    });
  });

  it('shows the bridge request of Bridge legs, naming each leg’s sid', () => {
    const run = describeRun(
      {
        kind: 'bridge-legs',
        leg: null,
        params: { legs: ['customer', 'agent'], absorb_dtmf: true },
      },
      legs,
    );
    expect(run.text).toContain('Connects Customer and Agent');
    expect(run.request?.body).toEqual({
      leg_sids: ['{{customer.leg_sid}}', '{{agent.leg_sid}}'],
      bridge_event_endpoint: EVENT_ENDPOINT,
      absorb_dtmf: true,
    });
  });

  it('lists a Branch’s conditions in order, in words', () => {
    const run = describeRun(
      {
        kind: 'branch',
        leg: null,
        params: {
          variable: 'digits',
          conditions: [
            { operator: 'equals', value: '1', label: 'Sales' },
            { operator: 'is-empty', value: '' },
          ],
        },
      },
      legs,
    );
    expect(run.request).toBeUndefined();
    expect(run.details).toEqual([
      '1. If {{digits}} is "1" → Sales',
      '2. If {{digits}} is empty → output 2',
    ]);
  });

  it('says what flow-control and trigger nodes do', () => {
    expect(describeRun({ kind: 'wait', leg: null, params: { seconds: 7 } }, legs).text).toMatch(
      /^Waits 7 seconds/,
    );
    expect(
      describeRun({ kind: 'incoming-call', leg: 'customer', params: { exophone: '0801' } }, legs)
        .text,
    ).toContain('calls 0801. The caller becomes the Customer leg');
    expect(
      describeRun(
        { kind: 'end', leg: null, params: { status: 'failed', reason: 'No agent' } },
        legs,
      ).text,
    ).toContain('Ends the run as failed (“No agent”)');
  });
});
