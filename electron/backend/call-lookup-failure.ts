import type { CallLookupFailure } from '../../shared/ipc';
import type { LegsApiError } from '../legs-api';
import { seconds } from '../legs-api/failure-message';

/** What the lookup is about, for the words of its failure. */
export interface LookupSubject {
  callSid: string;
  accountSid: string;
  /** The profile's name, so the person knows which key and token to check. */
  profile: string;
  /** How long one attempt may take, for a time-out's message. */
  timeoutMs: number;
}

/** A failed lookup, as the CLI prints it and the app shows it. */
export interface LookupFailure {
  reason: CallLookupFailure;
  message: string;
  requestId?: string;
}

/**
 * Says why a call-legs lookup failed, in words a designer can act on, one sentence per outcome
 * the v3 page documents (seed 003: 401/1010, 404/1017, 404/10744, 500/10743, 500/10715,
 * 429/10724) and for what can fail around it. The client's own message is generic ("the
 * platform has no call …"); this one says what each outcome means for a call lookup. Nothing
 * here holds a secret: it is built from the error's fields, which the client has redacted.
 */
export function describeLookupFailure(error: LegsApiError, subject: LookupSubject): LookupFailure {
  const { callSid, accountSid, profile } = subject;
  const status = error.status;
  const code = error.code;
  const tag = (text: string) => (code ? `${text}, code ${code}` : text);
  const withRequest = (reason: CallLookupFailure, message: string): LookupFailure => ({
    reason,
    message: error.requestId ? `${message} (Request id ${error.requestId}.)` : message,
    ...(error.requestId ? { requestId: error.requestId } : {}),
  });
  switch (error.kind) {
    case 'auth':
      return {
        reason: 'auth',
        message: `The platform refused the API key and token of “${profile}” (${tag(`${status}, authentication failed`)}). Check the key and token in the profile.`,
      };
    case 'forbidden':
      return {
        reason: 'forbidden',
        message: `The key and token of “${profile}” may not look up calls of account ${accountSid} (${tag(`${status}, forbidden`)}). Check the account sid in the profile.`,
      };
    case 'not-found':
      if (code === '1017') {
        return {
          reason: 'tenant-not-found',
          message: `The platform does not know account ${accountSid} (${status}, tenant not found, code 1017). Check the profile's account sid and region.`,
        };
      }
      if (code === '10743') {
        return withRequest(
          'legs-not-found',
          `The platform has no legs for call ${callSid} (${status}, legs not found, code 10743). The call may not have started any leg yet.`,
        );
      }
      return {
        reason: 'call-not-found',
        message: `Account ${accountSid} has no call ${callSid} (${tag(`${status}, call not found`)}). Check the call sid: it is the Call Sid that Click to Call returned.`,
      };
    case 'rate-limited':
      return {
        reason: 'rate-limited',
        message: `Too many requests: the platform is limiting account ${accountSid} (${tag(`${status}, too many requests`)}). Wait a minute and look the call up again.`,
      };
    case 'server':
      if (code === '10715') {
        return withRequest(
          'legs-unavailable',
          `The platform could not read the legs of call ${callSid} just now (${status}, error retrieving leg details, code 10715). Try again in a minute.`,
        );
      }
      return withRequest(
        'server',
        `The platform had a problem and answered ${status}${code ? ` (code ${code})` : ''}. Try again in a minute.`,
      );
    case 'timeout':
      return {
        reason: 'timeout',
        message: `The platform did not answer within ${seconds(subject.timeoutMs)}. Check the network and try again.`,
      };
    case 'network':
      return {
        reason: 'network',
        message: `${error.message} Check this computer's network connection and the profile's region or base URL.`,
      };
    case 'bad-reply':
      return withRequest('bad-reply', error.message);
    case 'bad-request':
      return { reason: 'bad-request', message: error.message };
  }
}
