/**
 * The guards of DESIGN.md: a run stops after `maxSteps` steps, or when one node is visited
 * `maxVisits` times while the run goes round a loop. A loop counts as going round while it
 * reaches no node it had not visited before; reaching a new node starts the counts again, so a
 * menu retried a few times is fine and a loop that never gets anywhere is caught.
 */
export class RunGuards {
  private steps = 0;
  private readonly visits = new Map<string, number>();
  private readonly everVisited = new Set<string>();

  constructor(
    private readonly maxSteps = 1000,
    private readonly maxVisits = 10,
  ) {}

  /** Counts a step into `nodeId`; returns why the run must stop, or null. */
  enter(nodeId: string, title: string): string | null {
    this.steps++;
    if (this.steps > this.maxSteps) {
      return `The run stopped after ${this.maxSteps.toLocaleString('en')} steps, the most one run may take.`;
    }
    if (!this.everVisited.has(nodeId)) {
      this.everVisited.add(nodeId);
      this.visits.clear();
    }
    const count = (this.visits.get(nodeId) ?? 0) + 1;
    this.visits.set(nodeId, count);
    if (count > this.maxVisits) {
      return `The run stopped: "${title}" was visited ${this.maxVisits} times round a loop that reaches nothing new.`;
    }
    return null;
  }

  get stepCount(): number {
    return this.steps;
  }
}
