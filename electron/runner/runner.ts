import { randomUUID } from 'node:crypto';
import { FlowRun } from './flow-run';
import type { RunOptions, RunPlatform } from './run-types';

/**
 * Starts and keeps the runs of one platform (the simulator, or a live account). Many runs may
 * go at once, each with its own id; finished runs leave the list.
 */
export class Runner {
  private readonly runs = new Map<string, FlowRun>();

  /**
   * @param newRunId makes the id of a run created without one; by default the wall-clock time
   *   and a random suffix. A simulated session with a seed gives ids that repeat.
   */
  constructor(
    private readonly platform: RunPlatform,
    private readonly newRunId: () => string = randomRunId,
  ) {}

  /**
   * Creates a run; subscribe to its updates, then call `start()` on it. The id is generated
   * unless given; it names the run's log file, so it is kept file-name safe.
   */
  create(options: Omit<RunOptions, 'runId'> & { runId?: string }): FlowRun {
    const runId = options.runId ?? this.newRunId();
    if (this.runs.has(runId)) throw new Error(`A run with id ${runId} is already going.`);
    const run = new FlowRun({ ...options, runId }, this.platform);
    this.runs.set(runId, run);
    void run.finished.then(() => this.runs.delete(runId));
    return run;
  }

  get(runId: string): FlowRun | undefined {
    return this.runs.get(runId);
  }

  /** The runs still going. */
  active(): FlowRun[] {
    return [...this.runs.values()];
  }

  /** Stops every run, hanging up their legs: what quitting the app or Ctrl+C does. */
  async stopAll(reason = 'Stopped because the app is closing.'): Promise<void> {
    await Promise.all(this.active().map((run) => run.stop(reason)));
  }
}

function randomRunId(): string {
  return `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
}
