import type { SimClock } from '../clock/sim-clock';
import { parseEventEndpoint } from './event-endpoint';
import type { FaultInjector } from '../faults/fault-injector';
import type { WireEvent } from '../platform/wire-event';
import type { SimLogger } from '../sim-logger';
import { DeliveryError, GRPC_RETRY, HTTP_RETRY } from './delivery-error';
import type { RetryPlan } from './delivery-error';
import type { GrpcSender } from './grpc-sender';
import type { HttpSender } from './http-sender';

/** Counts of what happened to events; for `GET /_sim/`, tests and the benchmark. */
export interface DeliveryStats {
  /** Handed to delivery by the platform. */
  sent: number;
  /** Acknowledged by a receiver (a duplicate counts once more). */
  delivered: number;
  /** Given up after every attempt, or refused by the receiver. */
  failed: number;
  retries: number;
  dropped: number;
  duplicated: number;
  reordered: number;
}

interface Delivery {
  event: WireEvent;
  endpoint: string;
}

interface KeyQueue {
  items: Delivery[];
  held?: Delivery;
}

/** How long (real ms, or virtual off a paced clock) a held-back event waits to be overtaken. */
const REORDER_HOLD_MS = 100;

/**
 * Sends events out: one queue per leg (or bridge), one event of a queue in flight at a time, so
 * a leg's events arrive in order unless a fault says otherwise; queues of different legs run side
 * by side. Each event is retried with back-off (see delivery-error.ts) and given up loudly.
 */
export class EventDispatcher {
  private readonly queues = new Map<string, KeyQueue>();
  private readonly idleWaiters: (() => void)[] = [];
  private pending = 0;
  private closed = false;
  readonly stats: DeliveryStats = {
    sent: 0,
    delivered: 0,
    failed: 0,
    retries: 0,
    dropped: 0,
    duplicated: 0,
    reordered: 0,
  };

  constructor(
    private readonly grpc: GrpcSender,
    private readonly http: HttpSender,
    private readonly faults: FaultInjector,
    private readonly logger: SimLogger,
    private readonly clock: SimClock,
    /** host:port names the simulator resolves itself (see the `hosts` option). */
    private readonly hosts: Readonly<Record<string, string>> = {},
  ) {}

  /** Queues an event for `endpoint`, behind the earlier events of `orderKey`. */
  send(event: WireEvent, endpoint: string, orderKey: string): void {
    if (this.closed) return;
    this.stats.sent++;
    this.pending++;
    const queue = this.queues.get(orderKey);
    if (queue) {
      queue.items.push({ event, endpoint });
      return;
    }
    const fresh: KeyQueue = { items: [{ event, endpoint }] };
    this.queues.set(orderKey, fresh);
    void this.drain(orderKey, fresh);
  }

  /** Resolves once every queued event has been delivered or given up. */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking events; waits up to `graceMs` for those queued, then drops the rest. */
  async close(graceMs = 1_000): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.whenIdle(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    for (const queue of this.queues.values()) queue.items.length = 0;
    // What is left is dropped: nobody waiting for it should wait for ever.
    this.settle(this.pending);
  }

  private async drain(key: string, queue: KeyQueue): Promise<void> {
    for (;;) {
      const item = queue.items.shift();
      if (!item) {
        if (!queue.held) break;
        // Nothing came to overtake the held event: give it a moment, then send it anyway.
        await this.clock.delay(REORDER_HOLD_MS);
        if (queue.items.length > 0) continue;
        const held = queue.held;
        queue.held = undefined;
        await this.deliver(held);
        this.settle(1);
        continue;
      }
      const fate = this.faults.eventFate();
      if (fate.drop) {
        this.stats.dropped++;
        this.logger.info('Fault: dropped an event', eventDetails(item));
        this.settle(1);
        continue;
      }
      if (fate.reorder && !queue.held) {
        this.stats.reordered++;
        queue.held = item;
        continue;
      }
      await this.deliver(item);
      if (fate.dup) {
        this.stats.duplicated++;
        await this.deliver(item);
      }
      this.settle(1);
      if (queue.held) {
        const held = queue.held;
        queue.held = undefined;
        await this.deliver(held);
        this.settle(1);
      }
    }
    this.queues.delete(key);
  }

  private async deliver({ event, endpoint }: Delivery): Promise<void> {
    const latency = this.faults.latencyMs();
    if (latency > 0) await this.clock.delay(latency);
    const target = parseEventEndpoint(endpoint);
    if (!target) {
      // Validation keeps these out; an endpoint that slipped through is a bug, said once per event.
      this.stats.failed++;
      this.logger.error('Cannot deliver to this endpoint', eventDetails({ event, endpoint }));
      return;
    }
    const plan: RetryPlan = target.kind === 'grpc' ? GRPC_RETRY : HTTP_RETRY;
    for (let attempt = 1; ; attempt++) {
      try {
        // On a skipping clock one attempt goes out at a time, while nothing else is in flight,
        // so the listener hears a session's events in one order on every machine.
        await this.clock.inTurn(() =>
          target.kind === 'grpc'
            ? this.grpc.send(this.hosts[target.address] ?? target.address, target.tls, event)
            : this.http.send(target.url, event, attempt),
        );
        this.stats.delivered++;
        return;
      } catch (error) {
        const failure =
          error instanceof DeliveryError ? error : new DeliveryError(String(error), false);
        if (failure.permanent || attempt >= plan.attempts || this.closed) {
          this.stats.failed++;
          this.logger.warn(`Gave up delivering an event: ${failure.message}`, {
            ...eventDetails({ event, endpoint }),
            attempts: attempt,
          });
          return;
        }
        this.stats.retries++;
        await this.clock.delay(plan.delayMs(attempt));
      }
    }
  }

  private settle(count: number): void {
    // Deliveries still in flight when close() gave up settle late: never count below zero.
    this.pending = Math.max(0, this.pending - count);
    if (this.pending > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

function eventDetails({ event, endpoint }: Delivery): Record<string, unknown> {
  return { event_sid: event.event_sid, event_name: event.event_name, endpoint };
}
