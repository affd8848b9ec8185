import type { SimAccount } from './api/check-auth';
import { RateLimiter } from './api/rate-limiter';
import { SimClock } from './clock/sim-clock';
import { createControl } from './control/control-api';
import type { SimulatorControl } from './control/control-types';
import { EventDispatcher } from './delivery/event-dispatcher';
import { GrpcSender } from './delivery/grpc-sender';
import { HttpSender } from './delivery/http-sender';
import { FaultInjector } from './faults/fault-injector';
import { formatFaultSpec, NO_FAULTS, parseFaultSpec } from './faults/fault-spec';
import type { FaultSpec } from './faults/fault-spec';
import { loadPhonebook, parsePhonebook } from './personas/phonebook';
import type { Phonebook } from './personas/phonebook';
import { RecordingStore } from './platform/recording-store';
import { SimPlatform } from './platform/sim-platform';
import { createSimIds, newAccount } from './sim-ids';
import { startSimHttpServer, urlHost } from './sim-http-server';
import { silentSimLogger } from './sim-logger';
import { parseSimulatorOptions } from './simulator-options';
import type { ResolvedSimulatorOptions, SimulatorOptions } from './simulator-options';

/** A running simulator. */
export interface RunningSimulator {
  /** Where the API is, e.g. `http://127.0.0.1:41234`; v2 and v3 paths both go under it. */
  baseUrl: string;
  /** The account it serves: sid, API key (Basic user) and API token (Basic password). */
  account: SimAccount;
  /** The clock's speed when paced; 1 for a skipping or manual clock (see `clock.mode`). */
  speed: number;
  /** The simulator's virtual clock (shared with a session's runner and listener). */
  clock: SimClock;
  /** Requests per (virtual) minute per account; 0 when there is no limit. */
  rateLimitPerMinute: number;
  /** The faults in force. */
  faults: FaultSpec;
  /** The control API in process; `/_sim/` serves the same over HTTP. */
  control: SimulatorControl;
  /** Stops the clock and the server, delivers what is queued (for up to 1 s), closes. */
  close(): Promise<void>;
}

/**
 * Starts the platform simulator (DESIGN.md, "The simulator"): the Legs API over HTTP on
 * `host:port`, virtual parties from the phonebook, events delivered to each leg's endpoint over
 * gRPC (or HTTP), time `speed` times faster than real. Rejects on bad options, an unreadable
 * phonebook, a bad fault spec or a port that is taken.
 */
export async function startSimulator(input: SimulatorOptions = {}): Promise<RunningSimulator> {
  const options = parseSimulatorOptions(input);
  const account: SimAccount = options.account ?? newAccount();
  const faults = resolveFaults(options.faults);
  const phonebook = resolvePhonebook(options);
  const logger = options.log ?? silentSimLogger;
  const clock = options.clock ?? new SimClock(options.speed, options.startTimeMs);
  const ids = createSimIds(options.seed);
  const injector = new FaultInjector(faults, options.seed);
  const grpc = new GrpcSender(options.protoFile);
  const http = new HttpSender();
  const dispatcher = new EventDispatcher(grpc, http, injector, logger, clock, options.hosts);
  let baseUrl = '';
  const recordings = new RecordingStore(() => options.recordingsBaseUrl ?? baseUrl);
  const platform = new SimPlatform({
    clock,
    accountSid: account.sid,
    phonebook,
    logger,
    ids,
    send: (event, endpoint, key) => dispatcher.send(event, endpoint, key),
    recordingUrl: (sid, format, durationMs) => recordings.add(sid, format, durationMs),
  });
  const faultText = formatFaultSpec(faults);
  const control = createControl({ platform, phonebook, dispatcher, clock, faults: faultText });
  for (const [exophone, endpoint] of Object.entries(options.incomingEndpoints ?? {})) {
    control.registerExophone(exophone, endpoint);
  }
  const apiDeps = {
    platform,
    clock,
    phonebook,
    account,
    rateLimiter: new RateLimiter(options.rateLimitPerMinute, () => clock.now()),
    faults: injector,
    logger,
    toRealMs: (ms: number) => clock.toRealMs(ms),
  };

  let server;
  try {
    server = await startSimHttpServer(
      {
        api: apiDeps,
        control,
        recordings: (file) => recordings.file(file),
        hostNames: [options.host],
        controlToken: options.controlToken,
      },
      options.host,
      options.port,
    );
  } catch (error) {
    clock.close();
    grpc.close();
    await http.close();
    throw error;
  }
  baseUrl = `http://${urlHost(options.host)}:${server.port}`;
  logger.info('Simulator listening', {
    baseUrl,
    account: account.sid,
    clock: clock.mode === 'paced' ? `×${clock.speed}` : clock.mode,
  });

  let closing: Promise<void> | undefined;
  const close = async () => {
    const stopped = server.stop();
    clock.close();
    await dispatcher.close(1_000);
    server.cutConnections();
    await stopped;
    grpc.close();
    await http.close();
  };
  return {
    baseUrl,
    account,
    speed: clock.speed,
    clock,
    rateLimitPerMinute: options.rateLimitPerMinute,
    faults,
    control,
    close: () => (closing ??= close()),
  };
}

/** The simulator's faults from its options: none, a `--faults` text, or a parsed spec. */
export function resolveFaults(faults: ResolvedSimulatorOptions['faults']): FaultSpec {
  if (faults === undefined) return { ...NO_FAULTS };
  return typeof faults === 'string' ? parseFaultSpec(faults) : faults;
}

function resolvePhonebook(options: ResolvedSimulatorOptions): Phonebook {
  const { phonebook: source, personas } = options;
  const phonebook =
    source === undefined
      ? loadPhonebook()
      : typeof source === 'string'
        ? loadPhonebook(source)
        : parsePhonebook(source, 'The phonebook option');
  for (const [number, persona] of Object.entries(personas ?? {})) {
    phonebook.set(number, persona);
  }
  return phonebook;
}
