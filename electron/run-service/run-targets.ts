import { createHash } from 'node:crypto';
import type { RunTarget } from '../scenario/run-target';
import { liveTarget } from '../session/live-target';
import type { SimSessionOptions } from '../session/sim-session';
import { simTarget } from '../session/sim-target';
import type { LiveProfile } from '../settings/settings-schema';

/** What a target is opened from: the simulator's options, or a live profile and its token. */
export type TargetSpec =
  | { kind: 'simulator'; options: SimSessionOptions }
  | { kind: 'live'; profile: LiveProfile; token: string };

/** Opens a run target; the app's opens real ones, tests hand in fakes. */
export type OpenTarget = (spec: TargetSpec) => Promise<RunTarget>;

/** The real targets: the in-process simulator, or a live account with our own listener. */
export const openRunTarget: OpenTarget = (spec) =>
  spec.kind === 'simulator' ? simTarget(spec.options) : liveTarget(spec.profile, spec.token);

/** An open target lent out; `release` says the borrower (a run, a plan) no longer needs it. */
export interface TargetLease {
  target: RunTarget;
  release(): void;
}

interface OpenEntry {
  /** A hash of the spec it was opened with: the token is compared, never kept here. */
  fingerprint: string;
  target: RunTarget;
  /** Borrowers using it: while any does, it is not reopened or closed under them. */
  holds: number;
  /** Close it once nobody holds it (a live account's listener holds a port). */
  closeWhenIdle: boolean;
}

function fingerprintOf(spec: TargetSpec): string {
  // A paced simulator's speed is changed on its clock in place (SimulatorPace), never by
  // reopening it: that would end the phone's calls, and a run would lose its session.
  const stable =
    spec.kind === 'simulator' && typeof spec.options.speed === 'number'
      ? { ...spec, options: { ...spec.options, speed: 'paced' } }
      : spec;
  return createHash('sha256').update(JSON.stringify(stable)).digest('hex');
}

/**
 * One open target per profile, opened on first use (a profile never run costs nothing). When a
 * profile's settings change (an endpoint or token; a simulator's exactness) its target is
 * reopened on next use, but only once no run holds it: a run in progress keeps the target it
 * started on. A paced simulator's speed is not such a change: it is set on the open session.
 *
 * A live target is closed as soon as nothing holds it: its listener holds a port, and a profile
 * renamed or removed in Settings, or a plan the person cancelled, must not keep that port (nor
 * answer "Test connection" as if it were the new profile's listener). The simulator stays open:
 * it is in-process, and the virtual phone keeps its calls between runs.
 */
export class RunTargets {
  private readonly entries = new Map<string, OpenEntry>();
  // Opening and closing happen one at a time, so two runs never open one profile twice.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly openTarget: OpenTarget) {}

  /** The profile's target, opened or reopened as needed; `spec` is only asked for when needed. */
  lease(profile: string, spec: () => Promise<TargetSpec>): Promise<TargetLease> {
    return this.inTurn(() => this.leaseNow(profile, spec));
  }

  /** The profile's target if it is open now, as it is: neither reopened nor waited for. */
  current(profile: string): RunTarget | undefined {
    return this.entries.get(profile)?.target;
  }

  /** Closes every target; runs on them must have been stopped first. */
  closeAll(): Promise<void> {
    return this.inTurn(async () => {
      const open = [...this.entries.values()];
      this.entries.clear();
      await Promise.all(open.map((entry) => entry.target.close()));
    });
  }

  /** Runs `work` after everything queued before it; a failure is its caller's, not the queue's. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async leaseNow(profile: string, makeSpec: () => Promise<TargetSpec>) {
    let entry = this.entries.get(profile);
    if (!entry || entry.holds === 0) {
      const spec = await makeSpec();
      const fingerprint = fingerprintOf(spec);
      if (entry && entry.fingerprint !== fingerprint) {
        this.entries.delete(profile);
        await entry.target.close();
        entry = undefined;
      }
      if (!entry) {
        const target = await this.openTarget(spec);
        entry = { fingerprint, target, holds: 0, closeWhenIdle: spec.kind === 'live' };
        this.entries.set(profile, entry);
      }
    }
    const held = entry;
    held.holds += 1;
    let released = false;
    return {
      target: held.target,
      release: () => {
        if (released) return;
        released = true;
        held.holds -= 1;
        if (held.holds === 0 && held.closeWhenIdle) void this.closeIfIdle(profile, held);
      },
    };
  }

  /**
   * Closes an idle target in turn, so a lease asked for meanwhile either reuses it first or
   * waits for its port to be free. A target leased again (or replaced) by then is left alone.
   */
  private closeIfIdle(profile: string, entry: OpenEntry): Promise<void> {
    return this.inTurn(async () => {
      if (entry.holds > 0 || this.entries.get(profile) !== entry) return;
      this.entries.delete(profile);
      await entry.target.close();
      // Nobody is waiting on this close: a listener that fails to stop has no run left to tell.
    }).catch(() => undefined);
  }
}
