import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../../electron/simulator/faults/fault-injector';
import {
  FaultSpecError,
  formatFaultSpec,
  hasFaults,
  parseFaultSpec,
} from '../../../electron/simulator/faults/fault-spec';

describe('parseFaultSpec', () => {
  it("reads the issue's example", () => {
    expect(
      parseFaultSpec('500=0.05,429=0.02,latency=200ms,drop=0.01,dup=0.05,reorder=0.05'),
    ).toEqual({
      http500: 0.05,
      http429: 0.02,
      latencyMs: { min: 200, max: 200 },
      drop: 0.01,
      dup: 0.05,
      reorder: 0.05,
    });
  });

  it('reads the v3 500s of seed 003 and calls-per-second queueing, and writes them back', () => {
    const spec = parseFaultSpec('10743=0.5,10715=25%,enqueue=1');
    expect(spec).toMatchObject({ v3LegsNotFound: 0.5, v3LegDetailsError: 0.25, enqueue: 1 });
    expect(formatFaultSpec(spec)).toBe('10715=0.25,10743=0.5,enqueue=1');
    expect(hasFaults(spec)).toBe(true);
  });

  it('rolls the v3 500s and the queueing only when asked, and by their rates', () => {
    const none = new FaultInjector(parseFaultSpec(''), 1);
    expect(none.v3Fault()).toBeUndefined();
    expect(none.enqueued()).toBe(false);
    const all = new FaultInjector(parseFaultSpec('10743=1,enqueue=1'), 1);
    expect(all.v3Fault()).toBe(10743);
    expect(all.enqueued()).toBe(true);
    expect(new FaultInjector(parseFaultSpec('10715=1'), 1).v3Fault()).toBe(10715);
  });

  it('takes percentages, seconds, ranges, a seed, spaces and any case', () => {
    expect(parseFaultSpec(' DROP = 5% , latency=0.5-1.5s, seed=42 ')).toMatchObject({
      drop: 0.05,
      latencyMs: { min: 500, max: 1500 },
      seed: 42,
    });
  });

  it('reads nothing as no faults', () => {
    for (const text of ['', '  ', 'none', 'NONE']) {
      expect(hasFaults(parseFaultSpec(text))).toBe(false);
    }
  });

  it.each([
    ['explode=1', /"explode" is not a fault; known faults: 500, 429, latency/],
    ['drop', /"drop" is not name=value/],
    ['drop=0.1,drop=0.2', /"drop" is given twice/],
    ['drop=1.5', /drop=1.5: a rate is a fraction from 0 to 1/],
    ['dup=-0.1', /dup=-0.1: a rate/],
    ['500=abc', /500=abc: a rate/],
    ['429=150%', /429=150%: a rate/],
    ['latency=fast', /latency=fast: give a duration such as 200ms/],
    ['latency=200', /latency=200: give a duration/],
    ['latency=300-100ms', /the range goes down/],
    ['latency=2min', /give a duration/],
    ['latency=90s', /at most 60s/],
    ['seed=1.5', /seed=1.5: a seed is a whole number/],
    ['drop=0.1,,dup=0.1', /"" is not name=value/],
  ])('rejects %s with a clear message', (text, message) => {
    expect(() => parseFaultSpec(text)).toThrow(FaultSpecError);
    expect(() => parseFaultSpec(text)).toThrow(message);
    expect(() => parseFaultSpec(text)).toThrow(/^Invalid --faults: .*Example: 500=0.05,/);
  });

  it('writes a spec back in the same syntax', () => {
    const text = '500=0.05,429=0.02,drop=0.01,dup=0.05,reorder=0.05,latency=50-250ms,seed=9';
    expect(parseFaultSpec(formatFaultSpec(parseFaultSpec(text)))).toEqual(parseFaultSpec(text));
    expect(formatFaultSpec(parseFaultSpec(''))).toBe('none');
  });
});

describe('FaultInjector', () => {
  it('never fires at rate 0 and always at rate 1', () => {
    const never = new FaultInjector(parseFaultSpec(''));
    const always = new FaultInjector(parseFaultSpec('500=1,drop=1,dup=1,reorder=1,latency=7ms'));
    for (let i = 0; i < 50; i++) {
      expect(never.apiFault()).toBeUndefined();
      expect(never.eventFate()).toEqual({ drop: false, dup: false, reorder: false });
      expect(never.latencyMs()).toBe(0);
      expect(always.apiFault()).toBe(500);
      expect(always.eventFate()).toEqual({ drop: true, dup: true, reorder: true });
      expect(always.latencyMs()).toBe(7);
    }
  });

  it('repeats the same choices for the same seed, at about the rate asked', () => {
    const rolls = (seed: number) => {
      const injector = new FaultInjector(parseFaultSpec(`500=0.2,429=0.1,seed=${seed}`));
      return Array.from({ length: 2000 }, () => injector.apiFault());
    };
    expect(rolls(5)).toEqual(rolls(5));
    expect(rolls(5)).not.toEqual(rolls(6));
    const share = (status: number) => rolls(5).filter((s) => s === status).length / 2000;
    expect(share(500)).toBeGreaterThan(0.15);
    expect(share(500)).toBeLessThan(0.25);
    expect(share(429)).toBeGreaterThan(0.06);
    expect(share(429)).toBeLessThan(0.14);
  });
});
