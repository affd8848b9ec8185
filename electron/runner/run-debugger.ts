import type { PauseReason } from './run-types';

/**
 * Pause, step, continue and breakpoints for one run. The run asks `gate(nodeId)` before it
 * enters each node; the gate returns at once, or after the person presses Continue or Step.
 * A paused run holds its legs: the call stays up while someone looks.
 */
export class RunDebugger {
  readonly breakpoints: Set<string>;
  private mode: 'running' | 'stepping' | 'pause-requested';
  private resume: (() => void) | null = null;
  private pausedAt: string | null = null;

  constructor(
    breakpoints: Iterable<string> = [],
    startPaused = false,
    private readonly onPause: (nodeId: string, reason: PauseReason) => void = () => {},
    private readonly onResume: () => void = () => {},
  ) {
    this.breakpoints = new Set(breakpoints);
    this.mode = startPaused ? 'stepping' : 'running';
  }

  /** Where the run is paused, or null while it runs. */
  get paused(): string | null {
    return this.pausedAt;
  }

  /** Waits here if the run should pause before `nodeId`; rejects when the signal aborts. */
  async gate(nodeId: string, signal: AbortSignal): Promise<void> {
    const reason: PauseReason | null =
      this.mode === 'stepping'
        ? 'step'
        : this.mode === 'pause-requested'
          ? 'pause'
          : this.breakpoints.has(nodeId)
            ? 'breakpoint'
            : null;
    if (reason === null) return;
    this.pausedAt = nodeId;
    this.onPause(nodeId, reason);
    await new Promise<void>((resolve, reject) => {
      this.resume = resolve;
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    this.pausedAt = null;
    this.onResume();
  }

  /** Pause before the next node. */
  pause(): void {
    if (this.pausedAt === null) this.mode = 'pause-requested';
  }

  /** Run on to the next breakpoint. */
  continue(): void {
    this.mode = 'running';
    this.release();
  }

  /** Run one node, then pause again. */
  step(): void {
    this.mode = 'stepping';
    this.release();
  }

  private release(): void {
    const resume = this.resume;
    this.resume = null;
    resume?.();
  }
}
