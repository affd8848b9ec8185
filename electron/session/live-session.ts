import { createLegsApiClient, LEGS_API_REGIONS } from '../legs-api';
import { silentListenerLogger, startListener } from '../listener';
import type { LegEventListener, ListenerLogger } from '../listener';
import { IncomingCalls, Runner, scaledClock } from '../runner';
import type { RunPlatform } from '../runner';
import type { LiveProfile } from '../settings/settings-schema';

/** A live account, running: our listener, an API client on its account, and a runner. */
export interface LiveSession {
  runner: Runner;
  platform: RunPlatform;
  listener: LegEventListener;
  close(): Promise<void>;
}

/**
 * Starts what a run on a live account needs. The token comes from the caller (the app's
 * encrypted store, or LEGFLOW_API_TOKEN for the CLI) and goes only into the API client.
 */
export async function startLiveSession(
  profile: LiveProfile,
  apiToken: string,
  listenerLogger: ListenerLogger = silentListenerLogger,
): Promise<LiveSession> {
  const listener = await startListener(
    {
      host: profile.listener.host,
      port: profile.listener.port,
      ...(profile.listener.tls ? { tls: profile.listener.tls } : {}),
    },
    { logger: listenerLogger },
  );
  const preset = profile.region === 'custom' ? undefined : LEGS_API_REGIONS[profile.region];
  const api = createLegsApiClient({
    baseUrl: profile.baseUrl ?? preset!.baseUrl,
    ...((profile.v3BaseUrl ?? preset?.v3BaseUrl)
      ? { v3BaseUrl: profile.v3BaseUrl ?? preset!.v3BaseUrl }
      : {}),
    accountSid: profile.accountSid,
    apiKey: profile.apiKey,
    apiToken,
  });
  const eventEndpoint = profile.eventEndpoint ?? `grpc://${listener.grpc.address}`;
  const incoming = new IncomingCalls(listener);
  const platform: RunPlatform = {
    api,
    events: listener,
    eventEndpoint,
    clock: scaledClock(1),
    incoming,
  };
  const runner = new Runner(platform);
  return {
    runner,
    platform,
    listener,
    close: async () => {
      await runner.stopAll();
      incoming.close();
      await api.close();
      await listener.close();
    },
  };
}
