import { connect } from 'node:net';
import { createLegsApiClient, isLegsApiError, LEGS_API_REGIONS } from '../legs-api';
import type { LegsApiClientOptions } from '../legs-api';
import type { LiveProfile } from './settings-schema';

/** What "Test connection" found, in words a person can act on. */
export interface ConnectionReport {
  credentials: { ok: boolean; message: string };
  listener: { ok: boolean; message: string };
}

/** A leg sid that cannot exist: asking for it tests the credentials without touching a call. */
const PROBE_LEG = 'LegflowConnectionTest0000000000';

function reachable(host: string, port: number, timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Where the platform sends events for this profile, as host and port. */
function endpointAddress(profile: LiveProfile): { host: string; port: number } {
  if (profile.eventEndpoint) {
    const url = new URL(profile.eventEndpoint.replace(/^grpcs?:/, 'http:'));
    const tls = /^(grpcs|https):/.test(profile.eventEndpoint);
    return { host: url.hostname, port: Number(url.port) || (tls ? 443 : 80) };
  }
  return {
    host: profile.listener.host === '0.0.0.0' ? '127.0.0.1' : profile.listener.host,
    port: profile.listener.port,
  };
}

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
  const { host, port } = endpointAddress(profile);
  const ok = await reachable(host, port);
  return {
    credentials,
    listener: ok
      ? { ok, message: `The event endpoint ${host}:${port} answers from this machine.` }
      : {
          ok,
          message: `Nothing answers at ${host}:${port}. Start the listener (or the tunnel) and check the profile's event endpoint.`,
        },
  };
}
