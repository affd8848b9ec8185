import { sameNumber } from '../../shared/phone-number';
import { canonicalEventName, EVENT, eventData } from '../../shared/events';
import type { LegEvent } from '../../shared/events';
import type { RunEventSource } from './run-types';

interface Claim {
  exophone: string;
  resolve(event: LegEvent): void;
}

/** Unclaimed calls kept per exophone, for a run that reaches its trigger a little later. */
const MAX_WAITING_CALLS = 100;

/**
 * Hands each incoming call to exactly one run: the one that has waited longest at an Incoming
 * call trigger for that ExoPhone. Many runs of one flow can wait on the same number at once.
 */
export class IncomingCalls {
  private readonly claims: Claim[] = [];
  private readonly unclaimed = new Map<string, LegEvent[]>();
  private readonly seenLegs = new Set<string>();
  private readonly unsubscribe: () => void;

  constructor(events: RunEventSource) {
    this.unsubscribe = events.subscribe('all', (event) => this.offer(event));
  }

  /** Waits for the next call to `exophone`; the promise gives its `incoming_leg` event. */
  claim(exophone: string, signal: AbortSignal): Promise<LegEvent> {
    const waiting = this.unclaimed.get(exophone)?.shift();
    if (waiting) return Promise.resolve(waiting);
    return new Promise((resolve, reject) => {
      const claim: Claim = { exophone, resolve };
      this.claims.push(claim);
      signal.addEventListener(
        'abort',
        () => {
          const index = this.claims.indexOf(claim);
          if (index >= 0) this.claims.splice(index, 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  close(): void {
    this.unsubscribe();
  }

  private offer(event: LegEvent): void {
    if (canonicalEventName(event.event_name) !== EVENT.incomingLeg) return;
    const data = eventData(event);
    if (!data.leg_sid || !data.exophone || this.seenLegs.has(data.leg_sid)) return;
    this.seenLegs.add(data.leg_sid);
    const index = this.claims.findIndex((claim) => sameNumber(claim.exophone, data.exophone!));
    if (index >= 0) {
      this.claims.splice(index, 1)[0]!.resolve(event);
      return;
    }
    const queue = this.unclaimed.get(data.exophone) ?? [];
    if (queue.length < MAX_WAITING_CALLS) queue.push(event);
    this.unclaimed.set(data.exophone, queue);
  }
}
