import { describe, expect, it, vi } from 'vitest';
import { madeOnce } from '../../../../renderer/audio/tones/made-once';
import { ringbackCycle } from '../../../../renderer/audio/tones/tone-synthesis';

describe('tones made once', () => {
  it('makes a tone once per sample rate and hands the same samples back after', () => {
    const make = vi.fn((rate: number) => new Float32Array(rate / 1000));
    const first = madeOnce(make, 48_000);
    expect(madeOnce(make, 48_000)).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
    expect(madeOnce(make, 44_100)).toHaveLength(44);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('keeps the ring-back exactly as made', () => {
    expect(madeOnce(ringbackCycle, 8_000)).toEqual(ringbackCycle(8_000));
  });
});
