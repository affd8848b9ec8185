import type { LegEvent } from '../../shared/events';
import type { FlowNode } from '../../shared/flow';
import type { RunUpdate, RunWaiting } from './run-types';
import type { StepContext } from './step-context';

/**
 * What the step going on waits for (the app's countdown and Skip wait read it) and the watchers
 * it set on the run's events to learn that (wait-reports.ts). Both belong to one step: a step
 * that is over can add neither, and {@link stepOver} drops them when it ends.
 */
export class StepWaiting {
  /** A new object for each wait, so a skip can tell when the one it skips has ended. */
  private waitingNow: RunWaiting | null = null;
  private readonly observers = new Set<(event: LegEvent) => void>();

  /** @param onWaiting hears each wait a step reports, once it is the run's {@link waiting}. */
  constructor(private readonly onWaiting: (waiting: RunWaiting) => void) {}

  /** What the step going on waits for, if it said; null between steps. */
  get waiting(): RunWaiting | null {
    return this.waitingNow;
  }

  /** The step context's `reportWaiting` and `onRunEvent` for `node`, bound to its `signal`. */
  forStep(node: FlowNode, signal: AbortSignal): Pick<StepContext, 'reportWaiting' | 'onRunEvent'> {
    return {
      reportWaiting: (kind, until, bound) => {
        // A step that is over (its wait ended, a leg hung up) waits for nothing any more.
        if (signal.aborted) return;
        this.waitingNow = { nodeId: node.id, leg: node.leg, kind, until, bound };
        this.onWaiting(this.waitingNow);
      },
      onRunEvent: (observer) => {
        if (signal.aborted) return () => {};
        this.observers.add(observer);
        return () => this.observers.delete(observer);
      },
    };
  }

  /** Hands one of the run's events to the step's watchers. */
  offer(event: LegEvent): void {
    // Over a copy: the watchers as they were when the event came, whichever start or stop on it.
    for (const observer of [...this.observers]) observer(event);
  }

  /** The step has ended: it waits for nothing, and its watchers hear no more. */
  stepOver(): void {
    this.waitingNow = null;
    this.observers.clear();
  }
}

/** The `waiting` update for a wait, as the app's countdown takes it (`bound` stays in the run). */
export function waitingUpdate(waiting: RunWaiting, at: number): RunUpdate {
  const { nodeId, leg, kind, until } = waiting;
  return { type: 'waiting', nodeId, leg, kind, until, at };
}
