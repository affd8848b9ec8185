import type { SimIds } from '../sim-ids';
import { RATE_LIMIT_MESSAGE, v3Error } from './api-errors';
import type { ApiError } from './api-errors';

/** A reply body and status, ready to write. */
export interface ApiReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * The envelope every v2 reply shares (reference/legs-api.md, "Every reply has one envelope"):
 * `{request_id, method, http_code, response: {error_data, data}}`.
 */
export function v2Success(ids: SimIds, method: string, status: number, data: unknown): ApiReply {
  return {
    status,
    body: {
      request_id: ids.requestId(),
      method,
      http_code: status,
      response: { error_data: null, data },
    },
  };
}

/** The same envelope for an error: `error_data` is `{code, message, description}`, data null. */
export function v2Failure(ids: SimIds, method: string, error: ApiError): ApiReply {
  const error_data = { code: error.code, message: error.message, description: error.description };
  return {
    status: error.status,
    headers: error.headers,
    body: {
      request_id: ids.requestId(),
      method,
      http_code: error.status,
      response: { error_data, data: null },
    },
  };
}

// ASSUMPTION(v2-429-body): v2's 429 body is the [doc] one, not the envelope.
/**
 * The documented 429 body, which differs from the envelope: `response.error` holds `{code,
 * message}` and there is no `method`.
 */
export function rateLimited(ids: SimIds, code: number, retryAfterS: number): ApiReply {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterS) },
    body: {
      request_id: ids.requestId(),
      http_code: 429,
      response: { error: { code, message: RATE_LIMIT_MESSAGE } },
    },
  };
}

// ASSUMPTION(v3-429-envelope): v3's 429 (10724) comes in v3's envelope, not v2's 429 body.
/**
 * v3's 429 (seed 003: 429/10724 "Too many requests") in v3's own envelope, with `metadata` and
 * `response.status`, not v2's documented 429 body.
 */
export function v3RateLimited(ids: SimIds, method: string, retryAfterS: number): ApiReply {
  const reply = v3Failure(
    ids,
    method,
    v3Error('tooManyRequests', 'Rate limit exceeded. Please retry after some time.'),
  );
  return { ...reply, headers: { 'retry-after': String(retryAfterS) } };
}

/** v3's envelope, from the seed's call-legs sample: `metadata`, and `response.code` and `status`. */
export function v3Success(ids: SimIds, method: string, legDetails: unknown): ApiReply {
  return {
    status: 200,
    body: {
      request_id: ids.requestId(),
      method,
      http_code: 200,
      metadata: null,
      response: { code: 200, error_data: null, status: 'success', leg_details: legDetails },
    },
  };
}

/** v3's envelope for an error. */
export function v3Failure(ids: SimIds, method: string, error: ApiError): ApiReply {
  const error_data = { code: error.code, message: error.message, description: error.description };
  return {
    status: error.status,
    headers: error.headers,
    body: {
      request_id: ids.requestId(),
      method,
      http_code: error.status,
      metadata: null,
      response: { code: error.status, error_data, status: 'failure', leg_details: null },
    },
  };
}
