import { describe, expect, it, vi } from 'vitest';
import { madeOnce } from '../../../../renderer/audio/tones/made-once';
import { hangUpTone, ringbackCycle } from '../../../../renderer/audio/tones/tone-synthesis';

describe('tones made once', () => {
  it('makes a tone once per sample rate and hands the same samples back after', () => {
    const make = vi.fn((rate: number) => new Float32Array(rate / 1000));
    const first = madeOnce(make, 48_000);
    expect(madeOnce(make, 48_000)).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
    expect(madeOnce(make, 44_100)).toHaveLength(44);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('keeps each tone apart at the same rate', () => {
    const ring = madeOnce(ringbackCycle, 8_000);
    const hangUp = madeOnce(hangUpTone, 8_000);
    expect(hangUp).not.toBe(ring);
    expect(madeOnce(ringbackCycle, 8_000)).toBe(ring);
    expect(hangUp).toHaveLength(hangUpTone(8_000).length);
  });
});
