import type { PaceState } from '../../shared/ipc/pace-contract';
import type { RunTarget } from '../scenario/run-target';
import { SimClock } from '../simulator/clock/sim-clock';
import type { ClockPace } from '../simulator/clock/sim-clock';

/** The simulator's clock when the target is the simulator's and its time moves with real time. */
export function pacedClockOf(target: RunTarget | undefined): SimClock | undefined {
  const clock = target?.platform.clock;
  return clock instanceof SimClock && clock.mode === 'paced' ? clock : undefined;
}

/** Where the pace finds the open simulator and the speed a new one starts at. */
export interface PaceSources {
  /** The Simulator profile's open target, if one is open; never opens one. */
  current(): RunTarget | undefined;
  /** The speed a simulator starts at: an explicit one, else the one saved in Settings. */
  startSpeed(): Promise<ClockPace>;
}

/**
 * The Simulator profile's pace. The speed saved in Settings (or given explicitly) is what a
 * session starts at; the toolbar's choice changes the session going on in place (SimClock's
 * `setSpeed`: no reopen, so runs and the phone's calls go on) and holds for the sessions after
 * it, until the app closes or a new speed is saved in Settings, which then wins.
 */
export class SimulatorPace {
  /** The toolbar's choice, if one was made since the saved speed last changed. */
  private chosen: number | undefined;
  /** The start speed last seen, to notice a new one saved in Settings. */
  private lastStart: ClockPace | undefined;
  private readonly listeners = new Set<(state: PaceState) => void>();

  constructor(private readonly sources: PaceSources) {}

  /** Hears every change of speed; returns the function that stops it. */
  onChanged(listener: (state: PaceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The pace now: the open session's, else the one a session would start at. A speed newly
   * saved in Settings is set on the open session first (the app asks when settings change).
   */
  async state(): Promise<PaceState> {
    const target = this.sources.current();
    const start = await this.sources.startSpeed();
    if (target?.kind === 'simulator') {
      this.applyTo(target, start);
      return stateOf(target);
    }
    const wanted = this.wanted(start);
    return typeof wanted === 'number'
      ? { speed: wanted, adjustable: true, now: null }
      : { speed: 1, adjustable: false, now: null };
  }

  /** Changes the speed of the session going on (if any) and of those after it. */
  async setSpeed(speed: number): Promise<PaceState> {
    const start = await this.sources.startSpeed();
    // A speed saved in Settings since last seen is taken in first, so this choice comes after it.
    this.wanted(start);
    const target = this.sources.current();
    const clock = pacedClockOf(target);
    if (target?.kind === 'simulator' && !clock) {
      throw new PaceRefusal(
        'This simulator runs on exact time (it skips every wait by itself): it has no speed to change.',
      );
    }
    if (!clock && typeof start !== 'number') {
      throw new PaceRefusal(
        'The simulator is set to run on exact time: it has no speed to change.',
      );
    }
    this.chosen = speed;
    if (clock && clock.speed !== speed) clock.setSpeed(speed);
    return this.changed();
  }

  /**
   * A simulator session was leased for a run, opened with `start` or earlier: gives it the
   * speed it should go at now (the toolbar's choice, or a speed newly saved in Settings).
   */
  applyTo(target: RunTarget, start: ClockPace): void {
    const wanted = this.wanted(start);
    const clock = pacedClockOf(target);
    if (!clock || typeof wanted !== 'number' || clock.speed === wanted) return;
    clock.setSpeed(wanted);
    void this.changed();
  }

  /** The speed sessions should go at, given the start speed; a newly saved one drops a choice. */
  private wanted(start: ClockPace): ClockPace {
    if (this.lastStart !== undefined && start !== this.lastStart) this.chosen = undefined;
    this.lastStart = start;
    return typeof start === 'number' ? (this.chosen ?? start) : start;
  }

  private async changed(): Promise<PaceState> {
    const state = await this.state();
    for (const listener of this.listeners) listener(state);
    return state;
  }
}

/** The pace of an open simulator session. */
function stateOf(target: RunTarget): PaceState {
  const clock = pacedClockOf(target);
  if (!clock) return { speed: 1, adjustable: false, now: target.platform.clock.now() };
  return { speed: clock.speed, adjustable: true, now: clock.now() };
}

/** A change of pace that cannot be made; its message says why. */
export class PaceRefusal extends Error {}
