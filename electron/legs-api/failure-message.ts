import type { AttemptFailure } from './attempt-failure';
import { LegsApiError } from './legs-api-error';
import { redact } from './redact';

/** What the message needs to know besides the failure itself. */
export interface FailureContext {
  /** Where the request went, without credentials, e.g. `https://cpaas-api.exotel.com`. */
  origin: string;
  method: string;
  /** What the request was about, for a 404: `leg 2QY…`, `account AC1`. */
  subject: string;
  timeoutMs: number;
  retries: number;
  /** Redacted out of every text the error carries. */
  secrets: readonly string[];
}

/**
 * Builds the {@link LegsApiError} a designer reads. Every text passes through {@link redact}: the
 * platform's own message could echo what we sent, and we do not know what it contains.
 */
export function buildLegsApiError(failure: AttemptFailure, context: FailureContext): LegsApiError {
  const clean = (text: string | undefined) =>
    text === undefined ? undefined : redact(text, context.secrets);
  const outcomeUnknown = failure.mayHaveReached && context.method !== 'GET';
  const message = [
    headline(failure, context),
    outcomeUnknown ? outcomeWarning(failure) : '',
    retried(context.retries),
  ]
    .filter(Boolean)
    .join(' ');
  return new LegsApiError(clean(message) ?? '', {
    kind: failure.kind,
    status: failure.status,
    code: clean(failure.code),
    platformMessage: clean(failure.platformMessage),
    description: clean(failure.description),
    requestId: clean(failure.requestId),
    retries: context.retries,
    outcomeUnknown,
  });
}

function headline(failure: AttemptFailure, context: FailureContext): string {
  const { status } = failure;
  const says = platformSays(failure);
  switch (failure.kind) {
    case 'auth':
      return `The API token was refused (${status}). Check the profile's key and token.`;
    case 'forbidden':
      return sentence(`The account is not allowed to do this (${status})${says}`);
    case 'not-found':
      return sentence(`The platform has no ${context.subject} (${status})${says}`);
    case 'bad-request':
      if (status === 0) return sentence(`The request was not sent: ${failure.problem ?? ''}`);
      return sentence(`The platform rejected the request (${status})${says}`);
    case 'rate-limited':
      return `Too many requests (${status}): the platform's limit is about 100 a minute.`;
    case 'server':
      return status === 500
        ? sentence(`The platform had an internal error (500)${says}`)
        : sentence(`The platform is not available right now (${status})${says}`);
    case 'timeout':
      return `The platform did not answer within ${seconds(context.timeoutMs)}.`;
    case 'network':
      return failure.mayHaveReached
        ? sentence(`The connection to ${context.origin} broke: ${failure.problem ?? 'unknown'}`)
        : sentence(`Cannot reach ${context.origin}: ${failure.problem ?? 'unknown'}`);
    case 'bad-reply':
      return sentence(`The platform's reply was not understood (${status}): ${failure.problem}`);
  }
}

function outcomeWarning(failure: AttemptFailure): string {
  return failure.kind === 'bad-reply'
    ? 'The platform accepted the request, so it has probably happened.'
    : 'The action may or may not have happened; check before trying again.';
}

function platformSays(failure: AttemptFailure): string {
  const parts = [failure.platformMessage, failure.description].filter(
    (part, index, all): part is string => !!part && all.indexOf(part) === index,
  );
  return parts.length > 0 ? `: ${parts.join(' — ')}` : '';
}

function retried(retries: number): string {
  if (retries === 0) return '';
  return `Retried ${retries} ${retries === 1 ? 'time' : 'times'}.`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** `10 s`, `1.5 s`, `250 ms`. */
export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
