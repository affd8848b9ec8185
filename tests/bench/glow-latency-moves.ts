// Watches the backend's `run.update` notifications in the bench process: which event moved each
// run to each node, when the backend sent that move towards the UI, and when each run ended.
import { definitionOf } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';
import { NOTIFICATIONS } from '../../shared/ipc';
import type { RunUpdateMessage } from '../../shared/ipc';
import type { Backend } from '../../electron/backend';
import { benchNow } from './glow-latency-clock';

/** A run stepping into a node because of an event. */
export interface Move {
  runId: string;
  nodeId: string;
  eventSid: string;
  eventName: string;
  /** When the backend published the node-entered update (bench clock ms). */
  noticeAt: number;
}

interface TurnEvent {
  eventSid: string;
  name: string;
  turn: number;
}

interface RunTrack {
  flow: FlowDocument | undefined;
  events: TurnEvent[];
  leftNodeId: string | null;
}

/**
 * Attributes each node-entered update to the event that caused it: the event, among those the
 * run received in the same turn of the event loop, that the node just left was waiting for. The
 * runner handles an event and enters the next node without waiting on I/O (only promise
 * continuations), so cause and move share a turn; a move that had to wait for an HTTP reply
 * (no event decided it) is left unattributed and not timed.
 */
export class RunWatch {
  readonly moves: Move[] = [];
  private readonly runs = new Map<string, RunTrack>();
  /** How each run that has ended ended, and why, by run id. */
  readonly endings = new Map<string, { status: string; reason: string }>();
  private readonly waiters = new Set<() => void>();
  private readonly flowsByName: Map<string, FlowDocument>;
  private turn = 0;
  private turnEnding = false;
  private readonly unsubscribe: () => void;

  constructor(backend: Pick<Backend, 'subscribe'>, flows: readonly FlowDocument[]) {
    this.flowsByName = new Map(flows.map((flow) => [flow.name, flow]));
    this.unsubscribe = backend.subscribe((notification) => {
      if (notification.name !== 'run.update') return;
      const notice = NOTIFICATIONS['run.update'].parse(notification.payload);
      this.take(notice.runId, notice.update, benchNow());
    });
  }

  /** Resolves once every run named has finished; rejects after `timeoutMs`. */
  waitFinished(runIds: readonly string[], timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!runIds.every((runId) => this.endings.has(runId))) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const left = runIds.filter((runId) => !this.endings.has(runId)).length;
        reject(
          new Error(`${left} of ${runIds.length} runs had not finished after ${timeoutMs} ms`),
        );
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.unsubscribe();
  }

  private take(runId: string, update: RunUpdateMessage, at: number): void {
    const track = this.trackOf(runId);
    switch (update.type) {
      case 'started':
        track.flow = this.flowsByName.get(update.flow);
        break;
      case 'event':
        track.events.push({ eventSid: update.eventSid, name: update.name, turn: this.turn });
        this.endTurnSoon();
        break;
      case 'node-left':
        track.leftNodeId = update.nodeId;
        break;
      case 'node-entered': {
        const cause = this.causeOf(track);
        track.events = [];
        if (cause) {
          this.moves.push({
            runId,
            nodeId: update.nodeId,
            eventSid: cause.eventSid,
            eventName: cause.name,
            noticeAt: at,
          });
        }
        break;
      }
      case 'finished':
        this.runs.delete(runId);
        this.endings.set(runId, { status: update.status, reason: update.reason });
        for (const waiter of [...this.waiters]) waiter();
        break;
    }
  }

  private causeOf(track: RunTrack): TurnEvent | undefined {
    const left = track.flow?.nodes.find((node) => node.id === track.leftNodeId);
    if (!left) return undefined;
    const awaited = new Set<string>(
      definitionOf(left.kind)
        .waitsFor(left.params)
        ?.outcomes.map((outcome) => outcome.event) ?? [],
    );
    return track.events.findLast((event) => event.turn === this.turn && awaited.has(event.name));
  }

  /** Counts turns of the event loop: a callback queued now runs after this turn's promises. */
  private endTurnSoon(): void {
    if (this.turnEnding) return;
    this.turnEnding = true;
    setImmediate(() => {
      this.turn++;
      this.turnEnding = false;
    });
  }

  private trackOf(runId: string): RunTrack {
    let track = this.runs.get(runId);
    if (!track) {
      track = { flow: undefined, events: [], leftNodeId: null };
      this.runs.set(runId, track);
    }
    return track;
  }
}
