import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../../shared/flow';
import { sameNumber } from '../../../../shared/phone-number';
import { numbersDialledBy } from '../../../../renderer/phone/flow-numbers';

const clickToCall = () =>
  loadFlow(readFileSync('assets/examples/click-to-call.legflow.json', 'utf8'));

describe('the numbers a flow dials, as the virtual phone offers them', () => {
  it('lists each Outbound call’s number once, in flow order', () => {
    expect(numbersDialledBy(clickToCall())).toEqual(['09163816621', '09876543210']);
  });

  it('fills templates from the flow’s variables and leaves out numbers only a run decides', () => {
    const flow = clickToCall();
    flow.variables = { agent_number: '09876500001' };
    flow.nodes.find((node) => node.id === 'call-agent')!.params.contact_uri = '{{agent_number}}';
    flow.nodes.find((node) => node.id === 'call-customer')!.params.contact_uri = '{{digits}}';
    expect(numbersDialledBy(flow)).toEqual(['09876500001']);
  });
});

describe('one number in two spellings', () => {
  it('matches the national, international and plain forms, and SIP URIs without case', () => {
    expect(sameNumber('09163816621', '+919163816621')).toBe(true);
    expect(sameNumber('919163816621', '09163816621')).toBe(true);
    expect(sameNumber('sip:Agent@example.com', 'sip:agent@example.com')).toBe(true);
    expect(sameNumber('09163816621', '09163816622')).toBe(false);
  });
});
