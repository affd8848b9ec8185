import type { AttemptFailure } from './attempt-failure';

/** The abort reason of an attempt that ran out of time; the client's own, so never ambiguous. */
export class AttemptTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
    this.name = 'AttemptTimeout';
  }
}

/** Failures while connecting: nothing was sent, so any request may be repeated. */
const BEFORE_SENDING: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the name lookup failed; the network may be down',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
};

/** Failures after the request may have been written: a POST must not be repeated. */
const AFTER_SENDING: Readonly<Record<string, string>> = {
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection broke',
  UND_ERR_SOCKET: 'the connection closed',
  ETIMEDOUT: 'the connection timed out',
};

const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Certificate and TLS trouble: nothing was sent, and trying again will not help. */
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/;

/** Turns what undici or Node threw into an {@link AttemptFailure}. */
export function classifyThrown(error: unknown): AttemptFailure {
  const code = codeOf(error);
  if (error instanceof AttemptTimeout || (code !== undefined && TIMEOUTS.has(code))) {
    return { kind: 'timeout', status: 0, mayHaveReached: true, transient: false };
  }
  const base = { kind: 'network' as const, status: 0, code };
  if (code !== undefined && BEFORE_SENDING[code]) {
    return { ...base, mayHaveReached: false, transient: true, problem: BEFORE_SENDING[code] };
  }
  if (code !== undefined && AFTER_SENDING[code]) {
    return { ...base, mayHaveReached: true, transient: true, problem: AFTER_SENDING[code] };
  }
  if (code !== undefined && TLS_CODE.test(code)) {
    const problem = `its TLS certificate was not accepted (${code})`;
    return { ...base, mayHaveReached: false, transient: false, problem };
  }
  if (code === 'UND_ERR_INVALID_ARG') {
    const problem = `the request could not be built (${messageOf(error)})`;
    return { ...base, kind: 'bad-request', mayHaveReached: false, transient: false, problem };
  }
  // Unknown: assume the worst for side effects, and let a GET try again.
  return { ...base, mayHaveReached: true, transient: true, problem: messageOf(error) };
}

/**
 * The system or undici error code. Node wraps a failed dual-stack connect in an AggregateError,
 * and some errors keep the useful code on their `cause`.
 */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  if (Array.isArray(errors) && errors.length > 0) return codeOf(errors[0]);
  return cause === undefined ? undefined : codeOf(cause);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
