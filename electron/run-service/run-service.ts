import type { FlowDocument } from '../../shared/flow';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import type { RunPlan } from '../../shared/ipc';
import { dialPlan } from '../../shared/flow';
import { Runner } from '../runner';
import type { FlowRun, RunUpdate } from '../runner';
import type { SimSessionOptions } from '../session/sim-session';
import { checkPlatformReach, isLocalPlatform, networkProbes } from '../settings/event-endpoint';
import type { ReachProbes } from '../settings/event-endpoint';
import { EnvSecretStore, missingTokenMessage } from '../settings/secret-store';
import type { SecretStore } from '../settings/secret-store';
import type { Settings } from '../settings/settings-schema';
import type { SimulatorControl } from '../simulator';
import { openRunLog } from '../storage/run-log-writer';
import { dialOnlyConfirmed } from './dial-guard';
import { checkConsent, undecidedNumbersProblem } from './live-consent';
import { listRuns, readRecordedRun } from './run-history';
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
  /** How a plan checks that the platform can reach the event endpoint; tests hand in fakes. */
  probes?: ReachProbes;
}

const NO_SETTINGS: Settings = { format: 'legflow.settings', version: 1, profiles: [] };

/**
 * The runs the app's user starts: on the Simulator profile or a live one (each opened on first
 * use; a live one closed again once no run holds it), each logged as JSON lines for history and
 * replay, each controllable by id. A live run starts only when every number it may dial was
 * confirmed, and dials no other. The backend exposes this over shared/ipc.ts; it knows nothing
 * of the UI.
 */
export class RunService {
  private readonly sources: ProfileSources;
  private readonly targets: RunTargets;
  private readonly logFolder: string;
  private readonly probes: ReachProbes;
  private readonly runs = new Map<string, FlowRun>();
  private readonly listeners = new Set<(notice: RunNotice) => void>();
  private readonly simulatorWatchers = new Set<(simulator: SimulatorControl) => void>();
  /** The simulator the watchers last heard of: a reopened one (a new speed) is told again. */
  private simulatorSeen: SimulatorControl | undefined;

  constructor(options: RunServiceOptions) {
    this.logFolder = options.logFolder;
    this.sources = {
      readSettings: options.readSettings ?? (async () => NO_SETTINGS),
      secrets: options.secrets ?? new EnvSecretStore(),
      simulator: options.simulator ?? {},
    };
    this.targets = new RunTargets(options.openTarget ?? openRunTarget);
    this.probes = options.probes ?? networkProbes;
  }

  onNotice(listener: (notice: RunNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells `watcher` of each simulator opened (the first, and one reopened because its speed
   * changed in Settings) before anything runs on it, so what was set on the last one (who
   * answers which number) can be set on it again.
   */
  onSimulatorOpened(watcher: (simulator: SimulatorControl) => void): () => void {
    this.simulatorWatchers.add(watcher);
    return () => this.simulatorWatchers.delete(watcher);
  }

  /**
   * What a run of the flow on the profile would dial, and whether it can start: for a live
   * profile its target is opened (our listener starts; nobody is dialled) while the event
   * endpoint is checked, and closed again until the run. An unknown profile is refused; a
   * missing token, or a number only known during the run, is a `problem`.
   */
  async plan(flow: FlowDocument, profile: string = SIMULATOR_PROFILE): Promise<RunPlan> {
    const calls = dialPlan(flow);
    const numbers = calls.map(({ nodeId, leg, number }) => ({ nodeId, leg, number }));
    if (profile === SIMULATOR_PROFILE) return { profile, live: false, numbers, listener: null };
    const { token, profile: account } = await liveCredentials(this.sources, profile);
    const unready = (problem: string): RunPlan => ({
      profile,
      live: true,
      numbers,
      listener: null,
      problem,
    });
    if (token === undefined) return unready(missingTokenMessage(this.sources.secrets, profile));
    const undecided = undecidedNumbersProblem(flow, calls);
    if (undecided !== undefined) return unready(undecided);
    let lease: TargetLease;
    try {
      lease = await this.lease(profile);
    } catch (error) {
      if (error instanceof RunRefusal) return unready(error.message);
      throw error;
    }
    try {
      // Held while checking: a tunnel to our listener answers only while the listener is up.
      const { eventEndpoint } = lease.target.platform;
      return {
        profile,
        live: true,
        numbers,
        listener: await checkPlatformReach(eventEndpoint, {
          probes: this.probes,
          platformIsLocal: isLocalPlatform(account),
        }),
      };
    } finally {
      lease.release();
    }
  }

  /** Starts a run; its updates reach the listeners and its log. Returns the run id. */
  async start(request: StartRunRequest): Promise<string> {
    const profile = request.profile ?? SIMULATOR_PROFILE;
    // On a live profile: the numbers the run may dial, every one confirmed. Null: any number.
    const dialable =
      profile === SIMULATOR_PROFILE
        ? null
        : checkConsent(profile, request.flow, request.confirmedNumbers ?? []);
    const lease = await this.lease(profile);
    let run: FlowRun;
    try {
      run = await this.begin(lease, profile, request, dialable);
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

  /**
   * The virtual phone: the simulator's parties, keypad and calls in. The phone asks often, so
   * the open simulator is handed over as it is (its settings are a run's to apply, never the
   * phone's: reopening it would drop its calls); it is opened only when it is not open yet.
   */
  async phone(): Promise<SimulatorControl> {
    let target = this.targets.current(SIMULATOR_PROFILE);
    if (!target) {
      const lease = await this.lease(SIMULATOR_PROFILE);
      lease.release();
      target = lease.target;
    }
    const control = target.simulator;
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
  private async begin(
    lease: TargetLease,
    profile: string,
    request: StartRunRequest,
    dialable: readonly string[] | null,
  ) {
    const { target } = lease;
    for (const node of request.flow.nodes) {
      if (node.kind === 'incoming-call') target.registerExophone(String(node.params.exophone));
    }
    // A live run gets a runner of its own on the shared account, whose API dials only the
    // numbers this run's person confirmed; the target's listener and events are shared as is.
    const runner = dialable
      ? new Runner(dialOnlyConfirmed(target.platform, dialable))
      : target.runner;
    const run = runner.create({
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
      const lease = await this.targets.lease(profile, () => simulatorSpec(this.sources));
      const { simulator } = lease.target;
      if (simulator && simulator !== this.simulatorSeen) {
        this.simulatorSeen = simulator;
        try {
          for (const watcher of this.simulatorWatchers) watcher(simulator);
        } catch (error) {
          // Nothing may run on a simulator set up by half: give it back, and tell the next lease.
          this.simulatorSeen = undefined;
          lease.release();
          throw error;
        }
      }
      return lease;
    }
    let secrets = { apiKey: '', token: '' };
    try {
      return await this.targets.lease(profile, async () => {
        const credentials = await liveCredentials(this.sources, profile);
        if (credentials.token === undefined) {
          throw new RunRefusal('no-token', missingTokenMessage(this.sources.secrets, profile));
        }
        secrets = { apiKey: credentials.profile.apiKey, token: credentials.token };
        return { kind: 'live', profile: credentials.profile, token: credentials.token };
      });
    } catch (error) {
      if (error instanceof RunRefusal) throw error;
      const message = withoutToken(error, secrets.apiKey, secrets.token);
      throw new RunRefusal('cannot-open', `“${profile}” could not be opened: ${message}`);
    }
  }
}
