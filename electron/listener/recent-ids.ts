import { BoundedMap } from './bounded-map';

/**
 * The event sids seen most recently, for dropping repeated deliveries. The platform delivers at
 * least once and retries within seconds, so a repeat comes soon after the original: remembering
 * the last `capacity` sids catches it while memory stays bounded however long the app runs.
 */
export class RecentIds {
  private readonly ids: BoundedMap<string, true>;

  constructor(capacity: number) {
    this.ids = new BoundedMap(capacity);
  }

  /** Records `id`; returns false when it was already there (a repeat), true when it is new. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.set(id, true);
    return true;
  }

  /** How many sids are remembered now; never more than the capacity. */
  get size(): number {
    return this.ids.size;
  }
}
