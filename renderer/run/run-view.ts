import type { PauseReason, RunStatus, RunUpdateMessage, WaitKind } from '../../shared/ipc';

/** Where a run stands, as the toolbar words it. */
export type RunPhase = 'idle' | 'starting' | 'running' | 'paused' | 'finished';

/** One line of the Events timeline: an API call the run made or an event a leg sent. */
export interface TimelineEntry {
  /** Its place among all the run's updates, which replay scrubs by. */
  index: number;
  kind: 'api' | 'event';
  at: number;
  /** The leg role it concerns (`caller`), or null when none is known. */
  leg: string | null;
  /** The API method (`legAction`) or the event name (`gather_success`). */
  name: string;
  /** The node the run was on, so clicking the entry can select it. */
  nodeId: string | null;
  ok: boolean;
  detail: unknown;
}

/** A leg of the run as its events told it. */
export interface LegView {
  role: string;
  sid: string | null;
  state: string;
  answeredBy: string | null;
  terminalStatus: string | null;
  bridgeSid: string | null;
  /** Platform ms of its first and last event, for its duration. */
  firstAt: number;
  lastAt: number;
}

/**
 * Everything the canvas and the dock panels show of one run, folded from its updates in order
 * (fold-run-update.ts). Live runs and replays share it, so a replay at the last update looks
 * exactly like the run did when it ended.
 */
export interface RunView {
  runId: string | null;
  /** The name of the flow the run is of, as its start told it; null before that. */
  flow: string | null;
  phase: RunPhase;
  /** How many updates are folded in. */
  count: number;
  startedAt: number | null;
  lastAt: number | null;
  /** The node the cursor is on and the leg it acts on. */
  current: { nodeId: string; leg: string | null } | null;
  paused: { nodeId: string; reason: PauseReason } | null;
  /** How many times each node ran. */
  visits: Readonly<Record<string, number>>;
  /** The ports taken, as `from:port`, with how many times; edges are found from these. */
  taken: Readonly<Record<string, number>>;
  /**
   * The same by node: the ports each node was left by. A node's list is replaced only when it
   * gains a port, so the canvas node can tell in one lookup whether it changed.
   */
  portsTaken: Readonly<Record<string, readonly string[]>>;
  timeline: readonly TimelineEntry[];
  legs: Readonly<Record<string, LegView>>;
  variables: Readonly<Record<string, string>>;
  finished: { status: RunStatus; reason: string } | null;
  /**
   * What the run waits for now (a Wait node, a Gather's time-out, a leg ringing) and until when,
   * in platform ms, as its last `waiting` update said; `at` is when it said so. Cleared as the
   * run enters or leaves a node, pauses or finishes.
   */
  waiting: RunWaitingView | null;
}

/** A run's wait, as the countdown shows it. */
export interface RunWaitingView {
  nodeId: string;
  leg: string | null;
  kind: WaitKind;
  until: number;
  at: number;
}

export const IDLE_RUN: RunView = {
  runId: null,
  flow: null,
  phase: 'idle',
  count: 0,
  startedAt: null,
  lastAt: null,
  current: null,
  paused: null,
  visits: {},
  taken: {},
  portsTaken: {},
  timeline: [],
  legs: {},
  variables: {},
  finished: null,
  waiting: null,
};

/** The run is still going (starting, running or paused): more updates are coming. */
export function isUnderway(phase: RunPhase): boolean {
  return phase === 'starting' || phase === 'running' || phase === 'paused';
}

/** A run that was asked for and has no id yet. */
export function startingRun(): RunView {
  return { ...IDLE_RUN, phase: 'starting' };
}

export type { RunUpdateMessage };
