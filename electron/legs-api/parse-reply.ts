import type { z } from 'zod';
import { kindForStatus, TRANSIENT_STATUSES, type AttemptFailure } from './attempt-failure';
import { describeIssues, replyEnvelopeSchema, type ReplyEnvelope } from './reply-envelope';
import { parseRetryAfter } from './retry-policy';

/** An HTTP reply as it came off the wire, body fully read. */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A reply that was what the endpoint promises, or how it failed. */
export type ParsedReply<T> =
  { ok: true; value: T; requestId: string | undefined } | { ok: false; failure: AttemptFailure };

/**
 * Checks a reply: a 2xx must be JSON in the platform's envelope with what `pick` expects in
 * `response`; an error status is read for the platform's code and message, when it gave them.
 */
export function parseReply<T>(reply: RawReply, pick: z.ZodType<T>, nowMs: number): ParsedReply<T> {
  const json = parseJson(reply.text);
  const envelope = json.ok ? replyEnvelopeSchema.safeParse(json.value) : undefined;
  const requestId = envelope?.success ? (envelope.data.request_id ?? undefined) : undefined;
  const { status } = reply;

  if (status >= 400) return { ok: false, failure: errorStatus(reply, envelope?.data, nowMs) };
  if (status < 200 || status >= 300) {
    return badReply(status, `an unexpected HTTP status ${status}`, requestId);
  }
  if (!json.ok) {
    // An empty 2xx (a 204, say) is fine where the endpoint promises nothing, as stopping does.
    const nothing = reply.text.trim() === '' ? pick.safeParse(undefined) : undefined;
    if (nothing?.success) return { ok: true, value: nothing.data, requestId };
    return badReply(status, json.problem, requestId);
  }
  if (!envelope?.success) {
    const problem = envelope ? describeIssues(envelope.error, '') : 'it is not JSON';
    return badReply(status, `it is not the platform's envelope (${problem})`, requestId);
  }
  const picked = pick.safeParse(envelope.data.response);
  if (!picked.success) {
    return badReply(status, describeIssues(picked.error, 'response'), requestId);
  }
  return { ok: true, value: picked.data, requestId };
}

function errorStatus(
  reply: RawReply,
  envelope: ReplyEnvelope | undefined,
  nowMs: number,
): AttemptFailure {
  // The envelope keeps errors in `error_data`; the documented 429 body in `error`.
  const details = envelope?.response.error_data ?? envelope?.response.error ?? undefined;
  const code = details?.code ?? undefined;
  return {
    kind: kindForStatus(reply.status, code),
    status: reply.status,
    code,
    platformMessage: details?.message ?? undefined,
    description: details?.description ?? undefined,
    requestId: envelope?.request_id ?? undefined,
    // A 4xx was refused as it stood; a 5xx may have done part of the work first.
    mayHaveReached: reply.status >= 500,
    transient: TRANSIENT_STATUSES.has(reply.status),
    retryAfterMs: parseRetryAfter(header(reply.headers, 'retry-after'), nowMs),
  };
}

function badReply(status: number, problem: string, requestId: string | undefined) {
  const failure: AttemptFailure = {
    kind: 'bad-reply',
    status,
    requestId,
    problem,
    // The platform accepted the request; only its answer could not be read.
    mayHaveReached: true,
    transient: false,
  };
  return { ok: false, failure } as const;
}

type JsonResult = { ok: true; value: unknown } | { ok: false; problem: string };

function parseJson(text: string): JsonResult {
  if (text.trim() === '') return { ok: false, problem: 'the reply is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const start = text.replace(/\s+/g, ' ').trim().slice(0, 40);
    return { ok: false, problem: `it is not JSON (it starts with "${start}")` };
  }
}

function header(headers: RawReply['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
