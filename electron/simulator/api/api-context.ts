import { apiVersionOf, patternOf } from '../../../shared/api/legs-api-paths';
import type { ApiEndpoint, ApiVersion, HttpMethod } from '../../../shared/api/legs-api-paths';
import type { FaultInjector } from '../faults/fault-injector';
import type { Phonebook } from '../personas/phonebook';
import type { SimPlatform } from '../platform/sim-platform';
import type { ApiReply } from './envelope';

/** What a route handler gets: the request, already authenticated, and the platform. */
export interface ApiContext {
  method: string;
  /** Path parameters by name, e.g. `legSid`, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, or undefined when there was none. */
  body: unknown;
  platform: SimPlatform;
  phonebook: Phonebook;
  /** The faults asked for, for the ones a route itself plays out (calls-per-second queueing). */
  faults: FaultInjector;
}

/** One route of the API: an endpoint of the shared table, or one of its aliases. */
export interface ApiRoute {
  method: HttpMethod;
  /** v3 replies use v3's envelope. */
  version: ApiVersion;
  /** The path template it answers, e.g. `/v2/accounts/:accountSid/legs/:legSid`. */
  path: string;
  pattern: RegExp;
  names: string[];
  handle(context: ApiContext): ApiReply;
}

/**
 * The routes of one endpoint of shared/api/legs-api-paths.ts, the table the client builds its
 * URLs from: its path, and each alias the simulator also answers.
 */
export function route(endpoint: ApiEndpoint, handle: ApiRoute['handle']): ApiRoute[] {
  return [endpoint.path, ...(endpoint.aliases ?? [])].map((path) => ({
    method: endpoint.method,
    version: apiVersionOf(path),
    path,
    ...patternOf(path),
    handle,
  }));
}

/** Whether `body` is a JSON object (not an array, not null). */
export function isJsonObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}
