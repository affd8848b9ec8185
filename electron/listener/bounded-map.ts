/**
 * A Map that holds at most `capacity` keys, forgetting the key added longest ago when a new one
 * comes. Updating a key's value does not make it younger: what is bounded here is memory over a
 * long session, not recency. Eviction goes through a ring of keys rather than through the Map's
 * first entry, because V8 skips a Map's deleted slots each time it starts iterating, which made
 * every eviction cost microseconds at a capacity of 10,000.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();
  private readonly ring: (K | undefined)[];
  private next = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.ring = new Array<K | undefined>(capacity).fill(undefined);
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Sets the value of `key`; a new key may push out the oldest one. */
  set(key: K, value: V): void {
    if (!this.map.has(key)) {
      const oldest = this.ring[this.next];
      if (oldest !== undefined) this.map.delete(oldest);
      this.ring[this.next] = key;
      this.next = (this.next + 1) % this.capacity;
    }
    this.map.set(key, value);
  }

  /** How many keys are held now; never more than the capacity. */
  get size(): number {
    return this.map.size;
  }
}
