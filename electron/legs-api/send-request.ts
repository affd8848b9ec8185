import type { z } from 'zod';
import type { AttemptFailure } from './attempt-failure';
import type { LegsApiClock } from './clock';
import { buildLegsApiError } from './failure-message';
import type { HttpTransport } from './http-transport';
import type { LegsApiLogLevel } from './logger';
import { classifyThrown } from './network-failure';
import { parseReply, type ParsedReply } from './parse-reply';
import type { HttpMethod } from '../../shared/api/legs-api-paths';
import { mayRetry, retryDelayMs, type RetryOptions } from './retry-policy';
import type { RateGate } from './rate-gate';
import type { Semaphore } from './semaphore';

/** A bound on 429s in a row besides their time, for a platform that says `Retry-After: 0`. */
const MAX_THROTTLED_ATTEMPTS = 100;

/** What every request of one client shares. */
export interface RequestContext {
  transport: HttpTransport;
  semaphore: Semaphore;
  rateGate: RateGate;
  clock: LegsApiClock;
  retry: RetryOptions;
  timeoutMs: number;
  /** The `Authorization` header value; it goes on the wire and nowhere else. */
  authorization: string;
  secrets: readonly string[];
  /** Already redacting. */
  log: (level: LegsApiLogLevel, message: string) => void;
}

/** One API call: where it goes, what it sends, and what its reply's `response` must hold. */
export interface RequestSpec<T> {
  method: HttpMethod;
  origin: string;
  path: string;
  body?: unknown;
  pick: z.ZodType<T>;
  /** What a 404 would be about, e.g. `leg 2QY…`. */
  subject: string;
  /** Goes ahead of requests that are not, when the account is being throttled. */
  urgent?: boolean;
}

/**
 * Sends a request, retrying what is safe to retry (see {@link mayRetry}), and returns what
 * `pick` made of the reply. Every failure is thrown as a LegsApiError. Each attempt holds one
 * in-flight slot; the wait between attempts does not, so a back-off never blocks other calls.
 */
export async function sendRequest<T>(context: RequestContext, spec: RequestSpec<T>): Promise<T> {
  const label = `${spec.method} ${spec.path}`;
  const ticket = context.rateGate.ticket(spec.urgent === true);
  // Throttled attempts are not failures: they wait their turn and do not use up the retries,
  // within a budget of time so a platform that never lets us through still gets an answer.
  let throttledMs = 0;
  let throttledAttempts = 0;
  for (let attempt = 1; ; attempt += 1) {
    await context.rateGate.pass(ticket);
    const done = context.clock.begin?.();
    let outcome: ParsedReply<T>;
    try {
      outcome = await context.semaphore.run(() => attemptOnce(context, spec));
    } finally {
      done?.();
    }
    if (outcome.ok) {
      context.log('debug', `${label}: done (request ${outcome.requestId ?? 'without id'})`);
      return outcome.value;
    }
    const { failure } = outcome;
    if (
      failure.kind === 'rate-limited' &&
      throttledMs < context.retry.maxThrottledMs &&
      throttledAttempts < MAX_THROTTLED_ATTEMPTS
    ) {
      throttledAttempts += 1;
      const waitMs = retryDelayMs(
        failure,
        throttledAttempts,
        context.retry,
        context.clock.random(),
      );
      throttledMs += waitMs;
      context.log('info', `${label}: ${summary(failure)}; waiting ${waitMs} ms for our turn`);
      const closing = context.rateGate.closeFor(waitMs);
      await context.clock.sleep(waitMs);
      context.rateGate.sleptOut(closing);
      continue;
    }
    const retries = attempt - 1 - throttledAttempts;
    const throttled = failure.kind === 'rate-limited';
    if (!throttled && retries + 1 < context.retry.maxAttempts && mayRetry(failure, spec.method)) {
      const waitMs = retryDelayMs(failure, retries + 1, context.retry, context.clock.random());
      context.log('info', `${label}: ${summary(failure)}; attempt ${attempt + 1} in ${waitMs} ms`);
      await context.clock.sleep(waitMs);
      continue;
    }
    const error = buildLegsApiError(failure, {
      origin: spec.origin,
      method: spec.method,
      subject: spec.subject,
      timeoutMs: context.timeoutMs,
      retries: attempt - 1,
      secrets: context.secrets,
    });
    context.log('warn', `${label}: ${error.message}`);
    throw error;
  }
}

async function attemptOnce<T>(
  context: RequestContext,
  spec: RequestSpec<T>,
): Promise<ParsedReply<T>> {
  const headers: Record<string, string> = {
    authorization: context.authorization,
    accept: 'application/json',
  };
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  context.log('debug', `${spec.method} ${spec.origin}${spec.path}`);
  try {
    const { origin, method, path } = spec;
    const reply = await context.transport.send({ origin, method, path, headers, body });
    return parseReply(reply, spec.pick, context.clock.now());
  } catch (error) {
    return { ok: false, failure: classifyThrown(error) };
  }
}

function summary(failure: AttemptFailure): string {
  if (failure.status !== 0) return `HTTP ${failure.status}`;
  return failure.problem ?? failure.kind;
}
