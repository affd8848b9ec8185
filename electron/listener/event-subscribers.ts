import { eventData } from '../../shared/events';
import type { LegEvent } from '../../shared/events';
import type { DeliveryInfo, EventHandler, SubscriptionTarget } from './event-delivery';
import type { ListenerLogger } from './listener-logger';
import { UnassignedBacklog } from './unassigned-backlog';

interface Delivered {
  event: LegEvent;
  info: DeliveryInfo;
}

/**
 * Who wants which events, and which run each leg belongs to. Handlers are called one after the
 * other; one that throws or rejects is logged and the others still get the event.
 */
export class EventSubscribers {
  private readonly all = new Set<EventHandler>();
  private readonly byLeg = new Map<string, Set<EventHandler>>();
  private readonly byRun = new Map<string, Set<EventHandler>>();
  private readonly runOfSid = new Map<string, string>();
  private readonly backlog: UnassignedBacklog<Delivered>;

  constructor(
    private readonly logger: ListenerLogger,
    backlogCapacity: number,
  ) {
    this.backlog = new UnassignedBacklog(backlogCapacity);
  }

  /** Adds a handler; the function returned removes it (calling it twice is harmless). */
  subscribe(target: SubscriptionTarget, handler: EventHandler): () => void {
    const set = this.setFor(target);
    // Wrapping makes each subscription distinct, even for the same handler function twice.
    const entry: EventHandler = (event, info) => handler(event, info);
    set.add(entry);
    return () => {
      set.delete(entry);
      if (target !== 'all' && set.size === 0) this.dropEmpty(target, set);
    };
  }

  /**
   * Says `sid` (a leg, or a bridge for bridge events) belongs to `runId`. Events of that leg
   * that arrived before the assignment are handed to the run's subscribers now, oldest first.
   */
  assign(sid: string, runId: string): void {
    this.runOfSid.set(sid, runId);
    for (const { event, info } of this.backlog.take(sid)) {
      this.notify(this.byRun.get(runId), event, { ...info, runId });
    }
  }

  /** Forgets the legs of a run that has ended, so the assignments do not grow for ever. */
  unassignRun(runId: string): void {
    for (const [sid, owner] of this.runOfSid) if (owner === runId) this.runOfSid.delete(sid);
  }

  /** Hands one event to everyone who wants it. */
  deliver(event: LegEvent, info: DeliveryInfo): void {
    const data = eventData(event);
    const sid = data.leg_sid ?? data.bridge_sid;
    const runId = sid === undefined ? undefined : this.runOfSid.get(sid);
    const routed = runId === undefined ? info : { ...info, runId };
    this.notify(this.all, event, routed);
    if (data.leg_sid !== undefined) this.notify(this.byLeg.get(data.leg_sid), event, routed);
    if (runId !== undefined) this.notify(this.byRun.get(runId), event, routed);
    else if (sid !== undefined) this.backlog.add(sid, { event, info });
  }

  private notify(handlers: Set<EventHandler> | undefined, event: LegEvent, info: DeliveryInfo) {
    if (handlers === undefined) return;
    for (const handler of handlers) {
      try {
        const result = handler(event, info);
        if (result instanceof Promise) result.catch((error) => this.reportFailure(error, event));
      } catch (error) {
        this.reportFailure(error, event);
      }
    }
  }

  private reportFailure(error: unknown, event: LegEvent): void {
    this.logger.error('An event subscriber failed', {
      event_sid: event.event_sid,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  private setFor(target: SubscriptionTarget): Set<EventHandler> {
    if (target === 'all') return this.all;
    const [map, key] =
      'legSid' in target ? [this.byLeg, target.legSid] : [this.byRun, target.runId];
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set()));
    return set;
  }

  /** Drops an emptied set, unless a newer subscription already replaced it. */
  private dropEmpty(target: { legSid: string } | { runId: string }, set: Set<EventHandler>) {
    const [map, key] =
      'legSid' in target ? [this.byLeg, target.legSid] : [this.byRun, target.runId];
    if (map.get(key) === set) map.delete(key);
  }
}
