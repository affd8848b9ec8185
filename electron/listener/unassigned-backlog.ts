/**
 * The last events of legs no run has claimed yet. The platform can report a leg before the
 * create-leg reply that tells the runner its sid arrives, so when the runner does assign the
 * leg, its run still gets those first events. A ring buffer keeps memory fixed: events of legs
 * that are never assigned (another app's, a test's) simply fall out.
 */
export class UnassignedBacklog<T> {
  private readonly slots: ({ sid: string; item: T } | undefined)[];
  private next = 0;

  constructor(private readonly capacity: number) {
    this.slots = new Array<{ sid: string; item: T } | undefined>(capacity).fill(undefined);
  }

  /** Remembers `item` for `sid`, forgetting the oldest item when full. */
  add(sid: string, item: T): void {
    if (this.capacity === 0) return;
    this.slots[this.next] = { sid, item };
    this.next = (this.next + 1) % this.capacity;
  }

  /** Removes and returns the items of `sid`, oldest first. */
  take(sid: string): T[] {
    const taken: T[] = [];
    for (let step = 0; step < this.capacity; step++) {
      const index = (this.next + step) % this.capacity;
      const slot = this.slots[index];
      if (slot?.sid === sid) {
        taken.push(slot.item);
        this.slots[index] = undefined;
      }
    }
    return taken;
  }
}
