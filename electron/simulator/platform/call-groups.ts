/**
 * Which legs make one call, for v3's call-legs endpoint: legs created with `reference_leg_sid`
 * of one another, or bridged together. A call's sid is the sid of its first leg. A union-find
 * whose root is always the earliest leg of its group.
 */
export class CallGroups {
  private readonly parent = new Map<string, string>();
  private readonly order = new Map<string, number>();
  private readonly members = new Map<string, string[]>();
  private count = 0;

  /** Adds a leg, on its own or in the call of `referenceLegSid`. */
  add(legSid: string, referenceLegSid?: string): void {
    this.parent.set(legSid, legSid);
    this.order.set(legSid, this.count++);
    this.members.set(legSid, [legSid]);
    if (referenceLegSid !== undefined && this.parent.has(referenceLegSid)) {
      this.join(legSid, referenceLegSid);
    }
  }

  /** Puts the calls of two legs together (they were bridged). */
  join(a: string, b: string): void {
    const rootA = this.callOf(a);
    const rootB = this.callOf(b);
    if (rootA === undefined || rootB === undefined || rootA === rootB) return;
    const [first, second] =
      this.order.get(rootA)! < this.order.get(rootB)! ? [rootA, rootB] : [rootB, rootA];
    this.parent.set(second, first);
    this.members.get(first)!.push(...this.members.get(second)!);
    this.members.delete(second);
  }

  /** The call sid (its first leg's sid) of the call a leg is in; undefined for unknown legs. */
  callOf(legSid: string): string | undefined {
    if (!this.parent.has(legSid)) return undefined;
    let node = legSid;
    for (let up = this.parent.get(node)!; up !== node; up = this.parent.get(node)!) {
      // Path halving: point each node visited at its grandparent.
      const grand = this.parent.get(up)!;
      this.parent.set(node, grand);
      node = grand;
    }
    return node;
  }

  /** The legs of the call `legSid` is in, first leg first, in the order they were created. */
  legsOf(legSid: string): string[] {
    const root = this.callOf(legSid);
    if (root === undefined) return [];
    return [...this.members.get(root)!].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}
