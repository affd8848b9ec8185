import { describe, expect, it } from 'vitest';
import { callLegsTable } from '../../../electron/cli/commands/call-legs-table';
import type { CallLegView } from '../../../shared/ipc';

function leg(sid: string, fields: Partial<CallLegView> = {}): CallLegView {
  return {
    sid,
    name: null,
    number: null,
    status: null,
    createdAt: null,
    updatedAt: null,
    groupId: null,
    groupName: null,
    ...fields,
  };
}

describe('the legs table of `legflow legs`', () => {
  it('lines up one row per leg, from legs first, with - where the platform gave nothing', () => {
    const lines = callLegsTable({
      callSid: 'CA1',
      accountSid: 'exotel',
      from: [leg('L1', { name: 'Aditya Sharma', number: '0987', status: 'completed' })],
      to: [leg('L2', { number: 'sip:vikas', groupId: '123456', groupName: 'test_group' })],
    });

    expect(lines).toEqual([
      'Call CA1 on account exotel: 1 from leg, 1 to leg.',
      '',
      'SIDE  NAME           NUMBER     STATUS     CREATED  UPDATED  GROUP                LEG SID',
      'from  Aditya Sharma  0987       completed  -        -        -                    L1',
      'to    -              sip:vikas  -          -        -        test_group (123456)  L2',
    ]);
  });

  it('says so when the call has no legs, and shows control characters as ?', () => {
    expect(callLegsTable({ callSid: 'CA\u001b[2J', accountSid: null, from: [], to: [] })).toEqual([
      'Call CA?[2J: 0 from legs, 0 to legs.',
    ]);
  });
});
