/**
 * Where a leg's or bridge's events go. The reference requires `grpc://host:port` (TLS on port 443
 * or with no port); the HTTPS alternative takes `http(s)://` URLs. `grpcs://` is read here, for
 * delivery, but refused as a create-leg, create-bridge and Refer endpoint (see endpointProblem).
 */
export type EventTarget =
  { kind: 'grpc'; address: string; tls: boolean } | { kind: 'http'; url: string };

const GRPC = /^(grpcs?):\/\/((?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_.-]+)(?::(\d{1,5}))?)\/?$/;

/** Reads an endpoint; undefined when it is none of the accepted forms. */
export function parseEventEndpoint(value: string): EventTarget | undefined {
  const grpc = GRPC.exec(value);
  if (grpc) {
    const port = grpc[3] === undefined ? undefined : Number(grpc[3]);
    if (port !== undefined && (port < 1 || port > 65_535)) return undefined;
    // No port: gRPC's default, 443, which the platform pairs with TLS.
    const tls = grpc[1] === 'grpcs' || port === undefined || port === 443;
    return { kind: 'grpc', address: port === undefined ? `${grpc[2]}:443` : grpc[2]!, tls };
  }
  if (/^https?:\/\//i.test(value)) {
    try {
      return { kind: 'http', url: new URL(value).toString() };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

// ASSUMPTION(endpoint-schemes): grpc:// and http(s):// accepted, grpcs:// refused, create and Refer alike.
/**
 * What is wrong with `value` as `field` (undefined when nothing). One rule for create-leg,
 * create-bridge and `<Refer legEventEndpoint>`: seed 000 says the endpoint "must start with
 * grpc://" (seed 002's Refer example is grpc:// too), so `grpcs://` is refused everywhere; TLS is
 * `grpc://host:443`. `http(s)://` is the 2026 HTTPS delivery.
 */
export function endpointProblem(field: string, value: string): string | undefined {
  const target = parseEventEndpoint(value);
  const scheme = value.slice(0, value.indexOf(':')).toLowerCase();
  if (target && scheme !== 'grpcs') return undefined;
  if (/^grpcs:\/\//i.test(value)) {
    return `${field} must start with grpc:// (for TLS, grpc://host:443), not "${value}"`;
  }
  if (/^grpc:\/\//i.test(value)) return `${field} must be grpc://host:port, not "${value}"`;
  return `${field} must start with grpc:// (or http:// or https:// for events over HTTP), not "${value}"`;
}

/** The endpoint as the seed's create-leg reply shows it: `grpc://` dropped, URLs as they are. */
export function displayEndpoint(value: string): string {
  return value.replace(/^grpc:\/\//i, '');
}
