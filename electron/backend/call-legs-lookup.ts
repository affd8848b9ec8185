import type { CallLegsView, CallLegView, CallLookupReply } from '../../shared/ipc';
import { createLegsApiClient, isLegsApiError, LEGS_API_REGIONS } from '../legs-api';
import type { CallLeg, CallLegs, LegsApiClientOptions } from '../legs-api';
import type { LiveProfile } from '../settings/settings-schema';
import { describeLookupFailure } from './call-lookup-failure';

/**
 * How long a person waits for one lookup: an attempt's deadline, one more try when the
 * connection did not open, and a few seconds of the platform's throttling (the client would
 * otherwise wait out 429s for minutes, which suits a run, not someone at a form).
 */
const LOOKUP_TIMEOUT_MS = 10_000;
const LOOKUP_RETRY = { maxAttempts: 2, maxThrottledMs: 3_000 } as const;

/**
 * Looks up a call's legs on a live account: `GET /v3/accounts/{sid}/calls/{call_sid}/legs` on the
 * profile's v3 host, with a client of its own that is closed again before this returns. Every
 * outcome is a reply; a failure says why in plain words and never holds the token. `extra` is
 * for tests (a MockAgent, a clock).
 */
export async function lookUpCallLegs(
  profile: LiveProfile,
  apiToken: string,
  callSid: string,
  extra: Partial<LegsApiClientOptions> = {},
): Promise<CallLookupReply> {
  const timeoutMs = extra.timeoutMs ?? LOOKUP_TIMEOUT_MS;
  const subject = { callSid, accountSid: profile.accountSid, profile: profile.name, timeoutMs };
  try {
    const client = createLegsApiClient({
      ...endpointsOf(profile),
      accountSid: profile.accountSid,
      apiKey: profile.apiKey,
      apiToken,
      timeoutMs,
      retry: LOOKUP_RETRY,
      ...extra,
    });
    try {
      return { found: true, call: viewOf(await client.getCallLegs(callSid), callSid) };
    } finally {
      await client.close();
    }
  } catch (error) {
    if (!isLegsApiError(error)) throw error;
    const failure = describeLookupFailure(error, subject);
    // Belt and braces: whatever the platform echoed, the token does not leave.
    return { found: false, ...failure, message: withoutSecret(failure.message, apiToken) };
  }
}

/** The profile's v2 and v3 hosts: its region's, or its own base URLs. */
function endpointsOf(profile: LiveProfile): Pick<LegsApiClientOptions, 'baseUrl' | 'v3BaseUrl'> {
  const preset = profile.region === 'custom' ? undefined : LEGS_API_REGIONS[profile.region];
  const baseUrl = profile.baseUrl ?? preset?.baseUrl ?? '';
  const v3BaseUrl = profile.v3BaseUrl ?? (profile.baseUrl ? undefined : preset?.v3BaseUrl);
  return { baseUrl, ...(v3BaseUrl ? { v3BaseUrl } : {}) };
}

/** The call as people read it; the sid asked for stands in when the reply leaves it out. */
export function viewOf(legs: CallLegs, askedFor: string): CallLegsView {
  return {
    callSid: legs.call_sid ?? askedFor,
    accountSid: legs.account_sid ?? null,
    from: legs.from.map(legView),
    to: legs.to.map(legView),
  };
}

function legView(leg: CallLeg): CallLegView {
  return {
    sid: leg.sid,
    name: leg.name ?? null,
    number: leg.contact_uri ?? null,
    status: leg.status ?? null,
    createdAt: leg.date_created ?? null,
    updatedAt: leg.date_updated ?? null,
    groupId: leg.group_id == null ? null : String(leg.group_id),
    groupName: leg.group_name ?? null,
  };
}

function withoutSecret(text: string, secret: string): string {
  return secret ? text.split(secret).join('••••') : text;
}
