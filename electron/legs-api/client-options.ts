import type { Dispatcher } from 'undici';
import { systemClock, type LegsApiClock } from './clock';
import { LegsApiError } from './legs-api-error';
import { redactingLogger, type LegsApiLogger, type LegsApiLogLevel } from './logger';
import { redact, secretsOf } from './redact';
import { defaultV3BaseUrl } from './regions';
import { DEFAULT_RETRY, type RetryOptions } from './retry-policy';

/** How to reach one account; one client per settings profile. */
export interface LegsApiClientOptions {
  /** A region preset's `baseUrl` (see LEGS_API_REGIONS) or any http(s) URL, e.g. the simulator. */
  baseUrl: string;
  accountSid: string;
  /** Basic auth user name. */
  apiKey: string;
  /** Basic auth password; never logged, never in an error. */
  apiToken: string;
  /** The v3 (call legs) host; by default the region's, or `baseUrl` itself. */
  v3BaseUrl?: string;
  /** Deadline of each attempt, connection to last byte (default 10 s). */
  timeoutMs?: number;
  /** Requests in flight at once for this account (default 8). */
  maxInFlight?: number;
  retry?: Partial<RetryOptions>;
  /**
   * The account's rate limit, when known (the simulator's is): the client then paces itself
   * below it instead of learning it from 429s, so a burst does not lock the account for a minute.
   */
  paceRequestsPerMinute?: number;
  /** Sends every request instead of the client's own pools; for tests (a MockAgent). */
  dispatcher?: Dispatcher;
  log?: LegsApiLogger;
  /** For tests: a clock whose `sleep` does not wait. */
  clock?: LegsApiClock;
}

/** A base URL split the way undici wants it: origin for the pool, prefix for every path. */
export interface Endpoint {
  origin: string;
  prefix: string;
}

/** The options checked and filled in. */
export interface ResolvedOptions {
  v2: Endpoint;
  v3: Endpoint;
  accountSid: string;
  authorization: string;
  secrets: readonly string[];
  timeoutMs: number;
  maxInFlight: number;
  retry: RetryOptions;
  paceRequestsPerMinute: number | undefined;
  clock: LegsApiClock;
  dispatcher: Dispatcher | undefined;
  log: (level: LegsApiLogLevel, message: string) => void;
}

/** Checks the options; a bad one throws a LegsApiError of kind `bad-request` and status 0. */
export function resolveOptions(options: LegsApiClientOptions): ResolvedOptions {
  const secrets = secretsOf(options.apiKey, options.apiToken);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxInFlight = options.maxInFlight ?? 8;
  requireWhole('maxInFlight', maxInFlight, 1);
  requireWhole('retry.maxAttempts', retry.maxAttempts, 1);
  requireWhole('timeoutMs', timeoutMs, 1);
  requireWhole('retry.baseDelayMs', retry.baseDelayMs, 0);
  requireWhole('retry.maxDelayMs', retry.maxDelayMs, 0);
  return {
    v2: endpointOf(options.baseUrl, secrets),
    v3: endpointOf(options.v3BaseUrl ?? defaultV3BaseUrl(options.baseUrl), secrets),
    accountSid: options.accountSid,
    authorization: `Basic ${Buffer.from(`${options.apiKey}:${options.apiToken}`).toString('base64')}`,
    secrets,
    timeoutMs,
    maxInFlight,
    retry,
    paceRequestsPerMinute: options.paceRequestsPerMinute,
    clock: options.clock ?? systemClock,
    dispatcher: options.dispatcher,
    log: redactingLogger(options.log, secrets),
  };
}

/**
 * Keeps only the origin and path of a base URL. Credentials written into it (the v3 docs show
 * `https://key:token@host`) are dropped: they would otherwise end up in messages.
 */
function endpointOf(baseUrl: string, secrets: readonly string[]): Endpoint {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    const shown = redact(baseUrl, secrets).replace(/\/\/[^/@]*@/, '//');
    throw invalid(`The base URL "${shown}" is not an http:// or https:// address.`);
  }
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

function requireWhole(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw invalid(`The Legs API client's ${name} must be a whole number of at least ${min}.`);
  }
}

function invalid(message: string): LegsApiError {
  return new LegsApiError(message, {
    kind: 'bad-request',
    status: 0,
    retries: 0,
    outcomeUnknown: false,
  });
}
