/**
 * mulberry32: a tiny seeded generator of 32-bit words. Not for secrets; it makes a simulated run
 * repeat exactly from its seed (ids, fault dice), which `Math.random` and node:crypto cannot.
 * Only the low 32 bits of `seed` count.
 */
export function seededUint32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Numbers in [0, 1) from {@link seededUint32}: a drop-in for `Math.random` that repeats. */
export function seededRandom(seed: number): () => number {
  const next = seededUint32(seed);
  return () => next() / 4_294_967_296;
}

/**
 * A second seed made from `seed` for another stream (`salt` names the stream), so two consumers
 * of one run seed do not draw the same numbers.
 */
export function deriveSeed(seed: number, salt: number): number {
  return (seed ^ salt) >>> 0;
}
