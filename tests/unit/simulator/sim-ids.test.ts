import { describe, expect, it } from 'vitest';
import { createSimIds } from '../../../electron/simulator/sim-ids';
import type { SimIds } from '../../../electron/simulator/sim-ids';
import { seededRandom } from '../../../electron/simulator/seeded-random';

const SID = /^[A-Za-z0-9]{27}00000$/;
const REQUEST_ID = /^[0-9a-f]{32}$/;

/** Enough draws, mixing the two kinds, to cross the 8 KB refill of the byte pool twice. */
function draws(ids: SimIds, count = 800): string[] {
  return Array.from({ length: count }, (_, index) => (index % 3 ? ids.sid() : ids.requestId()));
}

describe('createSimIds', () => {
  it('repeats every sid and request id for the same seed', () => {
    expect(draws(createSimIds(42))).toEqual(draws(createSimIds(42)));
  });

  it('gives different ids for a different seed, and for no seed each time', () => {
    const first = draws(createSimIds(42), 20);
    expect(draws(createSimIds(43), 20)).not.toEqual(first);
    expect(draws(createSimIds(), 20)).not.toEqual(draws(createSimIds(), 20));
  });

  it('treats 0 as a seed, not as "no seed"', () => {
    expect(draws(createSimIds(0), 5)).toEqual(draws(createSimIds(0), 5));
  });

  it.each([
    ['seeded', 7],
    ['unseeded', undefined],
  ])('makes platform-shaped ids, none repeated (%s)', (_, seed) => {
    const ids = createSimIds(seed);
    const sids = Array.from({ length: 2_000 }, () => ids.sid());
    const requestIds = Array.from({ length: 2_000 }, () => ids.requestId());
    for (const sid of sids) expect(sid).toMatch(SID);
    for (const requestId of requestIds) expect(requestId).toMatch(REQUEST_ID);
    expect(new Set(sids).size).toBe(sids.length);
    expect(new Set(requestIds).size).toBe(requestIds.length);
  });

  it('keeps simulators apart: drawing from one does not move another', () => {
    const alone = createSimIds(5);
    const expected = [alone.sid(), alone.sid()];
    const a = createSimIds(5);
    const b = createSimIds(5);
    const got = [a.sid()];
    b.sid();
    b.requestId();
    got.push(a.sid());
    expect(got).toEqual(expected);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const one = seededRandom(9);
    const two = seededRandom(9);
    for (let i = 0; i < 1_000; i += 1) {
      const value = one();
      expect(value).toBe(two());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
