import { createLegsApiClient } from '../../../../electron/legs-api';
import type { LegsApiClient } from '../../../../electron/legs-api';
import { silentListenerLogger, startListener } from '../../../../electron/listener';
import type { LegEventListener } from '../../../../electron/listener';
import { startSimulator } from '../../../../electron/simulator';
import type { RunningSimulator, SimulatorOptions } from '../../../../electron/simulator';
import { eventData } from '../../../../shared/events';
import type { LegEvent } from '../../../../shared/events';
import { rawApi } from './raw-api';
import type { RawApi } from './raw-api';
import { waitUntil } from './wait-until';

/**
 * A simulator at high speed and the app's real event listener on loopback, with the three ways
 * tests talk to them: the raw HTTP API, the app's Legs API client, and the events received.
 */
export interface SimHarness {
  sim: RunningSimulator;
  listener: LegEventListener;
  /** `grpc://127.0.0.1:PORT` of the listener. */
  endpoint: string;
  api: RawApi;
  client: LegsApiClient;
  /** `/v2/accounts/{sid}`. */
  v2: string;
  received: LegEvent[];
  /** The events of one leg (or bridge, by its sid), in the order the listener delivered them. */
  eventsOf(sid: string): LegEvent[];
  namesOf(sid: string): string[];
  /** Waits for the leg's first event named `name`. */
  waitForEvent(sid: string, name: string, timeoutMs?: number): Promise<LegEvent>;
  /** Creates a leg to `contact_uri` with the seed's exophone and this listener; returns its sid. */
  dial(contactUri: string, extra?: Record<string, unknown>): Promise<string>;
  /** Posts ExoML to a leg; returns the raw reply. */
  act(legSid: string, exoml: string, actionCustomParam?: string): ReturnType<RawApi>;
  close(): Promise<void>;
}

/** The seed's exophone (reference/seeds/001). */
export const EXOPHONE = '08030752400';

/** Starts a harness; `options` override the test defaults (speed 100, no rate limit). */
export async function startSimHarness(options: SimulatorOptions = {}): Promise<SimHarness> {
  const listener = await startListener(
    { port: 0, reorderWindowMs: 20 },
    { logger: silentListenerLogger },
  );
  const sim = await startSimulator({ speed: 100, rateLimitPerMinute: 0, ...options });
  const received: LegEvent[] = [];
  listener.subscribe('all', (event) => {
    received.push(event);
  });
  const endpoint = `grpc://${listener.grpc.address}`;
  const api = rawApi(sim.baseUrl, sim.account);
  const client = createLegsApiClient({
    baseUrl: sim.baseUrl,
    accountSid: sim.account.sid,
    apiKey: sim.account.key,
    apiToken: sim.account.token,
    retry: { maxAttempts: 1 },
  });
  const v2 = `/v2/accounts/${sim.account.sid}`;
  const ownerOf = (event: LegEvent) => {
    const data = eventData(event);
    return data.leg_sid ?? data.bridge_sid;
  };
  const eventsOf = (sid: string) => received.filter((event) => ownerOf(event) === sid);
  return {
    sim,
    listener,
    endpoint,
    api,
    client,
    v2,
    received,
    eventsOf,
    namesOf: (sid) => eventsOf(sid).map((event) => event.event_name),
    waitForEvent: (sid, name, timeoutMs = 5_000) =>
      waitUntil(
        `${name} of ${sid}`,
        () => eventsOf(sid).find((event) => event.event_name === name),
        timeoutMs,
      ),
    async dial(contactUri, extra = {}) {
      const reply = await api('POST', `${v2}/legs`, {
        contact_uri: contactUri,
        exophone: EXOPHONE,
        leg_event_endpoint: endpoint,
        ...extra,
      });
      if (reply.status !== 202)
        throw new Error(`create-leg answered ${reply.status}: ${JSON.stringify(reply.body)}`);
      return reply.body.response.data.leg_sid as string;
    },
    act: (legSid, exoml, actionCustomParam) =>
      api('POST', `${v2}/legs/${legSid}/actions`, {
        exoml,
        ...(actionCustomParam === undefined ? {} : { action_custom_param: actionCustomParam }),
      }),
    async close() {
      await client.close();
      await sim.close();
      await listener.close();
    },
  };
}
