import type { FaultSpec } from './fault-spec';

/** mulberry32: a tiny seeded generator, enough for "5% of requests". */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Rolls the dice for a {@link FaultSpec}. One instance per simulator. */
export class FaultInjector {
  private readonly random: () => number;

  constructor(readonly spec: FaultSpec) {
    this.random = spec.seed === undefined ? Math.random : seeded(spec.seed);
  }

  /** The API status to answer instead of serving the request, if any. */
  apiFault(): 500 | 429 | undefined {
    const { http500, http429 } = this.spec;
    if (http500 === 0 && http429 === 0) return undefined;
    const roll = this.random();
    if (roll < http500) return 500;
    if (roll < http500 + http429) return 429;
    return undefined;
  }

  /** Real milliseconds to wait before a reply or a delivery. */
  latencyMs(): number {
    const { min, max } = this.spec.latencyMs;
    return max === 0 ? 0 : min + (max - min) * this.random();
  }

  /** What happens to one event on its way out. */
  eventFate(): { drop: boolean; dup: boolean; reorder: boolean } {
    return {
      drop: this.chance(this.spec.drop),
      dup: this.chance(this.spec.dup),
      reorder: this.chance(this.spec.reorder),
    };
  }

  private chance(rate: number): boolean {
    return rate > 0 && this.random() < rate;
  }
}
