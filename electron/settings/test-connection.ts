import { createLegsApiClient, isLegsApiError, LEGS_API_REGIONS } from '../legs-api';
import type { LegsApiClientOptions } from '../legs-api';
import { checkPlatformReach, isLocalPlatform, platformEndpoint } from './event-endpoint';
import type { LiveProfile } from './settings-schema';

/** What "Test connection" found, in words a person can act on. */
export interface ConnectionReport {
  credentials: { ok: boolean; message: string };
  listener: { ok: boolean; message: string };
}

/** A leg sid that cannot exist: asking for it tests the credentials without touching a call. */
const PROBE_LEG = 'LegflowConnectionTest0000000000';

/**
 * Says plainly whether the profile's key and token work (by asking for a leg that does not
 * exist: "not found" means the platform accepted the credentials) and whether the event
 * endpoint answers from this machine. The token appears in no message.
 */
export async function testConnection(
  profile: LiveProfile,
  apiToken: string,
  extra: Partial<LegsApiClientOptions> = {},
): Promise<ConnectionReport> {
  const preset = profile.region === 'custom' ? undefined : LEGS_API_REGIONS[profile.region];
  const client = createLegsApiClient({
    baseUrl: profile.baseUrl ?? preset!.baseUrl,
    accountSid: profile.accountSid,
    apiKey: profile.apiKey,
    apiToken,
    retry: { maxAttempts: 1 },
    ...extra,
  });
  let credentials: ConnectionReport['credentials'];
  try {
    await client.getLeg(PROBE_LEG);
    credentials = { ok: true, message: 'The platform accepted the key and token.' };
  } catch (error) {
    credentials =
      isLegsApiError(error) && error.kind === 'not-found'
        ? { ok: true, message: 'The platform accepted the key and token.' }
        : { ok: false, message: (error as Error).message };
  } finally {
    await client.close();
  }
  const listener = await checkPlatformReach(platformEndpoint(profile), {
    platformIsLocal: isLocalPlatform(profile),
    // The app's listener for a live profile runs only while a run (or the Run dialog's check)
    // needs it, so "nothing answers" here may just mean it is not up now.
    whenSilent:
      "Legflow's own listener for this profile runs only during a run: pressing Run checks again with it up, before anyone is dialled.",
  });
  return { credentials, listener };
}
