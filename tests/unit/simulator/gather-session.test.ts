import { describe, expect, it } from 'vitest';
import { GatherSession } from '../../../electron/simulator/platform/gather-session';
import type { GatherRules } from '../../../electron/simulator/platform/gather-session';
import { manualClock } from './manual-real-time';

function session(rules: GatherRules) {
  const { clock, advance } = manualClock(1);
  const ended: { digits: string; at: number }[] = [];
  const gather = new GatherSession(rules, clock, (digits, at) => ended.push({ digits, at }));
  return { gather, ended, advance };
}

describe('GatherSession', () => {
  it('ends after numDigits keys', () => {
    const { gather, ended } = session({ numDigits: 2, finishOnKey: '#', timeoutMs: 5000 });
    gather.listen();
    for (const key of '123') gather.press(key);
    expect(ended).toEqual([{ digits: '12', at: 0 }]);
    expect(gather.active).toBe(false);
  });

  it('ends on the finish key, which is not part of the digits', () => {
    const { gather, ended } = session({ finishOnKey: '*', timeoutMs: 5000 });
    gather.listen();
    for (const key of '98*') gather.press(key);
    expect(ended.map((e) => e.digits)).toEqual(['98']);
  });

  it('ends after timeoutMs of silence, from listening or from the last key', () => {
    const { gather, ended, advance } = session({ numDigits: 4, finishOnKey: '', timeoutMs: 3000 });
    gather.listen();
    advance(2000);
    gather.press('7');
    advance(2999);
    expect(ended).toEqual([]);
    advance(1);
    expect(ended).toEqual([{ digits: '7', at: 5000 }]);
  });

  it('ends with no digits when nothing is pressed', () => {
    const { gather, ended, advance } = session({ finishOnKey: '#', timeoutMs: 1000 });
    gather.listen();
    advance(1000);
    expect(ended).toEqual([{ digits: '', at: 1000 }]);
  });

  it('presses scripted keys like a person: a pause, then one key at a time', () => {
    const { gather, ended, advance } = session({ finishOnKey: '#', timeoutMs: 10_000 });
    gather.listen();
    gather.pressLater('12#', 1000, 300);
    advance(1599);
    expect(ended).toEqual([]);
    advance(1);
    expect(ended).toEqual([{ digits: '12', at: 1600 }]);
  });

  it('says nothing once cancelled', () => {
    const { gather, ended, advance } = session({ finishOnKey: '#', timeoutMs: 1000 });
    gather.listen();
    gather.pressLater('1', 100, 0);
    gather.cancel();
    advance(5000);
    gather.press('1');
    expect(ended).toEqual([]);
  });
});
