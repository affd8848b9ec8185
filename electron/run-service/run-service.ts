import type { FlowDocument } from '../../shared/flow';
import { dialPlan } from '../runner';
import type { FlowRun, RunUpdate } from '../runner';
import type { SimSessionOptions } from '../session/sim-session';
import { checkEndpoint, endpointOfUrl } from '../settings/event-endpoint';
import type { EndpointCheck } from '../settings/event-endpoint';
import { EnvSecretStore, missingTokenMessage } from '../settings/secret-store';
import type { SecretStore } from '../settings/secret-store';
import type { Settings } from '../settings/settings-schema';
import type { SimulatorControl } from '../simulator';
import { openRunLog } from '../storage/run-log-writer';
import { checkConsent } from './live-consent';
import { listRuns, readRecordedRun } from './run-history';
import { SIMULATOR_PROFILE } from '../../shared/ipc/settings-contract';
import { liveCredentials, simulatorSpec, withoutToken } from './run-profiles';
import type { ProfileSources } from './run-profiles';
import { RunRefusal } from './run-refusal';
import { openRunTarget, RunTargets } from './run-targets';
import type { OpenTarget, TargetLease } from './run-targets';

export interface StartRunRequest {
  flow: FlowDocument;
  breakpoints?: string[];
  startPaused?: boolean;
  /** The profile to run on: the Simulator when absent, else a live profile's name. */
  profile?: string;
  /** On a live profile: the numbers the person agreed may be dialled (see `plan`). */
  confirmedNumbers?: readonly string[];
}

/** What a run would do, told before it starts so a person can agree to a live one. */
export interface RunPlan {
  profile: string;
  live: boolean;
  /** Every number the run may dial, and the node that dials it. */
  numbers: { nodeId: string; leg: string | null; number: string }[];
  /** Whether the platform's events can reach us; null on the Simulator or when not checked. */
  listener: EndpointCheck | null;
  /** Why the run cannot start at all (no token, a listener port in use); absent when it can. */
  problem?: string;
}

/** A run's update, with the run it belongs to: what the UI animates. */
export type RunNotice = { runId: string; update: RunUpdate };

export interface RunServiceOptions {
  /** Where each run's log (JSON lines) is kept, for history and replay. */
  logFolder: string;
  /** Reads the settings file afresh: live profiles and the Simulator's saved speed. */
  readSettings?: () => Promise<Settings>;
  /** Where live profiles' API tokens are; the environment by default. */
  secrets?: SecretStore;
  /** The simulator's options; a `speed` here (LEGFLOW_SIM_SPEED, a test's) wins over the saved one. */
  simulator?: SimSessionOptions;
  /** Opens run targets; tests hand in fakes. */
  openTarget?: OpenTarget;
}

const NO_SETTINGS: Settings = { format: 'legflow.settings', version: 1, profiles: [] };

/**
 * The runs the app's user starts: on the Simulator profile or a live one (each opened on first
 * use), each logged as JSON lines for history and replay, each controllable by id. A live run
 * starts only when every number it may dial was confirmed. The backend exposes this over
 * shared/ipc.ts; it knows nothing of the UI.
 */
export class RunService {
  private readonly sources: ProfileSources;
  private readonly targets: RunTargets;
  private readonly logFolder: string;
  private readonly runs = new Map<string, FlowRun>();
  private readonly listeners = new Set<(notice: RunNotice) => void>();

  constructor(options: RunServiceOptions) {
    this.logFolder = options.logFolder;
    this.sources = {
      readSettings: options.readSettings ?? (async () => NO_SETTINGS),
      secrets: options.secrets ?? new EnvSecretStore(),
      simulator: options.simulator ?? {},
    };
    this.targets = new RunTargets(options.openTarget ?? openRunTarget);
  }

  onNotice(listener: (notice: RunNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * What a run of the flow on the profile would dial, and whether it can start: for a live
   * profile its target is opened (our listener starts; nobody is dialled) so the event endpoint
   * can be checked. An unknown profile is refused; a missing token is a `problem`.
   */
  async plan(flow: FlowDocument, profile: string = SIMULATOR_PROFILE): Promise<RunPlan> {
    const numbers = dialPlan(flow).map(({ nodeId, leg, number }) => ({ nodeId, leg, number }));
    if (profile === SIMULATOR_PROFILE) return { profile, live: false, numbers, listener: null };
    const { token } = await liveCredentials(this.sources, profile);
    const unready = (problem: string): RunPlan => ({
      profile,
      live: true,
      numbers,
      listener: null,
      problem,
    });
    if (token === undefined) return unready(missingTokenMessage(this.sources.secrets, profile));
    let lease: TargetLease;
    try {
      lease = await this.lease(profile);
    } catch (error) {
      if (error instanceof RunRefusal) return unready(error.message);
      throw error;
    }
    lease.release();
    const endpoint = endpointOfUrl(lease.target.platform.eventEndpoint);
    return { profile, live: true, numbers, listener: await checkEndpoint(endpoint) };
  }

  /** Starts a run; its updates reach the listeners and its log. Returns the run id. */
  async start(request: StartRunRequest): Promise<string> {
    const profile = request.profile ?? SIMULATOR_PROFILE;
    if (profile !== SIMULATOR_PROFILE) {
      checkConsent(profile, request.flow, request.confirmedNumbers ?? []);
    }
    const lease = await this.lease(profile);
    let run: FlowRun;
    try {
      run = await this.begin(lease, profile, request);
    } catch (error) {
      lease.release();
      throw error;
    }
    this.runs.set(run.id, run);
    void run.finished.then(() => {
      this.runs.delete(run.id);
      lease.release();
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
    const lease = await this.lease(SIMULATOR_PROFILE);
    lease.release();
    const control = lease.target.simulator;
    if (!control) throw new Error('The virtual phone works on the Simulator profile only.');
    return control;
  }

  history = () => listRuns(this.logFolder);
  recorded = (runId: string) => readRecordedRun(this.logFolder, runId);

  /** Stops every run (hanging up its legs), then every open target. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.runs.values()].map((run) => run.stop('Stopped because the app is closing.')),
    );
    await this.targets.closeAll();
  }

  /** Creates the run on the leased target and opens its log, named with the profile. */
  private async begin(lease: TargetLease, profile: string, request: StartRunRequest) {
    const { target } = lease;
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
      profile,
      flow: request.flow,
    });
    run.onUpdate((update) => {
      void log.append({ type: 'update', at: new Date(update.at).toISOString(), update });
      for (const listener of this.listeners) listener({ runId: run.id, update });
    });
    void run.finished.then(() => log.close());
    return run;
  }

  /** The profile's open target; a live one that cannot open is refused without its token. */
  private async lease(profile: string): Promise<TargetLease> {
    if (profile === SIMULATOR_PROFILE) {
      return this.targets.lease(profile, () => simulatorSpec(this.sources));
    }
    let token = '';
    try {
      return await this.targets.lease(profile, async () => {
        const credentials = await liveCredentials(this.sources, profile);
        if (credentials.token === undefined) {
          throw new RunRefusal('no-token', missingTokenMessage(this.sources.secrets, profile));
        }
        token = credentials.token;
        return { kind: 'live', profile: credentials.profile, token };
      });
    } catch (error) {
      if (error instanceof RunRefusal) throw error;
      const message = withoutToken((error as Error).message, token);
      throw new RunRefusal('cannot-open', `“${profile}” could not be opened: ${message}`);
    }
  }
}
