/**
 * One failed attempt to deliver an event. `permanent` failures (the receiver said the event is
 * wrong) are not retried; the others (no connection, a time-out, a 5xx) are.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** How a transport retries: attempts in all, and the back-off before each repeat (real ms). */
export interface RetryPlan {
  attempts: number;
  /** The wait before attempt n + 1 is `delayMs(n)`. */
  delayMs(attempt: number): number;
}

// ASSUMPTION(grpc-retries): five attempts, doubling back-off from 250 ms, on the simulator's clock.
/**
 * gRPC: the reference gives no figures, so five attempts with doubling back-off from 250 ms
 * (about 4 s in all) ride out a listener restarting, as the app's does when its settings change.
 */
export const GRPC_RETRY: RetryPlan = {
  attempts: 5,
  delayMs: (attempt) => Math.min(2_000, 250 * 2 ** (attempt - 1)),
};

/** HTTPS, as documented: up to 3 attempts, about 1 s apart. */
// ASSUMPTION(https-retries): 3 attempts, 1 s apart on the simulator's clock, on 408/429/5xx/time-outs.
export const HTTP_RETRY: RetryPlan = { attempts: 3, delayMs: () => 1_000 };
