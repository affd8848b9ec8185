/**
 * The Legs API's endpoints, each defined once: its method and its path with named params. The
 * client builds its URLs from this table (electron/legs-api/api-paths.ts) and the simulator its
 * routes (electron/simulator/api/*-routes.ts), so a user with a real account who finds a path
 * spelt differently corrects it here, in one edit, and both sides follow (reference/legs-api.md).
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** Which host serves an endpoint, and so which envelope its replies come in. */
export type ApiVersion = 'v2' | 'v3';

/** One endpoint: a method and a path such as `/v2/accounts/:accountSid/legs/:legSid`. */
export interface ApiEndpoint {
  method: HttpMethod;
  path: string;
  /** Other spellings of the path the simulator also answers; the client never sends them. */
  aliases?: readonly string[];
}

/** The names of a path's `:params`, e.g. `'accountSid' | 'legSid'`. */
export type PathParamName<Path extends string> =
  Path extends `${string}:${infer Name}/${infer Rest}`
    ? Name | PathParamName<`/${Rest}`>
    : Path extends `${string}:${infer Name}`
      ? Name
      : never;

/** The values of an endpoint's path params, by name. */
export type PathParams<E extends ApiEndpoint> = Record<PathParamName<E['path']>, string>;

const ACCOUNT = '/v2/accounts/:accountSid';
const LEGS = `${ACCOUNT}/legs` as const;
const LEG = `${LEGS}/:legSid` as const;
const BRIDGES = `${ACCOUNT}/bridges` as const;
const BRIDGE = `${BRIDGES}/:bridgeSid` as const;

/** Every endpoint of the Legs API the app calls or simulates. */
export const LEGS_API = {
  createLeg: { method: 'POST', path: LEGS },
  getLeg: { method: 'GET', path: LEG },
  legAction: { method: 'POST', path: `${LEG}/actions` },
  // ASSUMPTION(external-events): both external_events and external-events answer.
  /** The reference is unsure whether this is `external_events` or `external-events`. */
  legEvents: {
    method: 'GET',
    path: `${LEG}/external_events`,
    aliases: [`${LEG}/external-events`],
  },
  createBridge: { method: 'POST', path: BRIDGES },
  getBridge: { method: 'GET', path: BRIDGE },
  stopBridge: { method: 'PUT', path: BRIDGE },
  bridgeAction: { method: 'POST', path: `${BRIDGE}/actions` },
  /** Served by the v3 host. */
  callLegs: { method: 'GET', path: '/v3/accounts/:accountSid/calls/:callSid/legs' },
} as const satisfies Record<string, ApiEndpoint>;

export type LegsApiEndpointName = keyof typeof LEGS_API;

/** The host an endpoint's path says it is served by. */
export function apiVersionOf(path: string): ApiVersion {
  return path.startsWith('/v3/') ? 'v3' : 'v2';
}

/**
 * The path of one request: each `:param` replaced by its value, URL-encoded, since a sid is data
 * and never part of the path's shape.
 */
export function pathOf<E extends ApiEndpoint>(endpoint: E, params: PathParams<E>): string {
  const values = params as Record<string, string>;
  return endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${endpoint.path}`);
    return encodeURIComponent(value);
  });
}

/** What a server needs to recognise a path: a pattern and the names of its captured params. */
export interface PathPattern {
  pattern: RegExp;
  names: string[];
}

/** The pattern of a path template; a trailing slash is allowed, each param is one segment. */
export function patternOf(path: string): PathPattern {
  const names: string[] = [];
  const source = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}/?$`), names };
}
