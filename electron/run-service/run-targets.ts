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

/** An open target lent out; `release` says the borrower (a run) no longer needs it. */
export interface TargetLease {
  target: RunTarget;
  release(): void;
}

interface OpenEntry {
  /** A hash of the spec it was opened with: the token is compared, never kept here. */
  fingerprint: string;
  target: RunTarget;
  /** Runs using it: while any does, it is not reopened under them. */
  holds: number;
}

function fingerprintOf(spec: TargetSpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}

/**
 * One open target per profile, opened on first use (a profile never run costs nothing). When a
 * profile's settings change (a new speed, endpoint or token) its target is reopened on next use,
 * but only once no run holds it: a run in progress keeps the target it started on.
 */
export class RunTargets {
  private readonly entries = new Map<string, OpenEntry>();
  // Opening and closing happen one at a time, so two runs never open one profile twice.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly openTarget: OpenTarget) {}

  /** The profile's target, opened or reopened as needed; `spec` is only asked for when needed. */
  lease(profile: string, spec: () => Promise<TargetSpec>): Promise<TargetLease> {
    const next = this.queue.then(() => this.leaseNow(profile, spec));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Whether the profile's target is open now (for tests and the phone). */
  isOpen(profile: string): boolean {
    return this.entries.has(profile);
  }

  /** Closes every target; runs on them must have been stopped first. */
  async closeAll(): Promise<void> {
    await this.queue;
    const open = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(open.map((entry) => entry.target.close()));
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
        entry = { fingerprint, target: await this.openTarget(spec), holds: 0 };
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
      },
    };
  }
}
