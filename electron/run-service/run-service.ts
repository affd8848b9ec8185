import type { FlowDocument } from '../../shared/flow';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import type { RunPlan } from '../../shared/ipc';
import type { SkipWaitReply } from '../../shared/ipc/pace-contract';
import { dialPlan, incomingExophoneProblem } from '../../shared/flow';
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
import { activeRunOf, withGoingRuns } from './going-runs';
import type { ActiveRun, GoingRun } from './going-runs';
import { checkConsent, undecidedNumbersProblem } from './live-consent';
import { listRuns, readRecordedRun } from './run-history';
import { liveCredentials, simulatorSpec, withoutToken } from './run-profiles';
import type { ProfileSources } from './run-profiles';
import { RunRefusal } from './run-refusal';
import { openRunTarget, RunTargets } from './run-targets';
import type { OpenTarget, TargetLease } from './run-targets';
import { pacedClockOf, SimulatorPace } from './simulator-pace';
import { settleAfter, skipWait } from './skip-wait';

export interface StartRunRequest {
  flow: FlowDocument;
  breakpoints?: string[];
  startPaused?: boolean;
  /** The profile to run on: the Simulator when absent, else a live profile's name. */
  profile?: string;
  /** On a live profile: the numbers the person agreed may be dialled (see `plan`). */
  confirmedNumbers?: readonly string[];
  /** Where the flow is saved (a workspace path), so a window that attaches can open it. */
  path?: string;
}

/**
 * A run's update, with the run it belongs to and its place among the run's updates (`seq`, from
 * 0): what the UI animates. A window that attaches mid-run folds the snapshot `active()` gave
 * it, then the notices from the snapshot's length on.
 */
export type RunNotice = { runId: string; update: RunUpdate; seq: number };

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
 * of the UI. Runs belong to it, not to the window that started one: they go on when that window
 * closes, and any window can find them (`active`) and steer them; only `close` stops them all.
 */
export class RunService {
  private readonly sources: ProfileSources;
  private readonly targets: RunTargets;
  private readonly logFolder: string;
  private readonly probes: ReachProbes;
  private readonly runs = new Map<string, GoingRun>();
  /** Logs of ended runs still being written: History waits for them, so none reads as cut. */
  private readonly closingLogs = new Set<Promise<void>>();
  private readonly listeners = new Set<(notice: RunNotice) => void>();
  private readonly simulatorWatchers = new Set<(simulator: SimulatorControl) => void>();
  /** The simulator the watchers last heard of: a reopened one is told again. */
  private simulatorSeen: SimulatorControl | undefined;
  /** The Simulator profile's speed: the toolbar's, or the one saved in Settings. */
  readonly pace: SimulatorPace;

  constructor(options: RunServiceOptions) {
    this.logFolder = options.logFolder;
    this.sources = {
      readSettings: options.readSettings ?? (async () => NO_SETTINGS),
      secrets: options.secrets ?? new EnvSecretStore(),
      simulator: options.simulator ?? {},
    };
    this.targets = new RunTargets(options.openTarget ?? openRunTarget);
    this.probes = options.probes ?? networkProbes;
    this.pace = new SimulatorPace({
      current: () => this.targets.current(SIMULATOR_PROFILE),
      startSpeed: async () => (await simulatorSpec(this.sources)).options.speed ?? 1,
    });
  }

  onNotice(listener: (notice: RunNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells `watcher` of each simulator opened (the first, and one reopened because its options
   * changed, such as exact time) before anything runs on it, so what was set on the last one (who
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
    let going: GoingRun;
    try {
      going = await this.begin(lease, profile, request, dialable);
    } catch (error) {
      lease.release();
      throw error;
    }
    const { run } = going;
    this.runs.set(run.id, going);
    void run.finished.then(() => {
      this.runs.delete(run.id);
      lease.release();
    });
    run.start();
    return run.id;
  }

  /** The run with this id, or an error a person can read. */
  get(runId: string): FlowRun {
    return this.going(runId).run;
  }

  /** Changes the breakpoints of a run that goes on; a window that attaches later gets them. */
  setBreakpoints(runId: string, nodeIds: readonly string[]): void {
    const going = this.going(runId);
    going.breakpoints = [...nodeIds];
    going.run.setBreakpoints(nodeIds);
  }

  /**
   * "Skip this wait" for a Simulator run: its session's time moves on to the moment the run's
   * wait ends (see skip-wait.ts). Says why not when it cannot; an ended run is an error.
   */
  async skipWait(runId: string): Promise<SkipWaitReply> {
    const going = this.going(runId);
    const target =
      going.profile === SIMULATOR_PROFILE ? this.targets.current(SIMULATOR_PROFILE) : undefined;
    const simulator = target?.simulator;
    return skipWait(going.run, pacedClockOf(target), () =>
      settleAfter(async () => simulator && (await simulator.whenDelivered())),
    );
  }

  /** How many runs go on: the desktop app asks before quitting stops them. */
  runningCount(): number {
    return this.runs.size;
  }

  /** Every run going on, oldest first, with its updates so far: what a window attaches to. */
  active(): ActiveRun[] {
    return [...this.runs.values()].map(activeRunOf);
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

  /** Every kept run, newest first; those going on say `running`. */
  async history() {
    await Promise.all(this.closingLogs);
    const going = new Set(this.runs.keys());
    return (await listRuns(this.logFolder)).map((summary) => withGoingRuns(summary, going));
  }

  /** One kept run for replay (so far, if it goes on). */
  async recorded(runId: string) {
    await Promise.all(this.closingLogs);
    const recorded = await readRecordedRun(this.logFolder, runId);
    const going = new Set(this.runs.keys());
    return recorded && { ...recorded, summary: withGoingRuns(recorded.summary, going) };
  }

  /** Stops every run (hanging up its legs), then every open target. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.runs.values()].map(({ run }) => run.stop('Stopped because the app is closing.')),
    );
    await this.targets.closeAll();
  }

  private going(runId: string): GoingRun {
    const going = this.runs.get(runId);
    if (!going) throw new Error(`No run ${runId} is going; it may have finished.`);
    return going;
  }

  /** Creates the run on the leased target and opens its log, named with the profile. */
  private async begin(
    lease: TargetLease,
    profile: string,
    request: StartRunRequest,
    dialable: readonly string[] | null,
  ): Promise<GoingRun> {
    const { target } = lease;
    registerExophones(target, request.flow);
    // A live run gets a runner of its own on the shared account, whose API dials only the
    // numbers this run's person confirmed; the target's listener and events are shared as is.
    const runner = dialable
      ? new Runner(dialOnlyConfirmed(target.platform, dialable))
      : target.runner;
    const run = runner.create({
      flow: request.flow,
      ...(request.breakpoints ? { breakpoints: request.breakpoints } : {}),
      ...(request.startPaused ? { startPaused: true } : {}),
      // The app shows a countdown on the node that waits.
      reportWaits: true,
    });
    const log = await openRunLog(this.logFolder, run.id);
    const startedAt = new Date().toISOString();
    await log.append({ type: 'run', at: startedAt, runId: run.id, profile, flow: request.flow });
    const going: GoingRun = {
      run,
      profile,
      flow: request.flow,
      path: request.path ?? null,
      startedAt,
      breakpoints: [...(request.breakpoints ?? [])],
      updates: [],
    };
    run.onUpdate((update) => {
      const seq = going.updates.push(update) - 1;
      void log.append({ type: 'update', at: new Date(update.at).toISOString(), update });
      for (const listener of this.listeners) listener({ runId: run.id, update, seq });
    });
    // Registered before start()'s own, so the closing log is known before the run leaves `runs`.
    void run.finished.then(() => {
      // A log that cannot be closed must not keep History from opening.
      const closed = log.close().catch(() => undefined);
      this.closingLogs.add(closed);
      void closed.then(() => this.closingLogs.delete(closed));
    });
    return going;
  }

  /** The profile's open target; a live one that cannot open is refused without its token. */
  private async lease(profile: string): Promise<TargetLease> {
    if (profile === SIMULATOR_PROFILE) {
      const spec = await simulatorSpec(this.sources);
      const lease = await this.targets.lease(profile, async () => spec);
      // A new speed is set on the open session, never by reopening it (see run-targets.ts).
      this.pace.applyTo(lease.target, spec.options.speed ?? 1);
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

/**
 * Makes calls to each Incoming call's ExoPhone reach the runner; a number that cannot be (a
 * `{{template}}`, or one the target refuses) refuses the run with a message a person can act on.
 */
function registerExophones(target: TargetLease['target'], flow: FlowDocument): void {
  const unset = incomingExophoneProblem(flow);
  if (unset) throw new RunRefusal('bad-exophone', unset);
  for (const node of flow.nodes) {
    if (node.kind !== 'incoming-call') continue;
    try {
      target.registerExophone(String(node.params.exophone));
    } catch (error) {
      throw new RunRefusal(
        'bad-exophone',
        `The ExoPhone could not be set up: ${(error as Error).message}`,
      );
    }
  }
}
