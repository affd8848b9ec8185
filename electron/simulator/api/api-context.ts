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

/** One endpoint of the API. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** v3 replies use v3's envelope. */
  version: 'v2' | 'v3';
  pattern: RegExp;
  names: string[];
  handle(context: ApiContext): ApiReply;
}

/** Declares a route from a template such as `/v2/accounts/:accountSid/legs/:legSid`. */
export function route(
  method: ApiRoute['method'],
  template: string,
  handle: ApiRoute['handle'],
): ApiRoute {
  const names: string[] = [];
  const source = template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return {
    method,
    version: template.startsWith('/v3/') ? 'v3' : 'v2',
    pattern: new RegExp(`^${source}/?$`),
    names,
    handle,
  };
}

/** Whether `body` is a JSON object (not an array, not null). */
export function isJsonObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}
