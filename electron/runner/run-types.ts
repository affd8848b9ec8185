import type { LegEvent } from '../../shared/events';
import type { FlowDocument } from '../../shared/flow';
import type { LegsApiClient } from '../legs-api';
import type { DeliveryInfo, SubscriptionTarget } from '../listener';
import type { IncomingCalls } from './incoming-calls';
import type { RunClock } from './run-clock';

/** How a run ended. `stopped` means a person or the app stopped it. */
export type RunStatus = 'completed' | 'failed' | 'stopped';

/** Why a run is paused: a breakpoint, a step finished, or someone pressed Pause. */
export type PauseReason = 'breakpoint' | 'step' | 'pause';

/** What a run can be seen to wait for: a Wait node, a Gather's time-out, or a leg ringing. */
export type WaitKind = 'wait' | 'gather' | 'ringing';

/** What a run waits for now (see {@link RunOptions.reportWaits}). */
export interface RunWaiting {
  nodeId: string;
  leg: string | null;
  kind: WaitKind;
  /** Virtual ms: when the wait ends unless something ends it first (an answer, a key). */
  until: number;
  /**
   * Virtual ms by which the wait has surely ended: the run's own time-out for it. A skip moves
   * time at most this far; it is `until` for a Wait node, later for what the platform times.
   */
  bound: number;
}

/** One thing that happened in a run, in order: what the UI animates and the CLI prints. */
export type RunUpdate =
  | { type: 'started'; runId: string; flow: string; at: number }
  | { type: 'node-entered'; nodeId: string; leg: string | null; step: number; at: number }
  | { type: 'node-left'; nodeId: string; port: string; to: string | null; at: number }
  | {
      type: 'api';
      method: string;
      target: string;
      request: unknown;
      ok: boolean;
      reply: unknown;
      at: number;
    }
  | {
      type: 'event';
      leg: string | null;
      name: string;
      eventSid: string;
      data: Record<string, unknown>;
      at: number;
    }
  | { type: 'variables'; variables: Record<string, string>; at: number }
  | { type: 'paused'; nodeId: string; reason: PauseReason; at: number }
  | { type: 'resumed'; at: number }
  /**
   * The run waits on `nodeId` until `until` (virtual ms) unless the wait ends sooner; only with
   * {@link RunOptions.reportWaits}. Over once the run leaves or enters a node, or finishes.
   */
  | {
      type: 'waiting';
      nodeId: string;
      leg: string | null;
      kind: WaitKind;
      until: number;
      at: number;
    }
  | {
      type: 'finished';
      status: RunStatus;
      reason: string;
      path: string[];
      legs: Record<string, { sid: string; state: string; terminal_status?: string }>;
      /** Present only when a leg could not be hung up (see {@link LegLeftUp}). */
      legsLeftUp?: LegLeftUp[];
      at: number;
    };

/**
 * A leg the run could not hang up: the platform kept refusing or failing the Hangup, or still
 * had the leg up, until the bound passed. Someone must end it by hand.
 */
export interface LegLeftUp {
  role: string;
  /** The leg's `contact_uri`: the number the call is with. */
  number: string;
  sid: string;
  /** Why: the API's last error, or what the platform said of the leg. */
  reason: string;
}

/** The part of the event listener a run needs. */
export interface RunEventSource {
  subscribe(
    target: SubscriptionTarget,
    handler: (event: LegEvent, info: DeliveryInfo) => void,
  ): () => void;
  assignLeg(sid: string, runId: string): void;
  releaseRun(runId: string): void;
}

/** The platform as a run sees it: the API, the events, where events go, and the time. */
export interface RunPlatform {
  api: Pick<LegsApiClient, 'createLeg' | 'legAction' | 'createBridge' | 'getLeg'>;
  events: RunEventSource;
  /** Given to the platform as `leg_event_endpoint` and `bridge_event_endpoint`. */
  eventEndpoint: string;
  clock: RunClock;
  /** Hands incoming calls to the runs waiting at an Incoming call trigger. */
  incoming: IncomingCalls;
}

export interface RunOptions {
  runId: string;
  flow: FlowDocument;
  /** Node ids to pause before; may be changed while the run goes. */
  breakpoints?: Iterable<string>;
  /** Start paused before the first node, for stepping from the start. */
  startPaused?: boolean;
  /** Initial variables, on top of the flow's own. */
  variables?: Record<string, string>;
  /** Platform seconds an Incoming call trigger waits for a call before the run fails. */
  incomingTimeoutSeconds?: number;
  /** Guards (DESIGN.md): at most this many steps, and this many visits to a node in a loop. */
  maxSteps?: number;
  maxVisits?: number;
  /**
   * Also report each wait as a `waiting` update, for the app's countdown. Off by default, so
   * `legflow run`, scenarios and flow tests print and keep what they always did.
   */
  reportWaits?: boolean;
}
