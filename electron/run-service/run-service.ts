import type { FlowDocument } from '../../shared/flow';
import type { FlowRun, RunUpdate } from '../runner';
import type { RunTarget } from '../scenario/run-target';
import type { SimulatorControl } from '../simulator';
import { simTarget } from '../session/sim-target';
import type { SimSessionOptions } from '../session/sim-session';
import { openRunLog } from '../storage/run-log-writer';
import { listRuns, readRecordedRun } from './run-history';

export interface StartRunRequest {
  flow: FlowDocument;
  breakpoints?: string[];
  startPaused?: boolean;
}

/** A run's update, with the run it belongs to: what the UI animates. */
export type RunNotice = { runId: string; update: RunUpdate };

/**
 * The runs the app's user starts: on the Simulator profile (started on first use), each logged
 * as JSON lines for history and replay, each controllable by id. The backend exposes this over
 * shared/ipc.ts; it knows nothing of the UI.
 */
export class RunService {
  private target: Promise<RunTarget> | null = null;
  private readonly runs = new Map<string, FlowRun>();
  private readonly listeners = new Set<(notice: RunNotice) => void>();

  constructor(
    private readonly logFolder: string,
    private readonly simOptions: SimSessionOptions = {},
    private readonly openTarget: () => Promise<RunTarget> = () => simTarget(this.simOptions),
  ) {}

  /** The simulator target, started once. */
  simulator(): Promise<RunTarget> {
    this.target ??= this.openTarget();
    return this.target;
  }

  onNotice(listener: (notice: RunNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a run; its updates reach the listeners and its log. Returns the run id. */
  async start(request: StartRunRequest): Promise<string> {
    const target = await this.simulator();
    for (const node of request.flow.nodes) {
      if (node.kind === 'incoming-call') target.registerExophone(String(node.params.exophone));
    }
    const run = target.runner.create({
      flow: request.flow,
      ...(request.breakpoints ? { breakpoints: request.breakpoints } : {}),
      ...(request.startPaused ? { startPaused: true } : {}),
    });
    const log = await openRunLog(this.logFolder, run.id);
    await log.append({
      type: 'run',
      at: new Date().toISOString(),
      runId: run.id,
      profile: 'Simulator',
      flow: request.flow,
    });
    run.onUpdate((update) => {
      void log.append({ type: 'update', at: new Date(update.at).toISOString(), update });
      for (const listener of this.listeners) listener({ runId: run.id, update });
    });
    this.runs.set(run.id, run);
    void run.finished.then(async () => {
      this.runs.delete(run.id);
      await log.close();
    });
    run.start();
    return run.id;
  }

  /** The run with this id, or an error a person can read. */
  get(runId: string): FlowRun {
    const run = this.runs.get(runId);
    if (!run) throw new Error(`No run ${runId} is going; it may have finished.`);
    return run;
  }

  /** The virtual phone: the simulator's parties, keypad and calls in. */
  async phone(): Promise<SimulatorControl> {
    const control = (await this.simulator()).simulator;
    if (!control) throw new Error('The virtual phone works on the Simulator profile only.');
    return control;
  }

  history = () => listRuns(this.logFolder);
  recorded = (runId: string) => readRecordedRun(this.logFolder, runId);

  /** Stops every run (hanging up its legs), then the simulator. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.runs.values()].map((run) => run.stop('Stopped because the app is closing.')),
    );
    if (this.target) await (await this.target).close();
  }
}
