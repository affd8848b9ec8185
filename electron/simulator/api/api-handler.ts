import { apiVersionOf } from '../../../shared/api/legs-api-paths';
import type { IncomingMessage } from 'node:http';
import type { SimClock } from '../clock/sim-clock';
import type { FaultInjector } from '../faults/fault-injector';
import type { Phonebook } from '../personas/phonebook';
import type { SimPlatform } from '../platform/sim-platform';
import type { SimLogger } from '../sim-logger';
import { ApiError, ERROR_CODES, badRequest, v3Error } from './api-errors';
import type { ApiRoute } from './api-context';
import { bridgeRoutes } from './bridge-routes';
import { callRoutes } from './call-routes';
import { checkAuth } from './check-auth';
import type { SimAccount } from './check-auth';
import { rateLimited, v2Failure, v3Failure, v3RateLimited } from './envelope';
import type { ApiReply } from './envelope';
import { parseJsonBody } from './http-io';
import { legRoutes } from './leg-routes';
import type { RateLimiter } from './rate-limiter';

const ROUTES: readonly ApiRoute[] = [...legRoutes, ...bridgeRoutes, ...callRoutes];

/** What the API needs around it. */
export interface ApiDeps {
  platform: SimPlatform;
  clock: SimClock;
  phonebook: Phonebook;
  account: SimAccount;
  rateLimiter: RateLimiter;
  faults: FaultInjector;
  logger: SimLogger;
  /** Virtual ms → real ms, for `Retry-After`. */
  toRealMs(virtualMs: number): number;
}

/**
 * Serves one request of the platform's API, in the platform's order: find the endpoint, check
 * Basic auth and the account (401, 403), count it against the rate limit (429), inject a fault if
 * asked to (500, 429), then check the body and do the work (400, 404, 2xx).
 */
export function handleApiRequest(
  deps: ApiDeps,
  request: IncomingMessage,
  url: URL,
  bodyText: string | undefined,
): ApiReply {
  const method = (request.method ?? 'GET').toUpperCase();
  const matches = ROUTES.filter((candidate) => candidate.pattern.test(url.pathname));
  const version = apiVersionOf(url.pathname);
  const fail = (error: ApiError) =>
    (version === 'v3' ? v3Failure : v2Failure)(deps.platform.ids, method, error);
  const found = matches.find((candidate) => candidate.method === method);
  if (!found) {
    if (matches.length === 0) {
      return fail(
        new ApiError(404, ERROR_CODES.notFound, 'Not found', `No endpoint ${url.pathname}.`),
      );
    }
    const allow = matches.map((candidate) => candidate.method).join(', ');
    return fail(
      new ApiError(405, ERROR_CODES.methodNotAllowed, 'Method not allowed', `Use ${allow}.`, {
        allow,
      }),
    );
  }
  try {
    const values = found.pattern.exec(url.pathname)!.slice(1).map(decodePathPart);
    const params = Object.fromEntries(found.names.map((name, index) => [name, values[index]!]));
    checkAuth(request.headers.authorization, params.accountSid ?? '', deps.account, version);
    const throttled = (retryAfterS: number) =>
      version === 'v3'
        ? v3RateLimited(deps.platform.ids, method, retryAfterS)
        : rateLimited(deps.platform.ids, ERROR_CODES.rateLimited, retryAfterS);
    const wait = deps.rateLimiter.take(deps.account.sid);
    if (wait !== undefined) {
      return throttled(Math.max(1, Math.ceil(deps.toRealMs(wait) / 1000)));
    }
    const fault = deps.faults.apiFault();
    if (fault === 429) return throttled(1);
    if (fault === 500) {
      deps.logger.info('Fault: answered 500', { method, path: url.pathname });
      throw new ApiError(500, ERROR_CODES.internal, 'Internal error', 'Simulated by --faults.');
    }
    if (version === 'v3') {
      const v3Fault = deps.faults.v3Fault();
      if (v3Fault !== undefined) {
        deps.logger.info(`Fault: answered v3 ${v3Fault}`, { method, path: url.pathname });
        throw v3Error(
          v3Fault === ERROR_CODES.legsNotFound ? 'legsNotFound' : 'legDetailsError',
          'Simulated by --faults.',
        );
      }
    }
    if (bodyText === undefined) {
      throw new ApiError(413, ERROR_CODES.tooLarge, 'The body is too large', 'At most 1 MB.');
    }
    let body: unknown;
    try {
      body = parseJsonBody(bodyText);
    } catch (error) {
      throw badRequest('The body is not valid JSON', (error as Error).message);
    }
    const context = {
      method,
      params,
      query: url.searchParams,
      body,
      platform: deps.platform,
      phonebook: deps.phonebook,
      faults: deps.faults,
    };
    return deps.clock.atOneInstant(() => found.handle(context));
  } catch (error) {
    if (error instanceof ApiError) return fail(error);
    deps.logger.error('The simulator failed on a request', {
      error: String(error),
      path: url.pathname,
    });
    return fail(new ApiError(500, ERROR_CODES.internal, 'Internal error', String(error)));
  }
}

/** A path segment decoded; a broken %-escape is the caller's mistake, a 400. */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw badRequest(`The path has a broken %-escape: ${part}`);
  }
}
