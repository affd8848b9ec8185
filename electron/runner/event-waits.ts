import { canonicalEventName, eventData } from '../../shared/events';
import type { LegEvent, LegEventData } from '../../shared/events';
import type { WaitSpec } from '../../shared/catalog';
import { STEP_OVER as WAIT_OVER } from './run-interrupts';
import type { RunClock } from './run-clock';

/** What ended a wait: the port to leave by, and the event that decided it (none on time-out). */
export interface WaitResult {
  port: string;
  event?: LegEvent;
}

/**
 * A registered wait. Its matcher is live from registration, so an event that beats the HTTP
 * reply counts; its time-out runs only from `startTimer()`, because a 429 retried after
 * `Retry-After` may hold the action back for longer than the time-out itself.
 */
export interface RegisteredWait {
  /** The outcome; rejects with the step signal's reason when the step is aborted. */
  result: Promise<WaitResult>;
  /**
   * Starts the time-out. Call it once the platform has accepted the action (its 202). Does
   * nothing when the wait has already ended or the timer already runs.
   */
  startTimer(): void;
  /** Virtual ms the time-out falls due at, once `startTimer()` has started it. */
  readonly deadline: number | undefined;
}

interface PendingWait {
  sid: string;
  actionTag?: string;
  spec: WaitSpec;
  choosePort: (port: string, data: LegEventData) => string | null;
  done: (result: WaitResult) => void;
}

/**
 * The waits of one run. A node registers what it waits for before it calls the API, so an
 * event that beats the HTTP reply is not missed, and starts the wait's time-out when the API
 * has accepted the call; each event of the run is then offered here.
 */
export class EventWaits {
  private readonly pending = new Set<PendingWait>();

  constructor(private readonly clock: RunClock) {}

  /**
   * Waits for the first outcome of `spec` on leg (or bridge) `sid`. `choosePort` maps an
   * outcome's port to the node's real port (for `$choice`), or null to skip a port the node
   * does not have (Outbound call's `machine` without detection). With `actionTag`, events that
   * name another action are ignored. The time-out waits for `startTimer()`; aborting `signal`
   * removes the wait and cancels its timer.
   */
  wait(
    sid: string,
    spec: WaitSpec,
    signal: AbortSignal,
    choosePort: PendingWait['choosePort'],
    actionTag?: string,
  ): RegisteredWait {
    const timer = new AbortController();
    let ended = false;
    let timing = false;
    let deadline: number | undefined;
    let finish!: (result: WaitResult) => void;
    const result = new Promise<WaitResult>((resolve, reject) => {
      const end = () => {
        ended = true;
        this.pending.delete(entry);
        timer.abort(WAIT_OVER);
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        end();
        reject(signal.reason);
      };
      const entry: PendingWait = {
        sid,
        spec,
        choosePort,
        done: (value) => {
          end();
          resolve(value);
        },
        ...(actionTag === undefined ? {} : { actionTag }),
      };
      finish = entry.done;
      if (signal.aborted) return onAbort();
      this.pending.add(entry);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    // A step that fails before it awaits its wait (the API refused the action) must not leave
    // the wait's abort as an unhandled rejection.
    result.catch(() => {});
    const startTimer = () => {
      if (ended || timing) return;
      timing = true;
      deadline = this.clock.now() + spec.timeoutSeconds * 1000;
      this.clock
        .sleep(spec.timeoutSeconds * 1000, timer.signal)
        .then(() => finish({ port: spec.timeoutPort }))
        .catch(() => {});
    };
    return {
      result,
      startTimer,
      get deadline() {
        return deadline;
      },
    };
  }

  /** Offers a run event to every pending wait; the first matching outcome of each wins. */
  offer(event: LegEvent): void {
    const name = canonicalEventName(event.event_name);
    const data = eventData(event);
    for (const wait of [...this.pending]) {
      if (data.leg_sid !== wait.sid && data.bridge_sid !== wait.sid) continue;
      const tag = event.action_custom_parameter;
      if (wait.actionTag !== undefined && tag && tag !== wait.actionTag) continue;
      for (const outcome of wait.spec.outcomes) {
        if (outcome.event !== name) continue;
        const fields = outcome.match ?? {};
        if (!Object.entries(fields).every(([key, value]) => sameText(data[key], value))) continue;
        const port = wait.choosePort(outcome.port, data);
        if (port === null) continue;
        wait.done({ port, event });
        break;
      }
    }
  }
}

function sameText(actual: unknown, expected: string): boolean {
  return typeof actual === 'string' && actual.toLowerCase() === expected.toLowerCase();
}
