import { describe, expect, it } from 'vitest';
import { RunVariables } from '../../../electron/runner/run-variables';

describe('run variables', () => {
  it('reports a leg update as one change, and nothing when nothing changed', () => {
    const changes: Record<string, string>[] = [];
    const variables = new RunVariables({ greeting: 'hi' }, (all) => changes.push(all));
    variables.setLegFields('caller', { leg_sid: 'L1', contact_uri: '0916', state: 'ringing' });
    variables.setLegFields('caller', { leg_sid: 'L1', contact_uri: '0916', state: 'ringing' });
    variables.set('digits', '2');
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual({
      greeting: 'hi',
      'caller.leg_sid': 'L1',
      'caller.contact_uri': '0916',
      'caller.state': 'ringing',
      digits: '2',
    });
  });
});
