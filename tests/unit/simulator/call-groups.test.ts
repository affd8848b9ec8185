import { describe, expect, it } from 'vitest';
import { CallGroups } from '../../../electron/simulator/platform/call-groups';

describe('CallGroups', () => {
  it("makes a call of legs created with each other's reference_leg_sid", () => {
    const calls = new CallGroups();
    calls.add('A');
    calls.add('B', 'A');
    calls.add('C', 'B');
    calls.add('D', 'unknown');
    expect(calls.callOf('C')).toBe('A');
    expect(calls.legsOf('B')).toEqual(['A', 'B', 'C']);
    expect(calls.legsOf('D')).toEqual(['D']);
    expect(calls.callOf('nope')).toBeUndefined();
  });

  it('joins calls when their legs are bridged, keeping the earliest leg as the call sid', () => {
    const calls = new CallGroups();
    for (const leg of ['A', 'B', 'C', 'D']) calls.add(leg);
    calls.join('D', 'C');
    calls.join('C', 'B');
    expect(calls.callOf('D')).toBe('B');
    expect(calls.legsOf('D')).toEqual(['B', 'C', 'D']);
    calls.join('D', 'D');
    calls.join('A', 'D');
    expect(calls.legsOf('C')).toEqual(['A', 'B', 'C', 'D']);
  });
});
