import { apiVersionOf, pathOf } from '../../shared/api/legs-api-paths';
import type {
  ApiEndpoint,
  ApiVersion,
  HttpMethod,
  PathParams,
} from '../../shared/api/legs-api-paths';

/** One request's method, path and host, built from an endpoint of the shared table. */
export interface RequestLine {
  method: HttpMethod;
  path: string;
  version: ApiVersion;
}

/**
 * The request line of `endpoint` with its params filled in (URL-encoded): the endpoints are
 * defined once, in shared/api/legs-api-paths.ts, which the simulator's routes come from too.
 */
export function requestLine<E extends ApiEndpoint>(
  endpoint: E,
  params: PathParams<E>,
  query: Record<string, string | undefined> = {},
): RequestLine {
  return {
    method: endpoint.method,
    path: withQuery(pathOf(endpoint, params), query),
    version: apiVersionOf(endpoint.path),
  };
}

/** Appends the query parameters that have a value. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
