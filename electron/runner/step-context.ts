import type { NodeDefinition } from '../../shared/catalog';
import type { LegEvent } from '../../shared/events';
import type { FlowNode } from '../../shared/flow';
import type { EventWaits } from './event-waits';
import type { RunLegs } from './run-legs';
import type { RunPlatform, WaitKind } from './run-types';

/** What executing one node may use: the run's platform, legs, variables and waits. */
export interface StepContext {
  runId: string;
  node: FlowNode;
  definition: NodeDefinition;
  /** Names of the node's output ports, for choosing among outcomes. */
  ports: Set<string>;
  platform: RunPlatform;
  legs: RunLegs;
  /** Gives a role its leg and makes the leg's fields variables (`caller.contact_uri`). */
  bindLeg(role: string, sid: string, fields: Record<string, unknown>): void;
  waits: EventWaits;
  /** Records a leg's end learnt from the API rather than an event; runs its hang-up handling. */
  legEndedElsewhere(sid: string, terminalStatus: string): void;
  /** Aborted when the run stops or a leg's hang-up sends the cursor elsewhere. */
  signal: AbortSignal;
  /** Sent as `action_custom_param` so this step's events can be told from earlier ones'. */
  actionTag: string;
  variables: {
    all(): Record<string, string>;
    set(name: string, value: string): void;
  };
  /** Runs an API call, reporting it to the run's updates; rethrows its error. */
  callApi<T>(method: string, target: string, request: unknown, call: () => Promise<T>): Promise<T>;
  incomingTimeoutSeconds: number;
  /**
   * Says what this step now waits for: until `until` (virtual ms) unless something ends it
   * sooner, and by `bound` at the latest (the run's own time-out). Ignored once the step is over.
   */
  reportWaiting(kind: WaitKind, until: number, bound: number): void;
  /** Hears each of the run's events while the step goes on; returns the function that stops it. */
  onRunEvent(observer: (event: LegEvent) => void): () => void;
}

/** How a node ended: leave by a port, or end the run. */
export type StepOutcome =
  | { port: string }
  | { end: { status: 'completed' | 'failed'; reason: string } }
  /** Stay until a leg hangs up (a bridge with nothing after it). */
  | { holdUntilHangup: true };
