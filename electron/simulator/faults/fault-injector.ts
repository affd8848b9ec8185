import { deriveSeed, seededRandom } from '../seeded-random';
import type { FaultSpec } from './fault-spec';

/** Salt for the fault stream of a run seed, so faults and ids draw different numbers. */
const FAULT_STREAM = 0x9e3779b9;

/** Rolls the dice for a {@link FaultSpec}. One instance per simulator. */
export class FaultInjector {
  private readonly random: () => number;

  /**
   * @param runSeed - the simulator's `seed` option: used (as a stream of its own) when the spec
   *   has no `seed`, so one number repeats a whole run, faults included.
   */
  constructor(
    readonly spec: FaultSpec,
    runSeed?: number,
  ) {
    const seed =
      spec.seed ?? (runSeed === undefined ? undefined : deriveSeed(runSeed, FAULT_STREAM));
    this.random = seed === undefined ? Math.random : seededRandom(seed);
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

  /** The v3 error code to answer a call-legs lookup with instead, if any (seed 003's 500s). */
  v3Fault(): 10743 | 10715 | undefined {
    const { v3LegsNotFound = 0, v3LegDetailsError = 0 } = this.spec;
    if (v3LegsNotFound === 0 && v3LegDetailsError === 0) return undefined;
    const roll = this.random();
    if (roll < v3LegsNotFound) return 10743;
    if (roll < v3LegsNotFound + v3LegDetailsError) return 10715;
    return undefined;
  }

  /** Whether calls-per-second control enqueues a normal-priority create-leg. */
  enqueued(): boolean {
    return this.chance(this.spec.enqueue ?? 0);
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
